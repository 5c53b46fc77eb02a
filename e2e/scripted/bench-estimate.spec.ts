import { fileURLToPath } from 'node:url';
import { test, expect, type Locator } from '@playwright/test';
import { openBenchWithServer } from '../support/server.ts';

test.setTimeout(120_000);

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/bench/${name}`, import.meta.url));

/** The estimate's duration ("≈ 12 s", "≈ 3 min") in seconds. */
async function estimatedSeconds(estimate: Locator): Promise<number> {
  const text = (await estimate.textContent()) ?? '';
  const m = /≈ (?:(\d+) h )?(\d+) (s|min)/.exec(text);
  if (!m) throw new Error(`no duration in “${text}”`);
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * (m[3] === 'min' ? 60 : 1);
}

test('the time estimate follows “Requests in flight”, not the concurrency of the run it was measured in', async ({ page }) => {
  await openBenchWithServer(page, { model: 'fault-slow', concurrency: 4, dataset: fixture('rabench-mini.jsonl'), items: 8 });
  await page.locator('#subset-size').fill('4');
  await page.getByRole('button', { name: 'Start run' }).click();
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });

  // Eight items, measured at 4 in flight: the next run at 4 takes about as long as two rounds of requests.
  await page.locator('#subset-size').fill('8');
  const estimate = page.getByTestId('estimate');
  await expect(estimate).toContainText('measured in run');
  const at4 = await estimatedSeconds(estimate);
  expect(at4).toBeGreaterThan(0);

  // One request at a time: every item waits for the one before, about four times as long.
  await page.getByLabel('Requests in flight').fill('1');
  await expect(page.getByLabel('Requests in flight')).toHaveValue('1');
  await expect.poll(() => estimatedSeconds(estimate)).toBeGreaterThanOrEqual(at4 * 3);
  const at1 = await estimatedSeconds(estimate);
  expect(at1).toBeLessThanOrEqual(at4 * 5 + 1);
  // The estimate says what it assumes.
  await expect(estimate).toContainText('at 4 in flight; for 1 in flight');

  // And back: the estimate is the same as before.
  await page.getByLabel('Requests in flight').fill('4');
  await expect(estimate).toContainText('for 4 in flight');
  expect(await estimatedSeconds(estimate)).toBe(at4);
});
