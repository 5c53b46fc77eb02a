import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from '../fixture-server/server.ts';
import { smallDataset, storedRun } from '../support/benchStorage.ts';

test.setTimeout(240_000);

const ITEMS = 300;
const IN_FLIGHT = 16;

/** A judge server of the test's own (so it can go away and come back on the same port), tokens 10 ms apart. */
const startServer = (port = 0) => startFixtureServer({ port, slowTokenMs: 10 });

let server: FixtureServer | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

const runView = (page: Page) => page.getByTestId('run-view');
const attr = async (page: Page, name: string) => Number(await runView(page).getAttribute(name));

test('a server that goes away mid-run (connections reset, then refused) and comes back: after a reload the run resumes and ends with every item counted once', async ({ page }) => {
  server = await startServer();
  const port = server.port;
  await page.addInitScript(
    ({ baseUrl, concurrency }) => {
      localStorage.setItem('ra:engine-kind', '"openai"');
      localStorage.setItem('ra:openai', JSON.stringify({ baseUrl, model: 'fault-slow', rememberKey: false, concurrency }));
    },
    { baseUrl: `${server.url}/v1`, concurrency: IN_FLIGHT },
  );
  await page.goto('/#/bench');
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('bench-file-input').setInputFiles({ name: 'restart.jsonl', mimeType: 'application/json', buffer: smallDataset(ITEMS, 'restart') });
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', String(ITEMS));
  await page.locator('#subset-size').fill(String(ITEMS));
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(runView(page)).toHaveAttribute('data-status', 'running');
  await expect.poll(() => attr(page, 'data-done'), { timeout: 60_000 }).toBeGreaterThanOrEqual(40);

  // The server goes away with requests streaming: their connections are reset, new ones refused.
  await server.close();
  server = null;
  // The page stops the run by itself and says why; what finished is kept.
  await expect(runView(page)).toHaveAttribute('data-status', 'paused', { timeout: 60_000 });
  await expect(page.getByTestId('bench-error')).toHaveAttribute('data-kind', /^(unreachable|network)$/);
  const kept = await attr(page, 'data-done');
  expect(kept).toBeLessThan(ITEMS);
  expect(await attr(page, 'data-failed')).toBe(0);
  const before = await storedRun(page);
  expect(before.results).toHaveLength(kept);
  expect(before.counts.done).toBe(kept);

  // The page reloads while the server is still down; then the server comes back on the same port.
  await page.reload();
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('run-row').getByRole('button', { name: /^restart\.jsonl · 300 items/ }).click();
  await expect(runView(page)).toHaveAttribute('data-done', String(kept));
  await expect(page.getByTestId('run-counts')).toHaveText(`${kept} / ${ITEMS} items`);
  server = await startServer(port);
  await page.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: /Resume/ }).click();
  await expect(runView(page)).toHaveAttribute('data-status', 'done', { timeout: 150_000 });

  // What the user sees: every item counted once, none failed.
  await expect(runView(page)).toHaveAttribute('data-done', String(ITEMS));
  await expect(runView(page)).toHaveAttribute('data-failed', '0');
  await expect(page.getByTestId('run-counts')).toHaveText(`${ITEMS} / ${ITEMS} items`);
  await expect(page.getByRole('progressbar', { name: 'Run progress' })).toHaveAttribute('aria-valuetext', `${ITEMS} of ${ITEMS} items`);
  // What is stored: one result per item, under its own index and id; those from before the outage untouched.
  const after = await storedRun(page);
  expect(after.counts).toEqual({ done: ITEMS, failed: 0 });
  expect(after.results).toHaveLength(ITEMS);
  expect(new Set(after.results.map((r) => r.itemId)).size).toBe(ITEMS);
  expect(after.results.every((r) => after.itemIds[r.index] === r.itemId)).toBe(true);
  // Compared with what was stored before the reload, not with the clock: an item whose answer had fully arrived can be
  // stored a moment after the server closed, on a busy machine.
  const keptBefore = new Map(before.results.map((r) => [r.itemId, r.finishedAt]));
  expect(after.results.filter((r) => keptBefore.get(r.itemId) === r.finishedAt).length).toBe(kept);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export run (JSON)' }).click()]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8')) as { items: Array<{ result: unknown }> };
  expect(doc.items.filter((i) => i.result !== null)).toHaveLength(ITEMS);
});
