import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { answerWithoutGrammar, loadScriptedModel } from '../support/app.ts';

test.setTimeout(120_000);

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/bench/${name}`, import.meta.url));

/** The context window chosen on the Models page (as a user does), then the model loaded with it. */
async function setContextWindow(page: Page, tokens: number): Promise<void> {
  await page.goto('/#/models');
  await page.getByLabel('Context window (tokens)').selectOption(String(tokens));
  await page.reload();
  await loadScriptedModel(page);
  await page.goto('/#/bench');
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
}

test('an item too long for the context window fails, is shown and counted, and succeeds when retried with a larger window', async ({ page }) => {
  await setContextWindow(page, 4096);
  await page.getByTestId('bench-file-input').setInputFiles(fixture('context-retry.json'));
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '4');
  await page.locator('#subset-size').fill('4');
  await page.locator('#run-name').fill('context check');
  await page.getByRole('button', { name: 'Start run' }).click();
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(run).toHaveAttribute('data-done', '4');
  await expect(run).toHaveAttribute('data-failed', '1');

  // The failure is kept per item, shown, and counted as METRICS.md says (its pair counts as wrong).
  const failed = page.locator('[data-testid="item-row"][data-state="failed"]');
  await expect(failed).toHaveCount(1);
  await expect(failed).toHaveAttribute('data-index', '1');
  await expect(failed).toContainText('Context too long');
  await expect(page.locator('[data-testid="metrics-row"][data-slice="overall"]')).toContainText('25.0%');
  // Accuracy with the failure left out (3 of 3 pairs right) and counted (its pair wrong: 3 of 4), side by side.
  const both = page.getByTestId('both-ways');
  await expect(both).toContainText('1 item of 4 failed');
  await expect(both).toContainText('docs/metrics.md');
  const accuracy = both.locator('[data-testid="both-ways-row"][data-figure="accuracy"]');
  await expect(accuracy.locator('td').nth(0)).toContainText('100.0');
  await expect(accuracy.locator('td').nth(1)).toContainText('75.0');
  await failed.click();
  await expect(page.getByTestId('item-verdict')).toContainText('Failed: Context too long');
  await expect(page.getByTestId('item-detail')).toContainText('context window');
  await page.keyboard.press('Escape');

  // A larger window, the model loaded again, then retry only the failed item.
  await setContextWindow(page, 8192);
  await page.getByTestId('run-row').filter({ hasText: 'context check' }).getByRole('button', { name: 'context check', exact: true }).click();
  await expect(run).toHaveAttribute('data-failed', '1');
  await page.getByRole('button', { name: 'Retry failed (1)' }).click();
  await expect(run).toHaveAttribute('data-failed', '0', { timeout: 60_000 });
  await expect(run).toHaveAttribute('data-status', 'done');
  await expect(run).toHaveAttribute('data-done', '4');
  await expect(page.locator('[data-testid="item-row"][data-index="1"]')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-testid="metrics-row"][data-slice="overall"]')).toContainText('0.0%');
  // Nothing failed any more: the two ways agree, and only the usual table is shown.
  await expect(page.getByTestId('metrics-table')).toBeVisible();
  await expect(page.getByTestId('both-ways')).toHaveCount(0);
});

test('unparseable outputs are failures with their raw text kept', async ({ page }) => {
  await loadScriptedModel(page);
  // Runs hold the browser engine's answer to the protocol by default, which would make these outputs valid.
  await answerWithoutGrammar(page);
  await page.goto('/#/bench');
  await page.getByTestId('bench-file-input').setInputFiles(fixture('context-retry.json'));
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '4');
  await page.locator('#subset-size').fill('4');
  await page.getByLabel('Principle override (optional)').fill('Prefer the fuller answer. [[garbage]]');
  await page.getByRole('button', { name: 'Start run' }).click();
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(run).toHaveAttribute('data-failed', '4');
  await expect(page.locator('[data-testid="metrics-row"][data-slice="overall"]')).toContainText('100.0%');
  await page.locator('[data-testid="item-row"][data-index="0"]').click();
  await expect(page.getByTestId('item-verdict')).toContainText('Output could not be parsed');
  await page.getByTestId('item-detail').getByText(/^Raw output/).click();
  await expect(page.getByTestId('item-raw')).toContainText('cannot give the scores');
});
