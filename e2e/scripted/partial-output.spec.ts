import { test, expect, type Page } from '@playwright/test';
import { useServer } from '../support/server.ts';
import { loadScriptedModel } from '../support/app.ts';
import { PORTS, url } from '../ports.ts';

async function run(page: Page) {
  await page.goto('/#/playground');
  await page.getByRole('button', { name: /Run judgment/ }).click();
}

/** The diagnostics, one string per line as a screen reader says it ("Problem: …", "Note: …"; the icon is hidden). */
const lines = async (page: Page) =>
  (await page.getByTestId('diagnostics').getByRole('listitem').allTextContents()).map((t) => t.replace(/^[ℹ⚠✖]/u, '').trim());

test('Stop on a slow server keeps the partial reasoning on screen, marked as stopped, and says once what happened', async ({ page }) => {
  await useServer(page, { model: 'fault-slow' });
  await run(page);
  await expect(page.getByTestId('reasoning')).toContainText('The principle asks me', { timeout: 30_000 });
  const streamed = (await page.getByTestId('reasoning').textContent())!;
  await page.getByRole('button', { name: /Stop/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'stopped', { timeout: 15_000 });

  await expect(page.getByTestId('reasoning')).not.toHaveText('(no reasoning)');
  expect((await page.getByTestId('reasoning').textContent())!.startsWith(streamed.trim().slice(0, 40))).toBe(true);
  await expect(page.getByTestId('reasoning-ended')).toHaveText('stopped here');
  const shown = await lines(page);
  expect(shown.join('\n')).toContain('Stopped');
  expect(shown.filter((l) => l.startsWith('Problem:'))).toEqual([]);
  for (const l of shown) expect(l.match(/partial output is kept|what had streamed is kept/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  expect(shown.join('\n').match(/kept/gi)?.length ?? 0).toBeLessThanOrEqual(1);
});

test('a stream the server cuts keeps the partial reasoning, marked as cut off, with one problem saying so', async ({ page, request }) => {
  await useServer(page, { model: 'fault-cut' });
  await run(page);
  await expect(page.getByTestId('reasoning')).toContainText('The principle asks me', { timeout: 30_000 });
  expect((await request.post(`${url(PORTS.openai)}/__fixture/cut`)).ok()).toBe(true);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'error', { timeout: 30_000 });
  await expect(page.getByTestId('reasoning')).toContainText('The principle asks me');
  await expect(page.getByTestId('reasoning-ended')).toHaveText('cut off here');
  const problems = (await lines(page)).filter((l) => l.startsWith('Problem:'));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('closed the stream before the judgment finished');
  expect((await lines(page)).join('\n').match(/kept/gi)?.length ?? 0).toBeLessThanOrEqual(1);
});

test('a stopped run after two identical ones is not labelled as a repeat run', async ({ page }) => {
  // Long enough (18 s a run) that the third is still streaming when Stop is pressed on a busy machine.
  test.setTimeout(150_000);
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  const principle = page.getByLabel('Principle', { exact: true });
  await principle.fill('Prefer detail. [[token-delay:30]] [[think-tokens:600]]');
  for (let i = 1; i <= 2; i++) {
    await page.getByRole('button', { name: /Run judgment/ }).click();
    await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  }
  await expect(page.getByTestId('repeat-label')).toHaveText('Repeat run 2 of 2 with identical inputs');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('reasoning')).toContainText('model-', { timeout: 10_000 });
  await page.getByRole('button', { name: /Stop/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'stopped', { timeout: 10_000 });
  await expect(page.getByTestId('repeat-label')).toHaveCount(0);
  await page.getByTestId('history-item').nth(1).click();
  await expect(page.getByTestId('repeat-label')).toHaveText('Repeat run 2 of 2 with identical inputs');
});
