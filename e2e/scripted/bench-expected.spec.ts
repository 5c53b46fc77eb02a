import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openBenchWithServer } from '../support/server.ts';

// Benchmark runs judge as the Playground does (issue 14, item 4): a server asked for log probabilities gives every
// item expected scores, and the run view shows its metrics on integer and on expected scores side by side.
test.setTimeout(120_000);

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/bench/${name}`, import.meta.url));

/**
 * ties-five.jsonl: two items of five answers A (longest) … E (shortest), ground truth A 5 > B 4 > C 3 > D 2 > E 1,
 * judged with [[max-score:4]]: the fixture writes A 4, B 3, C 2, D 1, E 1 (D and E tie) and ranks A…E.
 */
async function runTies(page: Page, server: { dialect?: string; topLogprobs?: number }): Promise<void> {
  await openBenchWithServer(page, { model: 'rewardanything-8b', concurrency: 2, dataset: fixture('ties-five.jsonl'), items: 2, server });
  await page.locator('#subset-size').fill('2');
  // Unmasked, the scores are written in A…E order, so the fixture's tie-breaking is known.
  await page.getByLabel('Mask names (as trained)').uncheck();
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-failed', '0');
}

const row = (page: Page, metric: string) => page.locator(`[data-testid="sbs-row"][data-metric="${metric}"]`);

test('a run with log probabilities shows its metrics on integer and on expected scores, which break the integer ties', async ({ page }) => {
  await runTies(page, { dialect: 'vllm', topLogprobs: 5 });
  await expect(page.getByTestId('run-constraint')).toHaveText('answer grammar · 5 log probabilities per token');
  const sbs = page.getByTestId('scores-side-by-side');
  await expect(sbs).toHaveAttribute('data-expected', 'yes');
  await expect(page.getByTestId('sbs-head-integer')).toHaveText('On integer scores');
  await expect(page.getByTestId('sbs-head-expected')).toHaveText('On expected scores (2 of 2 items)');
  await expect(page.getByTestId('expected-note')).toHaveCount(0);
  // The fixture's distributions expect A 4.025, B 3.15, C 2.275, D 1.70 and E 1.68 (E repeats D's 1, a little surer):
  // A…E in the ground truth's order. On integers D and E tie: τ-b = 9 / √(10·9) = 94.9, and the weighted pair reward
  // loses half the weight 2 of the D–E pair out of 30: 1 − 1/30 = 0.967. On expected scores both are perfect.
  await expect(row(page, 'kendall-tau')).toHaveAttribute('data-integer', '94.9');
  await expect(row(page, 'kendall-tau')).toHaveAttribute('data-expected', '100.0');
  await expect(row(page, 'weighted-pair-reward')).toHaveAttribute('data-integer', '0.967');
  await expect(row(page, 'weighted-pair-reward')).toHaveAttribute('data-expected', '1.000');
  // The best-to-worst list already orders D before E: accuracy and NDCG agree.
  await expect(row(page, 'accuracy')).toHaveAttribute('data-integer', '100.0');
  await expect(row(page, 'accuracy')).toHaveAttribute('data-expected', '100.0');
  // Variance of (4, 3, 2, 1, 1) = 1.36; of the expected scores 0.82.
  await expect(row(page, 'variance')).toHaveAttribute('data-integer', '1.36');
  await expect(row(page, 'variance')).toHaveAttribute('data-expected', '0.82');
  for (const theme of ['light', 'dark']) {
    await page.getByLabel('Theme').selectOption(theme);
    const axe = await new AxeBuilder({ page }).include('[data-testid="scores-side-by-side"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${theme}: ${v.id} (${v.impact})`)).toEqual([]);
  }

  // The item keeps each candidate's expected score.
  await page.locator('[data-testid="item-row"][data-index="0"]').click();
  await expect(page.locator('[data-testid="candidate-row"][data-name="D"] [data-testid="candidate-expected"]')).toHaveText('1.70');
  await expect(page.locator('[data-testid="candidate-row"][data-name="E"] [data-testid="candidate-expected"]')).toHaveText('1.68');
  await page.keyboard.press('Escape');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export metrics (CSV)' }).click()]);
  const lines = (await readFile(await csv.path(), 'utf8')).trim().split('\n');
  expect(lines[0]).toMatch(/,scores$/);
  expect(lines.filter((l) => /,overall,overall,/.test(l)).map((l) => l.split(',').at(-1))).toEqual(['integer', 'expected (2 of 2 items)']);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export run (JSON)' }).click()]);
  const doc = JSON.parse(await readFile(await json.path(), 'utf8')) as {
    run: { constraint?: { grammar: boolean; topLogprobs: number | null } };
    items: Array<{ result: { expected?: Array<[string, number]> } | null }>;
  };
  expect(doc.run.constraint).toMatchObject({ grammar: true, topLogprobs: 5 });
  const expected = Object.fromEntries(doc.items[0]!.result!.expected!);
  expect(expected.D! - expected.E!).toBeCloseTo(0.02, 9);
});

