import { test, expect } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';

test('paste many candidates with a preview before anything is replaced', async ({ page }) => {
  await page.goto('/#/playground');
  await page.getByRole('button', { name: 'Paste many…' }).click();
  await page.getByLabel('Text to paste').fill('### Short\nYes.\n---\nA longer answer\n---\nThe longest answer of all three here');
  const preview = page.getByTestId('paste-preview');
  await expect(preview).toContainText('Found 3 candidates as separator');
  await expect(page.getByTestId('candidate')).toHaveCount(3); // nothing replaced yet (the example has three)
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Text of candidate A')).toContainText('tilt');

  await page.getByRole('button', { name: 'Paste many…' }).click();
  await page.getByLabel('Text to paste').fill('{"text": "one"}\n{broken\n{"text": "two"}');
  await expect(page.getByTestId('paste-preview')).toContainText('Line 2: not valid JSON; skipped.');
  await page.getByLabel(/Append/).check();
  await page.getByRole('button', { name: 'Append 2' }).click();
  await expect(page.getByTestId('candidate')).toHaveCount(5);
  await expect(page.getByLabel('Name of candidate 5')).toHaveValue('E');
});

test('candidates can be added, renamed, duplicated, reordered by keyboard and removed; bad names are caught', async ({ page }) => {
  await page.goto('/#/playground');
  await page.getByRole('button', { name: '+ Add' }).click();
  await expect(page.getByTestId('candidate')).toHaveCount(4);
  await page.getByLabel('Name of candidate 4').fill('A');
  await expect(page.getByText(/same name as candidate 1|already used|duplicate/i).first()).toBeVisible();
  await page.getByLabel('Name of candidate 4').fill('Dee');
  await page.getByLabel('Text of candidate Dee').fill('moved text');
  await page.getByLabel('Text of candidate Dee').press('Alt+ArrowUp');
  await expect(page.getByLabel('Name of candidate 3')).toHaveValue('Dee');
  await expect(page.getByLabel('Text of candidate Dee')).toBeFocused();
  await page.getByRole('button', { name: 'Duplicate Dee' }).click();
  await expect(page.getByTestId('candidate')).toHaveCount(5);
  await page.getByRole('button', { name: 'Remove Dee' }).click();
  await expect(page.getByTestId('candidate')).toHaveCount(4);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByTestId('candidate')).toHaveCount(0);
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByText('Add at least one candidate response.').first()).toBeVisible();
});

test('an input too large for the context window is flagged before running, and the engine error names the overflow', async ({ page }) => {
  await page.goto('/#/models');
  await page.getByLabel('Context window (tokens)').selectOption('2048');
  await page.getByRole('button', { name: 'Load Qwen3-0.6B-q4f32_1-MLC' }).click();
  await expect(page.getByTestId('load-status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  await page.goto('/#/playground');
  await page.getByLabel('Text of candidate A').fill('word '.repeat(3000));
  await expect(page.getByTestId('fit')).toHaveAttribute('data-level', 'over');
  await expect(page.getByTestId('fit')).toContainText('Will not fit');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  const err = page.getByTestId('run-error');
  await expect(err).toHaveAttribute('data-kind', 'context-exceeded', { timeout: 30_000 });
  await expect(err).toContainText("more than the model's 2,048-token context window");
  await expect(page.getByLabel('Text of candidate A')).toHaveValue(/^word word/); // the input is kept
});

test('a device lost during a judgment is explained and the partial output kept', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('Prefer detail. [[device-lost]]');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  const err = page.getByTestId('run-error');
  await expect(err).toHaveAttribute('data-kind', 'device-lost', { timeout: 30_000 });
  await expect(err).toContainText('Reload the engine');
  await expect(page.getByTestId('engine-label')).toContainText('No model loaded');
});
