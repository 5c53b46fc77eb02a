import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { openBenchWithServer } from '../support/server.ts';
import { watchErrors } from '../support/app.ts';

test.setTimeout(120_000);

const fixture = fileURLToPath(new URL('../fixtures/bench/rewardbench2-mini.jsonl', import.meta.url));

// The fixture judge ranks longer completions higher (5, 4, 3, 2, then 1). The file is built so that, scored as the
// official code does: Factuality 1/2 (one prompt right, one wrong), Precise IF 1, Math 0, Safety 1, Focus 0, and
// Ties 0.3 + 0.3 (ref and tied accurate) + 0 + 0 (a margin of 1 does not exceed a spread of 1) + 0.01·tanh(0) = 0.6.
test('a RewardBench 2 file runs through a server and is scored by its own rules beside the leaderboard', async ({ page }) => {
  const errors = watchErrors(page);
  await openBenchWithServer(page, { model: 'rewardanything-8b', concurrency: 4, dataset: fixture, items: 8 });
  // The bad row is listed with its reason; the good rows are kept.
  await expect(page.getByText('"num_correct" is 2 but "chosen" holds 1')).toBeVisible();
  await expect(page.getByText(/read as RewardBench 2 \(JSONL\), 8 items, 1 problem/)).toBeAttached();

  await page.locator('#subset-size').fill('8');
  await page.getByRole('button', { name: 'Start run' }).click();
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(run).toHaveAttribute('data-done', '8');
  await expect(run).toHaveAttribute('data-failed', '0');

  const table = page.getByTestId('rb2-table');
  const cell = (name: string) => table.getByTestId(`rb2-cell-${name}`).locator('div').first();
  await expect(cell('Factuality')).toHaveText('50.0');
  await expect(cell('Precise IF')).toHaveText('100.0');
  await expect(cell('Math')).toHaveText('0.0');
  await expect(cell('Safety')).toHaveText('100.0');
  await expect(cell('Focus')).toHaveText('0.0');
  await expect(cell('Ties')).toHaveText('60.0');
  await expect(cell('overall')).toHaveText(((50 + 100 + 0 + 100 + 0 + 60) / 6).toFixed(1));
  await expect(table.getByTestId('this-run-rb2')).toContainText('rewardanything-8b');
  // Leaderboard rows of reference models, with their source.
  await expect(table.getByTestId('rb2-leaderboard-row')).toHaveCount(4);
  await expect(table.getByRole('rowheader', { name: 'claude-opus-4*' })).toBeVisible();
  await expect(page.getByText(/Source: RewardBench 2: Advancing Reward Model Evaluation .*2506\.01937/)).toBeVisible();
  await expect(page.getByText(/Ties here: ref accuracy 100\.0, tied accuracy 100\.0, margins 0\.0 \/ 0\.0 over 1 pairs/)).toBeVisible();
  expect(errors).toEqual([]);
});
