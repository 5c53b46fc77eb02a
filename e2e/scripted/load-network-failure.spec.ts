import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { addCustomModel } from '../support/models.ts';
import { PORTS, url } from '../ports.ts';

test('a model load that fails for the network offers a server engine instead, with a keyboard-reachable link to Settings', async ({ page }) => {
  const id = 'tiny-online-q4f32_1-MLC';
  await addCustomModel(page, id);
  // The model host is unreachable: every request to it fails as with the network down.
  await page.route(`${url(PORTS.models)}/**`, (r) => r.abort('internetdisconnected'));
  await page.getByRole('button', { name: `Load ${id}` }).click();
  const status = page.getByTestId('load-status');
  await expect(page.getByTestId('load-error')).toHaveAttribute('data-kind', 'network', { timeout: 30_000 });
  await expect(status).toContainText('an OpenAI-compatible server');
  await expect(status).toContainText('without downloading the model');

  const axe = await new AxeBuilder({ page }).include('[data-testid="load-status"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const link = status.getByRole('link', { name: 'Set up a server in Settings' });
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByLabel('Server base URL')).toBeVisible();
});
