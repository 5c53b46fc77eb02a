import { test, expect, type Page } from '@playwright/test';
import { answerWithoutGrammar, loadScriptedModel, watchErrors } from '../support/app.ts';

async function runAndWait(page: Page, status = 'done') {
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', status, { timeout: 30_000 });
}

/** The raw text saved so far for the judgment still running, read from the app's IndexedDB ('' when none). */
function savedRunningRaw(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('rewardanything-playground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('judgments').objectStore('judgments').index('status').getAll('running');
          all.onsuccess = () => {
            open.result.close();
            const records = all.result as Array<{ raw?: unknown }>;
            resolve(records.map((r) => (typeof r.raw === 'string' ? r.raw : '')).join('\n'));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

async function winner(page: Page): Promise<string | null> {
  return page.locator('[data-testid="score-row"][data-rank="1"]').getAttribute('data-name');
}

test('a new user judges three answers, sees the reasoning stream and the scores, then flips the principle', async ({ page }) => {
  const errors = watchErrors(page);
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await expect(page.getByTestId('engine-label')).toContainText('Qwen3-0.6B-q4f32_1-MLC');

  // Slow the scripted tokens down a little so the live phase is observable.
  const principle = page.getByLabel('Principle', { exact: true });
  await principle.fill('Prefer the most complete and detailed answer. [[token-delay:15]]');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'running');
  await expect(page.getByTestId('reasoning')).toContainText('model-', { timeout: 10_000 });
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  // Longer answers win under this principle (the scripted judge's rule): C is the longest default answer.
  expect(await winner(page)).toBe('C');
  await expect(page.locator('[data-testid="score-row"][data-name="C"]')).toHaveAttribute('data-score', '5');
  await expect(page.getByTestId('diagnostics-clean')).toBeVisible();
  await expect(page.getByTestId('stats').locator('[data-stat="Finish reason"]')).toHaveText('stop');
  await expect(page.getByTestId('stats').locator('[data-stat="Decode"]')).toContainText('tok/s');

  // Flip the principle: the ranking changes.
  await principle.fill('Prefer the most concise answer.');
  await expect(page.getByTestId('stale-label')).toBeVisible();
  await runAndWait(page);
  expect(await winner(page)).toBe('B');

  // The exact messages sent are one click away and use the masked names.
  await page.getByText('Exact messages sent').click();
  await expect(page.getByTestId('message-user')).toContainText('"principle": "Prefer the most concise answer."');
  await expect(page.getByTestId('mask-map')).toContainText('model-1 =');
  expect(errors).toEqual([]);
});

test('Ctrl+Enter runs; the same inputs twice are labelled as a repeat; history survives a reload', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByLabel('Prompt').click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await runAndWait(page);
  await expect(page.getByTestId('repeat-label')).toContainText('Repeat run 2 of 2');
  await page.reload();
  await expect(page.getByTestId('history-item')).toHaveCount(2);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done');
});

test('stop keeps the partial output, marked as stopped', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('Prefer detail. [[token-delay:40]] [[think-tokens:400]]');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('reasoning')).toContainText('model-', { timeout: 10_000 });
  await page.getByRole('button', { name: /Stop/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'stopped', { timeout: 10_000 });
  await page.getByText('Raw output').click();
  await expect(page.getByTestId('raw-output')).toContainText('<think>');
  await expect(page.getByTestId('diagnostics')).toContainText('Stopped before the model finished');
});

test('a reload in the middle of a judgment keeps what was shown and marks it interrupted', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('Prefer detail. [[token-delay:30]] [[think-tokens:600]]');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('reasoning')).toContainText('model-', { timeout: 10_000 });
  // The streamed text is saved about once a second: reload only once the running record holds some of it.
  await expect.poll(() => savedRunningRaw(page), { timeout: 10_000 }).toContain('model-');
  await page.reload();
  const first = page.getByTestId('history-item').first();
  await expect(first).toHaveAttribute('data-status', 'interrupted');
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'interrupted');
  await expect(page.getByTestId('diagnostics')).toContainText('interrupted');
  await page.getByText('Raw output').click();
  await expect(page.getByTestId('raw-output')).toContainText('model-');
});

test('a judgment streaming in one tab is not marked interrupted by a second tab, which sees it finish', async ({ page, context }) => {
  test.setTimeout(120_000);
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('Prefer detail. [[token-delay:30]] [[think-tokens:300]]');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('reasoning')).toContainText('model-', { timeout: 10_000 });

  const other = await context.newPage();
  await other.goto('/#/playground');
  await expect(other.getByTestId('history-item').first()).toHaveAttribute('data-status', 'running');
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(other.getByTestId('history-item').first()).toHaveAttribute('data-status', 'done');
});

test('without the grammar, unclean outputs get plain-words diagnostics', async ({ page }) => {
  await loadScriptedModel(page);
  await answerWithoutGrammar(page);
  await page.goto('/#/playground');
  const principle = page.getByLabel('Principle', { exact: true });
  await principle.fill('Prefer detail. [[malformed]]');
  await runAndWait(page);
  await expect(page.getByTestId('diagnostics')).toContainText('repaired');
  expect(await winner(page)).toBe('C');

  await principle.fill('Prefer detail. [[contradict]]');
  await runAndWait(page);
  await expect(page.getByTestId('diagnostics')).toContainText('disagrees with the scores');

  await principle.fill('Prefer detail. [[garbage]]');
  await runAndWait(page);
  await expect(page.getByTestId('diagnostics')).toContainText('No JSON object could be read');
  await expect(page.getByTestId('reasoning')).not.toHaveText('(no reasoning)');
});
