import { test, expect, type Page } from '@playwright/test';
import { useServer } from '../support/server.ts';
import { answerWithoutGrammar, loadScriptedModel } from '../support/app.ts';

const BROWSER_MODEL = 'Browser: Qwen3-0.6B (4-bit, f32)';

async function runTwoModels(page: Page, a: string, b: string) {
  await page.goto('/#/compare');
  await page.getByRole('tab', { name: 'Two models' }).click();
  await page.getByLabel('Model A').selectOption({ label: a });
  await page.getByLabel('Model B').selectOption({ label: b });
  await page.getByRole('button', { name: 'Run both' }).click();
  await expect(page.getByTestId('compare-summary')).toBeVisible({ timeout: 60_000 });
}

test('Compare → Two models (a server and a browser model) leaves the engine the user chose as it was', async ({ page }) => {
  await useServer(page);
  await runTwoModels(page, 'Server: rewardanything-8b', BROWSER_MODEL);
  await expect(page.getByTestId('compare-column').nth(0)).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('compare-column').nth(1)).toHaveAttribute('data-status', 'done');

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel(/OpenAI-compatible server/)).toBeChecked();
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('rewardanything-8b');
  await page.getByRole('link', { name: 'Playground' }).click();
  await expect(page.getByTestId('engine-label')).toContainText('rewardanything-8b');
  await expect(page.getByTestId('engine-label')).not.toContainText('No model loaded');
});

test('a failed model is labelled failed, shows no "…", and is left out of the same-winner claim', async ({ page }) => {
  await loadScriptedModel(page);
  await useServer(page, { model: 'fault-500' });
  await runTwoModels(page, BROWSER_MODEL, 'Server: fault-500');
  const failed = page.getByTestId('compare-column').nth(1);
  await expect(failed).toHaveAttribute('data-status', 'failed');
  await expect(failed.getByTestId('compare-outcome')).toHaveText('failed');
  await expect(failed).not.toContainText('…');
  const summary = page.getByTestId('compare-summary');
  await expect(summary).not.toContainText('Same winner');
  await expect(summary).toContainText('Server: fault-500 failed');
});

test('a result that scored 3 of 10 candidates says so, lists every candidate, and is not counted as agreeing', async ({ page }) => {
  await loadScriptedModel(page);
  // Without the grammar, which would make the model score all ten.
  await answerWithoutGrammar(page);
  await page.goto('/#/playground');
  await page.getByRole('button', { name: 'Paste many…' }).click();
  await page.getByLabel('Text to paste').fill(Array.from({ length: 7 }, (_, i) => `${'extra words '.repeat(i + 1)}`).join('\n---\n'));
  await page.getByLabel(/Append/).check();
  await page.getByRole('button', { name: 'Append 7' }).click();
  await expect(page.getByTestId('candidate')).toHaveCount(10);

  await page.goto('/#/compare');
  await page.getByLabel('Principle 1').fill('Prefer the most detailed answer.');
  await page.getByLabel('Principle 2').fill('Prefer the most detailed answer. [[score-only:3]]');
  await page.getByRole('button', { name: /Run 2 judgments/ }).click();
  const summary = page.getByTestId('compare-summary');
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const partial = page.getByTestId('compare-column').nth(1);
  await expect(partial.getByTestId('compare-outcome')).toHaveText('partly scored (3 of 10)');
  await expect(partial.getByTestId('compare-rank')).toHaveCount(10);
  await expect(partial.getByTestId('compare-rank').filter({ hasText: 'no score' })).toHaveCount(7);
  await expect(summary).not.toContainText('Same winner everywhere');
  await expect(summary).toContainText('partly scored (3 of 10)');
});
