import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { openBenchWithServer } from '../support/server.ts';
import { watchErrors } from '../support/app.ts';

test.setTimeout(120_000);

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/bench/${name}`, import.meta.url));

/** The OpenAI-compatible engine, pointed at the fixture server, with the mini RA-Bench file loaded. */
const useServer = (page: Page, model: string, concurrency: number) =>
  openBenchWithServer(page, { model, concurrency, dataset: fixture('rabench-mini.jsonl'), items: 8 });

test('against an OpenAI-compatible server several requests stay in flight and results are stored in item order', async ({ page }) => {
  const errors = watchErrors(page);
  await useServer(page, 'fault-slow', 4);
  await expect(page.getByTestId('bench-engine')).toContainText('Server: fault-slow (4 in flight)');
  await expect(page.getByLabel('Requests in flight')).toHaveValue('4');
  await page.locator('#subset-size').fill('8');
  await page.getByRole('button', { name: 'Start run' }).click();
  const run = page.getByTestId('run-view');
  // Requests open at the server of those asked for; the first three stream on the page, the fourth is counted.
  await expect(page.getByTestId('in-flight')).toHaveText('4 in flight', { timeout: 15_000 });
  await expect(page.getByTestId('live-item')).toHaveCount(3);
  await expect(page.getByTestId('live-more')).toHaveText(/^and 1 more item in flight/);
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(run).toHaveAttribute('data-done', '8');
  await expect(run).toHaveAttribute('data-failed', '0');
  await expect(run).toContainText('4 in flight');
  await expect(page.getByTestId('peak-in-flight')).toHaveText('at most 4 of 4 requests open at once');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export run (JSON)' }).click()]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    run: { engine: { kind: string; baseUrl: string }; concurrency: number };
    items: Array<{ index: number; item: { id: string }; result: { index: number; itemId: string; startedAt: number } | null }>;
  };
  expect(doc.run.engine.kind).toBe('openai');
  expect(doc.run.concurrency).toBe(4);
  expect(JSON.stringify(doc)).not.toContain('apiKey');
  expect(doc.items.map((i) => i.item.id)).toEqual(['mini-01', 'mini-02', 'mini-03', 'mini-04', 'mini-05', 'mini-06', 'mini-07', 'mini-08']);
  expect(doc.items.every((i) => i.result !== null && i.result.index === i.index && i.result.itemId === i.item.id)).toBe(true);
  // The first four started together (in flight at once), not one after another.
  const starts = doc.items.slice(0, 4).map((i) => i.result!.startedAt);
  expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(1000);
  expect(errors).toEqual([]);
});

test('429 answers are retried after the server’s Retry-After, and the item records its requests', async ({ page }) => {
  await useServer(page, 'fault-429', 4);
  await page.locator('#subset-size').fill('4');
  await page.getByRole('button', { name: 'Start run' }).click();
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(run).toHaveAttribute('data-done', '4');
  await expect(run).toHaveAttribute('data-failed', '0');
  await page.locator('[data-testid="item-row"][data-index="0"]').click();
  await expect(page.getByTestId('item-detail')).toContainText('2 requests');
});
