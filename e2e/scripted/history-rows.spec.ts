import { test, expect, type Page } from '@playwright/test';
import { answerWithoutGrammar, loadScriptedModel, SCRIPTED_MODEL } from '../support/app.ts';

test.setTimeout(120_000);

async function judge(page: Page, principle: string, status: string) {
  await page.getByLabel('Principle', { exact: true }).fill(principle);
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', status, { timeout: 30_000 });
}

test('history rows say which principle, model, how many candidates, how it came out and when', async ({ page }) => {
  await loadScriptedModel(page);
  // Without the grammar, so that an answer in prose comes out as it is written.
  await answerWithoutGrammar(page);
  await page.goto('/#/playground');
  const candidates = await page.getByLabel(/^Text of candidate/).count();

  await judge(page, 'Prefer the most concise answer.', 'done');
  // Prose instead of the JSON answer: the run ended, but nothing could be read from it.
  await judge(page, 'Reward answers that cite their sources. [[garbage]]', 'done');
  await page.getByLabel('Principle', { exact: true }).fill('Penalise factual errors above all. [[token-delay:40]] [[think-tokens:400]]');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('reasoning')).toContainText('model-', { timeout: 10_000 });
  await page.getByRole('button', { name: /Stop/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'stopped', { timeout: 10_000 });

  const rows = page.getByTestId('history-item');
  await expect(rows).toHaveCount(3);
  const [stopped, unparsed, scored] = [rows.nth(0), rows.nth(1), rows.nth(2)];
  await expect(stopped).toContainText('Penalise factual errors');
  await expect(stopped).toContainText('stopped');
  await expect(unparsed).toContainText('Reward answers that cite');
  await expect(unparsed).toContainText('unparsed');
  await expect(unparsed).not.toContainText(/\bdone\b/);
  await expect(scored).toContainText('Prefer the most concise answer.');
  await expect(scored).toContainText('scored');
  for (const row of [stopped, unparsed, scored]) {
    await expect(row).toContainText(SCRIPTED_MODEL);
    await expect(row).toContainText(`${candidates} candidates`);
    await expect(row).toContainText(/\d{1,2}:\d{2}/);
  }

  // The same after a reload (the outcome is worked out from the stored record).
  await page.reload();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('unparsed');

  // A search without matches says so, not "No judgments yet", and offers to clear it.
  const search = page.getByLabel('Search history');
  await search.fill('no such principle');
  await expect(rows).toHaveCount(0);
  const history = page.getByTestId('history');
  await expect(history).toContainText('No judgment matches “no such principle”');
  await expect(history).not.toContainText('No judgments yet');
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(search).toHaveValue('');
  await expect(rows).toHaveCount(3);
  await search.fill('concise');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('scored');
});
