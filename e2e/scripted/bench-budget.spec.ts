import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { loadScriptedModel, watchErrors } from '../support/app.ts';

// The thinking budget in a benchmark run (issue 14, item 2): each item whose reasoning the budget cut keeps it, its
// detail says so in the Playground's words, and the run's summary counts them; an exported run keeps it on import.
// Browser engine: WebLLM's real worker handler with the scripted engine.
test.setTimeout(180_000);

const fixture = fileURLToPath(new URL('../fixtures/bench/budget-mixed.jsonl', import.meta.url));
const CUT = 'Reasoning cut at 256 tokens by the thinking budget; the answer was written after it.';
const COUNT = 'The thinking budget cut the reasoning of 2 of 3 judged items; the answer was written after it.';

/** budget-mixed.jsonl: items budget-long-1 and budget-long-3 reason for 3,000 words; budget-short-2 briefly. */
async function checkItems(page: Page): Promise<void> {
  await expect(page.getByTestId('run-budget-cuts')).toHaveText(COUNT);
  for (const [id, cut] of [['budget-long-1', true], ['budget-short-2', false], ['budget-long-3', true]] as const) {
    await page.getByTestId('item-row').filter({ hasText: id }).click();
    const detail = page.getByTestId('item-detail');
    await expect(detail.getByTestId('item-verdict')).toBeVisible();
    if (cut) await expect(detail.getByTestId('budget-note')).toHaveText(new RegExp(`^${CUT.replace(/[.;]/g, '\\$&')}`));
    else await expect(detail.getByTestId('budget-note')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
  }
}

test('a run under the thinking budget says which items it cut, and an exported run keeps it', async ({ page }) => {
  const errors = watchErrors(page);
  await loadScriptedModel(page);
  await page.goto('/#/settings');
  await page.getByLabel('Max tokens').fill('1024');
  await page.getByRole('checkbox', { name: 'Thinking budget for the browser engine' }).check();
  await page.getByRole('spinbutton', { name: 'Thinking budget for the browser engine, in tokens' }).fill('256');

  await page.goto('/#/bench');
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('bench-file-input').setInputFiles(fixture);
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '3');
  await page.locator('#subset-size').fill('3');
  await page.locator('#run-name').fill('budget run');
  await page.getByRole('button', { name: 'Start run' }).click();
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  await expect(run).toHaveAttribute('data-failed', '0');
  await expect(page.getByTestId('run-constraint')).toContainText('thinking budget 256 tokens');
  await checkItems(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export run (JSON)' }).click()]);
  const path = await download.path();
  const doc = JSON.parse(await readFile(path, 'utf8')) as { items: Array<{ item: { id: string }; result: { reasoningBudget?: { tokens: number; cut: boolean } } | null }> };
  const kept = Object.fromEntries(doc.items.map((e) => [e.item.id, e.result?.reasoningBudget ?? null]));
  expect(kept['budget-long-1']).toMatchObject({ tokens: 256, cut: true });
  expect(kept['budget-long-3']).toMatchObject({ tokens: 256, cut: true });
  expect(kept['budget-short-2']).toBeNull();

  await page.getByTestId('import-run-input').setInputFiles(path);
  await expect(page.getByTestId('import-message')).toContainText('Imported “budget run” (3 of 3 items judged)');
  await expect(page.getByTestId('run-view')).toContainText('(imported)');
  await checkItems(page);
  expect(errors).toEqual([]);
});
