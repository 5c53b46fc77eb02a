import { test, expect, type Page } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';
import { useServer } from '../support/server.ts';

/** A playground judgment in the browser engine, slow enough to still stream while the test goes elsewhere. */
async function startSlowBrowserJudgment(page: Page) {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('Prefer detail. [[token-delay:40]] [[think-tokens:600]]');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('reasoning')).toContainText('model-', { timeout: 10_000 });
}

test('Compare is refused, naming who holds it, while a playground judgment streams in the browser engine', async ({ page }) => {
  await startSlowBrowserJudgment(page);

  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('button', { name: /Run 2 judgments/ }).click();
  const refused = page.getByTestId('compare-error');
  await expect(refused).toContainText('A Playground judgment is using the browser engine.');
  await expect(refused).toContainText('Stop it on the Playground');
  await expect(page.getByTestId('compare-column')).toHaveCount(0);

  // The judgment went on untouched; once it is stopped, the comparison runs.
  await page.getByRole('link', { name: 'Playground' }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'running');
  await page.getByRole('button', { name: /Stop/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'stopped', { timeout: 10_000 });
  await page.getByRole('link', { name: 'Compare' }).click();
  // Principles without the slow-stream directives the Playground's principle gave Compare.
  await page.getByLabel('Principle 1').fill('Prefer the most detailed, thorough answer.');
  await page.getByLabel('Principle 2').fill('Prefer the most concise answer.');
  await page.getByRole('button', { name: /Run 2 judgments/ }).click();
  await expect(page.getByTestId('compare-summary')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('compare-error')).toHaveCount(0);
});

test('beside a judgment on a server, which serves several at once, Compare runs', async ({ page }) => {
  await useServer(page, { model: 'fault-slow' });
  await page.getByRole('link', { name: 'Playground' }).click();
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('reasoning')).toContainText('The principle asks me', { timeout: 30_000 });

  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('button', { name: /Run 2 judgments/ }).click();
  await expect(page.getByTestId('compare-column').first()).toHaveAttribute('data-status', 'running', { timeout: 10_000 });
  await expect(page.getByTestId('compare-error')).toHaveCount(0);
  await page.getByRole('button', { name: /Stop/ }).click();
  await page.getByRole('link', { name: 'Playground' }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'running');
});

test('the device benchmark is refused while a playground judgment holds the browser engine', async ({ page }) => {
  await startSlowBrowserJudgment(page);

  await page.getByRole('link', { name: 'Models' }).click();
  const bench = page.getByTestId('device-benchmark');
  await bench.getByRole('button', { name: 'Run benchmark' }).click();
  await expect(bench.getByRole('alert')).toContainText('A Playground judgment is using the browser engine.');
  await expect(bench.getByRole('button', { name: 'Run benchmark' })).toBeEnabled();
});