test('a run without log probabilities shows integer scores only and says why', async ({ page }) => {
  await runTies(page, {});
  await expect(page.getByTestId('run-constraint')).toHaveText('no answer grammar · no log probabilities');
  await expect(page.getByTestId('scores-side-by-side')).toHaveAttribute('data-expected', 'no');
  await expect(page.getByTestId('sbs-table')).toHaveCount(0);
  await expect(page.getByTestId('expected-note')).toContainText('Integer scores only: this run did not ask the engine for log probabilities');
  await expect(page.getByTestId('expected-note')).toContainText('Log probabilities per token');
  await expect(page.getByTestId('metrics-table')).toBeVisible();
});

test('RewardBench 2 on expected scores: the ties the 1/k rule splits on integers are broken', async ({ page }) => {
  await openBenchWithServer(page, {
    model: 'rewardanything-8b',
    concurrency: 4,
    dataset: fixture('rewardbench2-mini.jsonl'),
    items: 8,
    server: { dialect: 'vllm', topLogprobs: 5 },
  });
  await page.locator('#subset-size').fill('8');
  // Every completion scored 1: each best-of-4 prompt's correct completion shares the top with 3 others (1/4 on
  // integers). Unmasked, it is written first, and each later 1 is a little surer (1.70, 1.68, 1.66, 1.64): on expected
  // scores it wins outright.
  await page.locator('#principle-override').fill('Prefer the correct answer. [[max-score:1]]');
  await page.getByLabel('Mask names (as trained)').uncheck();
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  for (const subset of ['Factuality', 'Precise IF', 'Math', 'Safety', 'Focus']) {
    await expect(row(page, `rb2-${subset}`)).toHaveAttribute('data-integer', '25.0');
    await expect(row(page, `rb2-${subset}`)).toHaveAttribute('data-expected', '100.0');
  }
  // Six best-of-4 prompts, each scored 1/k on integers, none on expected scores.
  await expect(row(page, 'rb2-shared-top')).toHaveAttribute('data-integer', '6');
  await expect(row(page, 'rb2-shared-top')).toHaveAttribute('data-expected', '0');
  await expect(page.getByTestId('sbs-table')).toContainText('RewardBench 2’s 1/k tie rule rarely applies');
  // The leaderboard table says which scores it used, and where the expected ones are.
  await expect(page.getByText(/Scores used: the scores the judge wrote \(1–5\); 6 prompts were scored 1\/k\. The same on expected scores/)).toBeVisible();
});

