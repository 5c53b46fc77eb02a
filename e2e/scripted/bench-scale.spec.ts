import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { openBenchWithServer } from '../support/server.ts';
import { smallDataset } from '../support/benchStorage.ts';

test.setTimeout(180_000);

async function startRun(page: Page, model: string, concurrency: number, n: number): Promise<void> {
  await openBenchWithServer(page, { model, concurrency, dataset: { name: 'scale.jsonl', mimeType: 'application/json', buffer: smallDataset(n, 'scale') }, items: n });
  await page.locator('#subset-size').fill(String(n));
  await page.getByRole('button', { name: 'Start run' }).click();
}

test('over HTTP/1.1, 64 requests asked for are 6 in flight, and the page says so and how to get more', async ({ page }) => {
  await startRun(page, 'fault-slow', 64, 70);
  await expect(page.getByTestId('in-flight')).toHaveText('6 of 64 in flight', { timeout: 30_000 });
  await expect(page.getByTestId('connection-limit')).toContainText('at most 6 connections', { timeout: 30_000 });
  await expect(page.getByTestId('connection-limit')).toContainText('HTTP/2');
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'paused', { timeout: 30_000 });
});

test('500 items at 32 in flight with 5% injected faults (429, 503, dropped streams) end with every item counted once', async ({ page }) => {
  await startRun(page, 'fault-mixed', 32, 500);
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 150_000 });
  await expect(run).toHaveAttribute('data-done', '500');
  await expect(run).toHaveAttribute('data-failed', '0');
  await expect(page.getByTestId('retries')).not.toHaveText('0 retries');
  await expect(page.getByTestId('errors-by-kind')).toContainText(/rate-limited|server-error|stream-cut/);
  await expect(page.getByTestId('items-per-sec')).toHaveText(/^[\d.,]+ items\/s \(average\)$/);
  await expect(page.getByTestId('peak-in-flight')).toHaveText(/^at most \d+ of 32 requests open at once$/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export run (JSON)' }).click()]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8')) as { items: Array<{ index: number; item: { id: string }; result: { index: number; itemId: string; attempts: number } | null }> };
  expect(doc.items).toHaveLength(500);
  expect(new Set(doc.items.map((i) => i.result?.itemId)).size).toBe(500);
  expect(doc.items.every((i) => i.result !== null && i.result.index === i.index && i.result.itemId === i.item.id)).toBe(true);
  expect(doc.items.some((i) => (i.result?.attempts ?? 0) > 1)).toBe(true);

  // The finished run's summary keeps its figures: the same after a reload.
  const figureIds = ['items-per-sec', 'tokens-per-sec', 'peak-in-flight', 'retries', 'errors-by-kind'];
  const figures = async () => Promise.all(figureIds.map((id) => page.getByTestId(id).textContent()));
  const before = await figures();
  await page.reload();
  await page.getByTestId('run-row').getByRole('button', { name: /^scale\.jsonl · 500 items/ }).click();
  await expect(run).toHaveAttribute('data-done', '500');
  await expect(page.getByTestId('errors-by-kind')).toBeVisible();
  expect(await figures()).toEqual(before);
});
