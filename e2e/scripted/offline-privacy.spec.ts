import { test, expect } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';
import { PORTS, url } from '../ports.ts';

test('once visited, the app shell and a loaded model judge with no network at all', async ({ page, context }) => {
  await page.goto('/#/playground');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now controlled by the service worker
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await context.setOffline(false);
});

test('a full visit sends nothing anywhere except what the user asked for', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const app = url(PORTS.scripted);
  // load, judge, share, library, benchmark pages: all of it in the browser engine
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Share link…' }).click();
  await page.keyboard.press('Escape');
  for (const r of ['compare', 'bench', 'library', 'settings', 'models']) {
    await page.goto(`/#/${r}`);
    await expect(page.locator('#page-title')).toBeVisible();
  }
  await page.goto('/#/bench');
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Load the spot-check set' }).click();
  await expect(page.getByTestId('dataset-summary')).toBeVisible({ timeout: 30_000 });
  const foreign = requests.filter((u) => !u.startsWith(`${app}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
});
