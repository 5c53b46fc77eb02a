import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadScriptedModel, watchErrors } from '../support/app.ts';

test.setTimeout(180_000);

async function openBench(page: Page): Promise<void> {
  await page.goto('/#/bench');
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
}

test('a researcher loads the spot-check set, runs a stratified subset of 20, reads metrics beside the paper, exports and re-imports the run', async ({ page }) => {
  const errors = watchErrors(page);
  await loadScriptedModel(page);
  await openBench(page);

  await page.getByRole('button', { name: 'Load the spot-check set' }).click();
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toHaveAttribute('data-items', '66');
  await expect(page.getByTestId('summary-domains')).toContainText('chat 18');
  await expect(page.getByTestId('summary-categories')).toContainText('content 15');

  await page.locator('#subset-size').fill('20');
  await page.locator('#subset-seed').fill('7');
  await expect(page.getByTestId('subset-count')).toHaveAttribute('data-count', '20');
  // Same seed, same subset: the preview lists the same items after changing the seed away and back.
  await page.getByRole('button', { name: 'Show the subset' }).click();
  const firstIds = await page.getByTestId('subset-preview').innerText();
  await page.locator('#subset-seed').fill('8');
  await expect.poll(() => page.getByTestId('subset-preview').innerText()).not.toBe(firstIds);
  await page.locator('#subset-seed').fill('7');
  await expect.poll(() => page.getByTestId('subset-preview').innerText()).toBe(firstIds);

  await page.locator('#run-name').fill('spot-check A');
  await page.getByRole('button', { name: 'Start run' }).click();
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(run).toHaveAttribute('data-done', '20');
  await expect(run).toHaveAttribute('data-failed', '0');
  await expect(page.getByRole('progressbar', { name: 'Run progress' })).toHaveAttribute('aria-valuenow', '20');

  // Metrics with intervals and the under-20 warning on the small slices; the paper's rows with this run beside them.
  const overall = page.locator('[data-testid="metrics-row"][data-slice="overall"]');
  await expect(overall).toContainText('[');
  await expect(page.locator('[data-testid="metrics-row"][data-slice="chat"]')).toContainText('under 20');
  await expect(page.getByTestId('paper-table3')).toContainText('RewardAnything-8B');
  await expect(page.getByTestId('this-run-row')).toContainText('Qwen3-0.6B-q4f32_1-MLC');
  await expect(page.getByTestId('paper-table3').locator('xpath=..').locator('xpath=..')).toContainText('Source: RewardAnything');
  await expect(page.getByTestId('slice-chart').locator('svg desc')).toContainText('Overall:');

  // Drill down into one item: truth against prediction, reasoning, raw output.
  await page.locator('[data-testid="item-row"][data-index="0"]').click();
  const detail = page.getByTestId('item-detail');
  await expect(detail.getByTestId('order-truth')).toContainText('>');
  await expect(detail.getByTestId('order-predicted')).toContainText('>');
  await expect(detail.getByTestId('item-reasoning')).toContainText('characters long');
  await detail.getByText(/^Raw output/).click();
  await expect(detail.getByTestId('item-raw')).toContainText('</think>');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // The results screen (tables, chart, item list, runs) passes axe in both themes.
  for (const theme of ['light', 'dark']) {
    await page.getByLabel('Theme').selectOption(theme);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${theme}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(bad).toEqual([]);
  }

  // The next estimate uses the measured speed.
  await expect(page.getByTestId('estimate')).toContainText('≈');

  // Export the run (JSON) and the metrics (CSV).
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export run (JSON)' }).click()]);
  const jsonPath = await json.path();
  const exported = JSON.parse(await readFile(jsonPath, 'utf8')) as { kind: string; items: Array<{ item: { id: string }; result: { raw: string; parsed: unknown; ms: number } | null }> };
  expect(exported.kind).toBe('rewardanything-bench-run');
  expect(exported.items).toHaveLength(20);
  expect(exported.items.every((i) => i.result && i.result.raw.includes('</think>') && i.result.parsed)).toBe(true);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export metrics (CSV)' }).click()]);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText.split('\n')[0]).toContain('accuracy_lo');
  expect(csvText).toContain('spot-check A,overall,overall,20,0,');

  // Re-import it: it opens as a second run and compares with the original, item for item.
  await page.getByTestId('import-run-input').setInputFiles(jsonPath);
  await expect(page.getByTestId('import-message')).toContainText('Imported “spot-check A” (20 of 20 items judged)');
  await expect(page.getByTestId('run-row')).toHaveCount(2);
  await expect(page.getByTestId('run-view')).toContainText('(imported)');
  await page.getByLabel('Compare this run with').selectOption({ label: 'spot-check A (Qwen3-0.6B-q4f32_1-MLC, 20/20)' });
  await expect(page.getByTestId('comparison-summary')).toContainText('20 items in both runs');
  await expect(page.getByTestId('comparison-summary')).toContainText('verdict changed on 0');
  // The import is stored (in short transactions, its record last): both runs are there after a reload.
  await page.reload();
  await expect(page.getByTestId('run-row')).toHaveCount(2);
  await expect(page.getByTestId('run-row').filter({ hasText: '(imported)' })).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a principle override on the same items changes the verdicts, and the comparison lists them', async ({ page }) => {
  await loadScriptedModel(page);
  await openBench(page);
  await page.getByRole('button', { name: 'Load the spot-check set' }).click();
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '66');
  await page.locator('#subset-size').fill('12');
  await page.locator('#run-name').fill('own principles');
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });

  // The scripted judge prefers the longest answer unless the principle asks for brevity.
  await page.getByLabel('Principle override (optional)').fill('Prefer the most concise answer.');
  await page.locator('#run-name').fill('concise override');
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByTestId('run-view')).toContainText('concise override');
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('run-view')).toContainText('Principle override: Prefer the most concise answer.');

  await page.getByLabel('Compare this run with').selectOption({ index: 1 });
  await expect(page.getByTestId('comparison-summary')).toContainText('12 items in both runs');
  await expect(page.getByTestId('changed-item').first()).toBeVisible();
  await page.getByTestId('changed-item').first().click();
  await expect(page.getByTestId('item-detail')).toContainText('override used for this run');
});
