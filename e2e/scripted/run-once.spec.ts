import { test, expect } from '@playwright/test';
import { useServer } from '../support/server.ts';

test('a double click on Run starts one judgment, not two (a server would take both)', async ({ page }) => {
  await useServer(page);
  await page.getByRole('link', { name: 'Playground' }).click();
  await page.getByRole('button', { name: /Run judgment/ }).dblclick();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('history-item')).toHaveCount(1);
});
