import { test, expect, type Page } from '@playwright/test';
import { answerWithoutGrammar, loadScriptedModel } from '../support/app.ts';

// The browser engine holds its answer to the protocol by default (WebLLM's grammar; the scripted engine runs the real
// xgrammar over what it sends) and reads expected scores from WebLLM's log probabilities.
test.setTimeout(120_000);

async function judge(page: Page, principle: string): Promise<void> {
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill(principle);
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
}

test('by default a small model’s broken answer is held to the protocol; without the grammar the same output cannot be read', async ({ page }) => {
  await loadScriptedModel(page);
  await judge(page, 'Prefer the most concise answer. [[garbage]]');
  await expect(page.getByTestId('constraint-on')).toContainText('held to the protocol by a grammar');
  await expect(page.getByTestId('score-row')).toHaveCount(3);
  await expect(page.locator('[data-testid="score-row"][data-name="B"]')).toHaveAttribute('data-score', /[1-5]/);
  await expect(page.getByText('No JSON object could be read')).toHaveCount(0);

  await answerWithoutGrammar(page);
  await judge(page, 'Prefer the most concise answer. [[garbage]]');
  await expect(page.getByTestId('constraint-on')).toHaveCount(0);
  await expect(page.getByTestId('diagnostics')).toContainText('No JSON object could be read');
});

test('WebLLM’s log probabilities give expected scores at a temperature that keeps them; at 0 the judgment says why there are none', async ({ page }) => {
  await loadScriptedModel(page);
  await judge(page, 'Prefer the most concise answer.');
  await expect(page.getByTestId('expected-scores')).toContainText('temperature');

  await page.goto('/#/settings');
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('0.7');
  await judge(page, 'Prefer the most concise answer.');
  // The scripted engine reports 0.6 / 0.25 / 0.1 / … after the temperature, as WebLLM does; the app divides it back
  // out: B (5) expects 5·0.6 + 4·0.1 + (3 + 2 + 1)·0.1 = 4.00.
  await expect(page.locator('[data-testid="expected-row"][data-name="B"]')).toHaveAttribute('data-expected', '4.00');
  await expect(page.locator('[data-testid="expected-row"][data-name="B"]')).toContainText('60% for 5');
});
