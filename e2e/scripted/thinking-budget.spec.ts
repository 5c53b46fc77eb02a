import { test, expect, type Page } from '@playwright/test';
import { answerWithoutGrammar, loadScriptedModel } from '../support/app.ts';
import { useServer as connectToServer } from '../support/server.ts';

// The thinking budget (issue 14, item 2): a reasoning far longer than the token limit is cut at the budget, the app
// closes it and the engine continues the reply with the answer, which parses; the Playground says the budget cut it.
// Browser: WebLLM's real worker handler with the scripted engine (a raw completion in Qwen3's template); server: the
// fixture server (continue_final_message, refused without add_generation_prompt: false as vLLM does).
test.setTimeout(120_000);

const LONG = 'Prefer the most concise answer. [[think-tokens:3000]]';

/** Settings: a token limit the reasoning would overrun, and the thinking budget for `engine`. */
async function setBudget(page: Page, engine: 'browser engine' | 'server', tokens: number): Promise<void> {
  await page.goto('/#/settings');
  await page.getByLabel('Max tokens').fill('1024');
  const on = page.getByRole('checkbox', { name: `Thinking budget for the ${engine}` });
  await on.check();
  await page.getByRole('spinbutton', { name: `Thinking budget for the ${engine}, in tokens` }).fill(String(tokens));
  await expect(on).toBeChecked();
}

/** The bodies of the chat completions the page sends from now on, in order. */
function postedCompletions(page: Page): Array<Record<string, unknown>> {
  const bodies: Array<Record<string, unknown>> = [];
  page.on('request', (r) => {
    if (r.url().includes('/chat/completions') && r.method() === 'POST') bodies.push(r.postDataJSON() as Record<string, unknown>);
  });
  return bodies;
}

async function run(page: Page, principle: string): Promise<void> {
  await page.getByRole('link', { name: 'Playground' }).click();
  await page.getByLabel('Principle', { exact: true }).fill(principle);
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
}

test('browser engine: a reasoning that would run to the token limit is cut at the budget, and the answer is still written and read', async ({ page }) => {
  await loadScriptedModel(page);
  await setBudget(page, 'browser engine', 256);
  await run(page, LONG);
  await expect(page.getByTestId('budget-note')).toContainText('Reasoning cut at 256 tokens by the thinking budget; the answer was written after it.');
  // The continuation (a raw completion) is held to the answer grammar too, so there is nothing more to say.
  await expect(page.getByTestId('budget-note')).not.toContainText('not held to the grammar');
  await expect(page.getByTestId('score-row')).toHaveCount(3);
  for (const name of ['A', 'B', 'C']) await expect(page.locator(`[data-testid="score-row"][data-name="${name}"]`)).toHaveAttribute('data-score', /[1-5]/);
  await expect(page.getByTestId('raw-output')).toContainText('</think>');
});

test('browser engine: after the cut the answer is held to the answer grammar, so prose the model would write becomes a valid answer; without the grammar it is unreadable', async ({ page }) => {
  const prose = `${LONG} [[garbage]]`;
  await loadScriptedModel(page);
  await setBudget(page, 'browser engine', 256);
  await run(page, prose);
  await expect(page.getByTestId('budget-note')).toContainText('Reasoning cut at 256 tokens');
  await expect(page.getByTestId('score-row')).toHaveCount(3);
  for (const name of ['A', 'B', 'C']) await expect(page.locator(`[data-testid="score-row"][data-name="${name}"]`)).toHaveAttribute('data-score', /[1-5]/);
  await expect(page.getByTestId('raw-output')).not.toContainText('I would pick');

  await answerWithoutGrammar(page);
  await page.getByRole('link', { name: 'Playground' }).click();
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).not.toHaveAttribute('data-status', 'running', { timeout: 60_000 });
  await expect(page.getByTestId('raw-output')).toContainText('I would pick');
  for (const name of ['A', 'B', 'C']) await expect(page.locator(`[data-testid="score-row"][data-name="${name}"]`)).toHaveAttribute('data-score', '');
});

test('browser engine: with the budget off (the default) the same judgment runs to the token limit and has no answer', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/settings');
  await page.getByLabel('Max tokens').fill('1024');
  await expect(page.getByRole('checkbox', { name: 'Thinking budget for the browser engine' })).not.toBeChecked();
  await page.getByRole('link', { name: 'Playground' }).click();
  await page.getByLabel('Principle', { exact: true }).fill(LONG);
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).not.toHaveAttribute('data-status', 'running', { timeout: 60_000 });
  await expect(page.getByTestId('budget-note')).toHaveCount(0);
  for (const name of ['A', 'B', 'C']) await expect(page.locator(`[data-testid="score-row"][data-name="${name}"]`)).toHaveAttribute('data-score', '');
  await expect(page.getByTestId('raw-output')).not.toContainText('</think>');
});

