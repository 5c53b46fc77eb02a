import { test, expect } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';

test('Ctrl+Enter runs the judgment on the Playground only: on another page it does nothing there', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/compare');
  await page.getByRole('heading', { name: 'Compare' }).click();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Alt+1');
  await expect(page).toHaveURL(/#\/playground$/);
  await expect(page.getByTestId('judgment-empty')).toBeVisible();
  await expect(page.getByTestId('history-item')).toHaveCount(0);

  await page.getByLabel('Principle', { exact: true }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
});

test('the shortcuts list shows every command with its keys, and a listed key does what the list says', async ({ page }) => {
  await page.goto('/#/playground');
  await page.getByRole('heading', { name: 'Playground' }).click();
  await page.keyboard.press('?');
  const list = page.getByTestId('shortcuts');
  await expect(list.getByRole('row')).toHaveCount(23);
  const move = list.locator('[data-command="move-candidate-down"]');
  await expect(move).toContainText('Alt + ↓');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();

  await page.getByLabel('Text of candidate A').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('candidate').nth(1).getByLabel('Text of candidate A')).toBeVisible();
  await expect(page.getByLabel('Text of candidate A')).toBeFocused();
});
