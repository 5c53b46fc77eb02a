import { test, expect, type Page } from '@playwright/test';
import { useServer as connectToServer } from '../support/server.ts';

test.setTimeout(90_000);

/** The server kind and log-probability count set on the Settings page, then a Playground judgment run. */
async function judgeWith(page: Page, model: string, dialect: string, topLogprobs: number): Promise<Record<string, unknown>> {
  await connectToServer(page, { model });
  await page.getByLabel('Server kind (constrained answers)').selectOption(dialect);
  await page.getByLabel(/^Log probabilities per token/).fill(String(topLogprobs));
  await page.getByRole('link', { name: 'Playground' }).click();
  const sent = page.waitForRequest((r) => r.url().includes('/chat/completions') && r.method() === 'POST');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  return (await sent).postDataJSON() as Record<string, unknown>;
}

test('a server asked for log probabilities gives each candidate a distribution over 1–5 and an expected score; the grammar goes in its kind’s field', async ({ page }) => {
  const body = await judgeWith(page, 'rewardanything-8b', 'vllm-legacy', 5);
  expect(typeof body.guided_grammar).toBe('string');
  expect(body.guided_grammar).toContain('model-1');
  expect(body).toMatchObject({ logprobs: true, top_logprobs: 5 });
  await expect(page.getByTestId('constraint-on')).toBeVisible();
  const rows = page.getByTestId('expected-row');
  await expect(rows).toHaveCount(3);
  // The fixture gives the written score 60%, one down 10% and the rest the remaining 30%: B (5, the best) expects
  // 5·0.6 + 4·0.1 + (3 + 2 + 1)·0.1 = 4.00; C (3) expects 3·0.6 + 4·0.25 + 2·0.1 + (5 + 1)·0.025 = 3.15.
  await expect(page.locator('[data-testid="expected-row"][data-name="B"]')).toHaveAttribute('data-expected', '4.00');
  await expect(page.locator('[data-testid="expected-row"][data-name="C"]')).toHaveAttribute('data-expected', '3.15');
  await expect(page.locator('[data-testid="expected-row"][data-name="B"]')).toContainText('60% for 5');
  await expect(page.locator('[data-testid="score-row"][data-name="B"]')).toHaveAttribute('data-score', '5');
});

test('a server that refuses the grammar field still judges, once more without it, and says so', async ({ page }) => {
  await judgeWith(page, 'fault-no-grammar', 'vllm', 0);
  await expect(page.getByTestId('constraint-note')).toContainText('The server refused the constraint');
  await expect(page.getByTestId('score-row')).toHaveCount(3);
  await expect(page.getByTestId('expected-scores')).toHaveCount(0);
});

test('a server that sends no log probabilities for one score’s token: that candidate says so, the others keep theirs, the raw output is whole', async ({ page }) => {
  await judgeWith(page, 'fault-logprobs-gaps', 'vllm', 5);
  const view = page.getByTestId('expected-scores');
  await expect(view).toContainText('The engine sent no log probabilities for part of the output (1 gap; the output is kept as it came)');
  const rows = page.getByTestId('expected-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'No distribution: the engine sent no log probabilities for the token of its score' })).toHaveCount(1);
  await expect(page.locator('[data-testid="expected-row"]:not([data-expected=""])')).toHaveCount(2);
  await expect(page.getByTestId('score-row')).toHaveCount(3);
  await page.getByText('Raw output').click();
  await expect(page.getByTestId('raw-output')).toContainText('"best-to-worst"');
});

test('a score written over two tokens gets its own diagnostic instead of a distribution read from one of them', async ({ page }) => {
  await judgeWith(page, 'fault-logprobs-split', 'vllm', 5);
  const rows = page.getByTestId('expected-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: /No distribution: its score "[1-5]\.0" is split across two tokens \(" [1-5]" and "\.0"\)/ })).toHaveCount(1);
  await expect(page.locator('[data-testid="expected-row"]:not([data-expected=""])')).toHaveCount(2);
  // The score itself reads as the integer it is.
  await expect(page.getByTestId('score-row')).toHaveCount(3);
  await page.getByText('Raw output').click();
  await expect(page.getByTestId('raw-output')).toContainText(/": [1-5]\.0, /);
});

test('a server that takes the grammar field but ignores it: the broken answer says the constraint was ignored and where to look', async ({ page }) => {
  await connectToServer(page, { model: 'rewardanything-8b' });
  await page.getByLabel('Server kind (constrained answers)').selectOption('vllm');
  await page.getByRole('link', { name: 'Playground' }).click();
  // The fixture server reads the grammar field and answers as it likes: prose instead of the JSON the grammar allows.
  await page.getByLabel('Principle', { exact: true }).fill('Prefer detail. [[garbage]]');
  const sent = page.waitForRequest((r) => r.url().includes('/chat/completions') && r.method() === 'POST');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  expect(typeof ((await sent).postDataJSON() as { structured_outputs?: { grammar?: unknown } }).structured_outputs?.grammar).toBe('string');
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('diagnostics')).toContainText('the server ignored the constraint. Check the server kind in Settings');
  await expect(page.getByTestId('diagnostics')).toContainText('No JSON object could be read');
});