test('server: the reply is continued with continue_final_message under the answer grammar, and the Playground says the budget cut the reasoning', async ({ page }) => {
  await connectToServer(page, { model: 'rewardanything-8b' });
  await page.getByLabel('Server kind (constrained answers)').selectOption('vllm');
  await setBudget(page, 'server', 256);
  const bodies = postedCompletions(page);
  await run(page, LONG);
  await expect(page.getByTestId('budget-note')).toContainText('Reasoning cut at 256 tokens by the thinking budget; the answer was written after it.');
  await expect(page.getByTestId('score-row')).toHaveCount(3);
  for (const name of ['A', 'B', 'C']) await expect(page.locator(`[data-testid="score-row"][data-name="${name}"]`)).toHaveAttribute('data-score', /[1-5]/);

  expect(bodies).toHaveLength(2);
  expect(bodies[0]).toMatchObject({ max_tokens: 256 });
  expect(bodies[0]!.continue_final_message).toBeUndefined();
  const last = (bodies[1]!.messages as Array<{ role: string; content: string }>).at(-1)!;
  expect(last.role).toBe('assistant');
  expect(last.content.endsWith('\n</think>\n\n')).toBe(true);
  expect(bodies[1]).toMatchObject({ continue_final_message: true, add_generation_prompt: false, max_tokens: 1024 - 256 });
  // The continuation's grammar is the answer's alone.
  const grammar = (bodies[1]!.structured_outputs as { grammar: string }).grammar;
  expect(grammar).toContain('model-1');
  expect(grammar).not.toContain('<think>');
});

test('server that splits the reasoning off (vLLM): the budget goes with the one request, the server closes the reasoning, the answer is written and read', async ({ page }) => {
  await connectToServer(page, { model: 'fault-reasoning-content' });
  await page.getByLabel('Server kind (constrained answers)').selectOption('vllm');
  await page.getByLabel('The server splits the reasoning off (--reasoning-parser)').check();
  await setBudget(page, 'server', 128);
  const bodies = postedCompletions(page);
  await run(page, LONG);
  await expect(page.getByTestId('budget-note')).toContainText('Thinking budget 128 tokens, sent to the server with the request: the server closes the reasoning there itself');
  for (const name of ['A', 'B', 'C']) await expect(page.locator(`[data-testid="score-row"][data-name="${name}"]`)).toHaveAttribute('data-score', /[1-5]/);
  // One request, with the whole token limit and the answer-only grammar; the reasoning is the server's 128 tokens.
  expect(bodies).toHaveLength(1);
  expect(bodies[0]).toMatchObject({ thinking_token_budget: 128, max_tokens: 1024 });
  expect((bodies[0]!.structured_outputs as { grammar: string }).grammar).not.toContain('<think>');
  const words = ((await page.getByTestId('reasoning').textContent()) ?? '').split(/\s+/).filter(Boolean).length;
  expect(words).toBeLessThan(200);
});

test('Compare: a column whose reasoning the budget cut says so, beside one the budget left alone', async ({ page }) => {
  await loadScriptedModel(page);
  await setBudget(page, 'browser engine', 256);
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByLabel('Principle 1').fill(LONG);
  await page.getByLabel('Principle 2').fill('Prefer the most concise answer.');
  await page.getByRole('button', { name: /Run 2 judgments/ }).click();
  const columns = page.getByTestId('compare-column');
  await expect(columns.getByTestId('compare-outcome')).toHaveCount(2, { timeout: 60_000 });
  await expect(columns.nth(0).getByTestId('compare-budget-note')).toContainText('Reasoning cut at 256 tokens by the thinking budget');
  await expect(columns.nth(1).getByTestId('compare-budget-note')).toHaveCount(0);
});

test('presentation mode: a live run whose reasoning the budget cut says so on screen', async ({ page }) => {
  await loadScriptedModel(page);
  await setBudget(page, 'browser engine', 256);
  await run(page, LONG);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page).toHaveURL(/#\/present/);
  await page.keyboard.press('r');
  await expect(page.getByTestId('present-result')).toHaveAttribute('data-done', 'true', { timeout: 60_000 });
  await expect(page.getByTestId('present-budget-note')).toContainText('Reasoning cut at 256 tokens by the thinking budget');
  await expect(page.getByTestId('present-ranking')).toHaveText(/^Ranking: [ABC] > [ABC] > [ABC]$/);
});
