import { test, expect } from '@playwright/test';

test('the built app loads without console errors and reports the SwiftShader WebGPU adapter', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  for (const area of ['Playground', 'Compare', 'Benchmark', 'Models', 'Library', 'Settings']) {
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area })).toBeVisible();
  }
  const badge = page.getByTestId('gpu-status');
  await expect(badge).toHaveAttribute('data-state', 'ok');
  await expect(badge).toContainText('swiftshader');
  await expect(badge).toContainText('software fallback');

  await page.getByRole('link', { name: 'Models' }).click();
  const details = page.getByTestId('gpu-details');
  await expect(details.locator('[data-field="Architecture"]')).toHaveText('swiftshader');
  await expect(details.locator('[data-field="Fallback (software) adapter"]')).toContainText('yes');
  await expect(details.locator('[data-field="shader-f16"]')).toContainText('not supported');
  expect(errors).toEqual([]);
});

test('without WebGPU the app says so and what to do', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined });
  });
  const page = await context.newPage();
  await page.goto('/#/models');
  await expect(page.getByTestId('gpu-status')).toHaveAttribute('data-state', 'unavailable');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not expose WebGPU');
  await expect(alert).toContainText('OpenAI-compatible server');
  await context.close();
});