test('a run stored before expected scores were kept (no constraint, results without them) still opens, on integer scores', async ({ page }) => {
  await runTies(page, { dialect: 'vllm', topLogprobs: 5 });
  await expect(page.getByTestId('scores-side-by-side')).toHaveAttribute('data-expected', 'yes');
  // Rewrite the stored run as an older version of the app left it: no constraint, the first result without expected
  // scores, the second with a damaged set (a score of 9, which no distribution over 1–5 gives): left out when read.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rewardanything-bench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['runs', 'results'], 'readwrite');
          const runs = tx.objectStore('runs').openCursor();
          runs.onsuccess = () => {
            const c = runs.result;
            if (!c) return;
            const { constraint: _, ...old } = c.value as Record<string, unknown>;
            c.update(old);
            c.continue();
          };
          const results = tx.objectStore('results').openCursor();
          results.onsuccess = () => {
            const c = results.result;
            if (!c) return;
            const { expected: _e, expectedNote: _n, ...old } = c.value as Record<string, unknown> & { index: number };
            c.update(old.index === 0 ? old : { ...old, expected: [['A', 9], ['B', 3.15], ['C', 2.275], ['D', 1.7], ['E', 1.68]] });
            c.continue();
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('run-row').getByRole('button').first().click();
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-done', '2');
  await expect(page.getByTestId('run-constraint')).toHaveText('no answer grammar · no log probabilities');
  await expect(page.getByTestId('scores-side-by-side')).toHaveAttribute('data-expected', 'no');
  await expect(page.getByTestId('expected-note')).toContainText('Integer scores only');
  await expect(page.locator('[data-testid="metrics-row"][data-slice="overall"]')).toContainText('94.9');
  await page.locator('[data-testid="item-row"][data-index="1"]').click();
  await expect(page.getByTestId('candidate-row')).toHaveCount(5);
  await expect(page.getByTestId('candidate-expected')).toHaveCount(0);
});

test('comparing two runs offers expected scores where both runs have them, and says which scores each figure used', async ({ page }) => {
  await runTies(page, { dialect: 'vllm', topLogprobs: 5 });
  const start = async (name: string) => {
    await page.locator('#run-name').fill(name);
    await page.getByRole('button', { name: 'Start run' }).click();
    await expect(page.getByTestId('run-view')).toContainText(name);
    await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  };
  await start('second with log probabilities');
  await page.getByLabel('Compare this run with').selectOption({ index: 1 });
  const comparison = page.getByTestId('comparison');
  const rowB = comparison.getByTestId('comparison-row').nth(1);
  // On integer scores (the default) D and E tie: τ-b 94.9 in both runs, as the run's own table says.
  await expect(comparison).toHaveAttribute('data-scores', 'integer');
  await expect(page.getByTestId('comparison-caption')).toHaveText(/^On integer scores: the 1–5 scores the judge wrote/);
  await expect(rowB).toContainText('94.9');
  await expect(page.getByTestId('comparison-summary')).toContainText('2 items in both runs');
  await expect(page.getByTestId('comparison-summary')).toContainText('(on integer scores)');
  // On expected scores the tie is broken: τ-b 100.0; every item of both runs had them.
  await page.getByTestId('compare-scores').getByLabel(/^Expected scores/).check();
  await expect(comparison).toHaveAttribute('data-scores', 'expected');
  await expect(page.getByTestId('comparison-caption')).toHaveText(
    'On expected scores (Σ s·P(s), ranked by them alone): A 2 of 2 items, B 2 of 2 items, the others on their integer scores; shared items on expected scores where both runs have them (2 of 2).',
  );
  await expect(rowB).toContainText('100.0');
  await expect(rowB).not.toContainText('94.9');
  await expect(page.getByTestId('comparison-summary')).toContainText('verdict changed on 0');
  await expect(page.getByTestId('comparison-summary')).toContainText('(on expected scores)');
  for (const theme of ['light', 'dark']) {
    await page.getByLabel('Theme').selectOption(theme);
    const axe = await new AxeBuilder({ page }).include('[data-testid="comparison"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${theme}: ${v.id} (${v.impact})`)).toEqual([]);
  }

  // A third run without log probabilities: against it only the integer scores can be compared, and the panel says why.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Log probabilities per token (expected scores; 0 = off)').fill('0');
  await page.getByRole('link', { name: 'Benchmark' }).click();
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '2');
  await page.locator('#subset-size').fill('2');
  await page.getByLabel('Mask names (as trained)').uncheck();
  await start('third without');
  await expect(page.getByTestId('run-constraint')).toHaveText('answer grammar · no log probabilities');
  await page.getByLabel('Compare this run with').selectOption({ label: 'second with log probabilities (rewardanything-8b, 2/2)' });
  await expect(comparison).toHaveAttribute('data-scores', 'integer');
  await expect(page.getByTestId('compare-scores')).toHaveCount(0);
  await expect(page.getByTestId('compare-scores-note')).toHaveText('Compared on integer scores: only run A has expected scores.');
});
