import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { PORTS, url } from '../ports.ts';
import { loadScriptedModel } from '../support/app.ts';

test.setTimeout(90_000);

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/bench/${name}`, import.meta.url));

async function openBench(page: Page): Promise<void> {
  await page.goto('/#/bench');
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
}

test('a dropped JSONL file keeps its valid rows and lists every bad one with its line and reason', async ({ page }) => {
  await openBench(page);
  const text = await readFile(fixture('rabench-mini.jsonl'), 'utf8');
  const data = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'rabench-mini.jsonl', { type: 'application/jsonl' }));
    return dt;
  }, text);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: data });
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toHaveAttribute('data-items', '8');
  await expect(summary).toHaveAttribute('data-kind', 'rabench');
  await expect(page.getByTestId('problem-count')).toContainText('2 problems');
  const problems = page.getByTestId('load-problems');
  await expect(problems).toContainText('line 4: invalid JSON');
  await expect(problems).toContainText('line 7');
  await expect(problems).toContainText('principle');
  await expect(page.getByTestId('summary-domains')).toContainText('chat 2 · code 2 · math 2 · safety 2');
  await expect(page.getByTestId('summary-categories')).toContainText('content 2');

  // Filters narrow the pool; the subset follows.
  await page.getByRole('group', { name: /Domain/ }).getByLabel(/^code/).check();
  await expect(page.getByTestId('subset-count')).toHaveAttribute('data-count', '2');
});

test('RM-Bench files pool (both safety files into one domain), take the picked principle and get RM-Bench’s own table', async ({ page }) => {
  await loadScriptedModel(page);
  await openBench(page);
  await page.getByTestId('bench-file-input').setInputFiles([
    fixture('rmbench/chat_filtered.json'),
    fixture('rmbench/safety-refuse_filtered.json'),
    fixture('rmbench/safety-response_filtered.json'),
  ]);
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toHaveAttribute('data-items', '4');
  await expect(summary).toHaveAttribute('data-kind', 'rmbench');
  await expect(page.getByTestId('summary-domains')).toHaveText('chat 2 · safety 2');
  await expect(summary).toContainText('6–6');
  // Default principle: ours, correctness first; the user can pick another.
  const principle = page.getByLabel('Principle for every item (the file has none)');
  await expect(principle).toHaveValue(/^Judge correctness first/);
  await principle.fill('Prefer the correct and safe answer; ignore length and formatting.');
  await page.getByRole('button', { name: 'Apply to the items' }).click();

  await page.locator('#subset-size').fill('4');
  await page.getByRole('button', { name: 'Start run' }).click();
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const table = page.getByTestId('rmbench-table');
  await expect(table).toContainText('RewardAnything-8B');
  await expect(page.getByTestId('this-run-rmbench')).toContainText('Qwen3-0.6B-q4f32_1-MLC');
  await expect(page.getByTestId('paper-table3')).toHaveCount(0);
  await page.locator('[data-testid="item-row"][data-index="0"]').click();
  await expect(page.getByTestId('item-detail')).toContainText('Prefer the correct and safe answer');
  await expect(page.getByTestId('candidate-row')).toHaveCount(6);
});

test('pairwise preferences become two-candidate items under a chosen principle', async ({ page }) => {
  await openBench(page);
  await page.getByTestId('bench-file-input').setInputFiles(fixture('pairs.json'));
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toHaveAttribute('data-items', '3');
  await expect(summary).toHaveAttribute('data-kind', 'pairwise');
  await expect(summary).toContainText('2–2');
  await expect(page.getByLabel('Principle for every item (the file has none)')).toBeVisible();
});

test('a URL downloads with progress; a host without CORS headers gets an explanation', async ({ page, baseURL }) => {
  await openBench(page);
  // Hold the answer a moment so the download state can be seen.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/datasets/spotcheck.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByLabel('Load from a URL').fill(`${baseURL}/datasets/spotcheck.json`);
  await page.getByRole('button', { name: 'Download' }).click();
  await expect(page.getByTestId('dataset-loading')).toHaveAttribute('data-phase', 'download');
  await expect(page.getByRole('progressbar', { name: 'Download progress' })).toBeVisible();
  await expect(page.getByTestId('dataset-loading')).toContainText('Downloading spotcheck.json');
  release();
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '66');

  await page.getByLabel('Load from a URL').fill(`${url(PORTS.openai)}/fault-nocors/v1/models`);
  await page.getByRole('button', { name: 'Download' }).click();
  const error = page.getByTestId('dataset-error');
  await expect(error).toHaveAttribute('data-kind', 'cors');
  await expect(error).toContainText('Access-Control-Allow-Origin');
  await expect(error).toContainText('resolve');
  // The loaded set is untouched.
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '66');
});

test('the loaded dataset comes back after a reload', async ({ page }) => {
  await openBench(page);
  await page.getByTestId('bench-file-input').setInputFiles(fixture('rabench-mini.jsonl'));
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '8');
  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '8');
  await expect(page.getByTestId('dataset-note')).toContainText('Restored');
  await expect(page.getByTestId('load-problems')).toContainText('line 4');
});
