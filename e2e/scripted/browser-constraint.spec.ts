import { test, expect, type Page } from '@playwright/test';
import { answerWithoutGrammar, loadScriptedModel } from '../support/app.ts';

// The browser engine holds its answer to the protocol by default (WebLLM's grammar; the scripted engine runs the real
// xgrammar over what it sends), reads expected scores from WebLLM's log probabilities, and caps the reasoning when asked.
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

test('a reasoning budget closes the reasoning and the answer is still written; the judgment says the budget cut it', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/settings');
  await page.getByLabel('Reasoning budget in characters (0: none)').fill('300');
  await judge(page, 'Prefer the most concise answer. [[think-tokens:600]]');
  await expect(page.getByTestId('budget-cut')).toContainText('The reasoning budget (300 characters) cut the reasoning short');
  await expect(page.getByTestId('constraint-on')).toContainText('the reasoning to 300 characters');
  const winner = page.locator('[data-testid="score-row"][data-name="B"]');
  await expect(winner).toHaveAttribute('data-score', '5');

  // Within the budget, nothing is said.
  await judge(page, 'Prefer the most concise answer.');
  await expect(page.getByTestId('budget-cut')).toHaveCount(0);
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
