import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadScriptedModel, watchErrors } from '../support/app.ts';
import { dropStoredItems } from '../support/benchStorage.ts';

test.setTimeout(180_000);

async function openBench(page: Page): Promise<void> {
  await page.goto('/#/bench');
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
}

/** Starts a run of `size` spot-check items, slowed down by the scripted engine's token delay. */
async function startSlowRun(page: Page, size: number, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Load the spot-check set' }).click();
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '66');
  await page.locator('#subset-size').fill(String(size));
  await page.getByLabel('Principle override (optional)').fill('Prefer the most complete answer. [[token-delay:8]]');
  await page.locator('#run-name').fill(name);
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'running');
}

const doneCount = async (page: Page) => Number(await page.getByTestId('run-view').getAttribute('data-done'));

test('pause stops the run between items and resume finishes it with every item judged once', async ({ page }) => {
  const errors = watchErrors(page);
  await loadScriptedModel(page);
  await openBench(page);
  await startSlowRun(page, 6, 'pause me');
  const run = page.getByTestId('run-view');
  // The current item streams live.
  await expect(page.getByTestId('live-item')).toHaveCount(1);
  await expect(page.getByTestId('live-reasoning')).toContainText('principle', { timeout: 15_000 });
  await expect(page.getByTestId('in-flight')).toHaveText('1 in flight');
  await expect.poll(() => doneCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('time-left')).toContainText('left');

  await page.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: /Pause/ }).click();
  await expect(run).toHaveAttribute('data-status', 'paused');
  await expect(page.getByTestId('live-item')).toHaveCount(0);
  // Paused between items: nothing in flight, and every item not finished is still pending (none half-judged).
  await expect(page.getByTestId('in-flight')).toHaveCount(0);
  const atPause = await doneCount(page);
  expect(atPause).toBeLessThan(6);
  await expect(page.locator('[data-testid="item-row"][data-state="pending"]')).toHaveCount(6 - atPause);
  await expect(page.getByTestId('run-status')).toContainText('Paused');

  await page.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: /Resume/ }).click();
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(run).toHaveAttribute('data-done', '6');
  await expect(page.locator('[data-testid="item-row"][data-state="done"]')).toHaveCount(6);
  expect(errors).toEqual([]);
});

test('a reload in the middle of a run loses nothing: the page offers to resume exactly where it stopped', async ({ page }) => {
  await loadScriptedModel(page);
  await openBench(page);
  await startSlowRun(page, 6, 'reload me');
  await expect.poll(() => doneCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  const reloadedAt = Date.now();
  await page.reload();

  // After the reload: the run is kept, marked interrupted, with every finished item.
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
  const offer = page.getByTestId('resume-offer');
  await expect(offer).toContainText('reload me');
  await expect(offer).toContainText('load it');
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'paused');
  await expect(page.getByTestId('run-status')).toContainText('interrupted');
  const kept = await doneCount(page);
  expect(kept).toBeGreaterThanOrEqual(2);
  await expect(page.locator('[data-testid="item-row"][data-state="done"]')).toHaveCount(kept);

  // The browser model is gone with the page: load it again, come back, resume.
  await loadScriptedModel(page);
  await page.goto('/#/bench');
  await expect(offer).not.toContainText('load it');
  await offer.getByRole('button', { name: 'Resume where it stopped' }).click();
  await expect(offer).toBeHidden();
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(run).toHaveAttribute('data-done', '6');

  // Nothing was judged twice: the items finished before the reload keep their original results.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export run (JSON)' }).click()]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8')) as { items: Array<{ result: { finishedAt: number } | null }> };
  const before = doc.items.filter((i) => i.result && i.result.finishedAt < reloadedAt).length;
  expect(before).toBe(kept);
  expect(doc.items.every((i) => i.result !== null)).toBe(true);
});

test('a second tab leaves a run going in the first alone: not marked interrupted, followed, and not resumable there', async ({ page, context }) => {
  await loadScriptedModel(page);
  await openBench(page);
  // Long enough (about a minute and a half) that it is still going when the test pauses it, however slow the machine.
  await startSlowRun(page, 30, 'two tabs');
  await expect.poll(() => doneCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);

  const other = await context.newPage();
  await openBench(other);
  await expect(other.locator('[data-testid="run-row"]')).toHaveAttribute('data-status', 'running');
  await expect(other.locator('[data-testid="run-row"]')).toContainText('Running in another tab');
  await expect(other.getByTestId('resume-offer')).toHaveCount(0);
  await other.getByRole('button', { name: 'two tabs', exact: true }).click();
  await expect(other.getByTestId('run-elsewhere')).toBeVisible();
  await expect(other.getByTestId('run-status')).toHaveText('Running in another tab');
  await expect(other.getByTestId('run-progress').getByRole('button')).toHaveCount(0);
  await expect(other.getByRole('button', { name: 'Delete run two tabs' })).toBeDisabled();
  const axe = await new AxeBuilder({ page: other }).include('[data-testid="run-view"]').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // The second tab follows the first one's progress.
  const seen = Number(await other.getByTestId('run-view').getAttribute('data-done'));
  await expect.poll(async () => Number(await other.getByTestId('run-view').getAttribute('data-done')), { timeout: 30_000 }).toBeGreaterThan(seen);

  // Paused in the first tab, the run can be taken over in the second.
  await page.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: /Pause/ }).click();
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'paused');
  await expect(other.getByTestId('run-elsewhere')).toHaveCount(0, { timeout: 10_000 });
  await expect(other.getByTestId('run-view')).toHaveAttribute('data-status', 'paused');
  await expect(other.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: /Resume/ })).toBeVisible();
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'paused');
});

test('a run whose tab closed shows as interrupted in the tab that watched it, never as still running', async ({ page, context }) => {
  await loadScriptedModel(page);
  await openBench(page);
  await startSlowRun(page, 30, 'closed tab');
  await expect.poll(() => doneCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);

  const other = await context.newPage();
  await openBench(other);
  await other.getByRole('button', { name: 'closed tab', exact: true }).click();
  await expect(other.getByTestId('run-status')).toHaveText('Running in another tab');

  await page.close();
  await expect(other.getByTestId('run-status')).toHaveText('Paused (interrupted)', { timeout: 15_000 });
  await expect(other.getByTestId('run-view')).toHaveAttribute('data-status', 'paused');
  await expect(other.locator('[data-testid="run-row"]')).not.toContainText('Running');
  await expect(other.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: /Resume/ })).toBeVisible();
});

test('a run whose items were not all stored (the page closed while it was created) resumes with the loaded dataset and judges each item once', async ({ page }) => {
  await loadScriptedModel(page);
  await openBench(page);
  await startSlowRun(page, 6, 'half stored');
  await expect.poll(() => doneCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
  await page.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: /Pause/ }).click();
  const run = page.getByTestId('run-view');
  await expect(run).toHaveAttribute('data-status', 'paused');
  const kept = await doneCount(page);
  expect(kept).toBeLessThan(5);
  await dropStoredItems(page, [5, 4]);

  await page.reload();
  await loadScriptedModel(page);
  await openBench(page);
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '66');
  await page.getByRole('button', { name: 'half stored', exact: true }).click();
  // Not complete, whatever is stored: the items without a result are pending.
  await expect(run).toHaveAttribute('data-status', 'paused');
  await expect(run).toHaveAttribute('data-done', String(kept));
  await page.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: /Resume/ }).click();
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(run).toHaveAttribute('data-done', '6');
  await expect(page.locator('[data-testid="item-row"][data-state="done"]')).toHaveCount(6);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export run (JSON)' }).click()]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8')) as { items: Array<{ index: number; item: { id: string }; result: { index: number; itemId: string } | null }> };
  expect(doc.items).toHaveLength(6);
  expect(doc.items.every((i) => i.result !== null && i.result.index === i.index && i.result.itemId === i.item.id)).toBe(true);
});

test('without its dataset, such a run says which dataset to load instead of failing item by item', async ({ page }) => {
  await loadScriptedModel(page);
  await openBench(page);
  await startSlowRun(page, 6, 'no dataset');
  await page.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: /Pause/ }).click();
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'paused');
  await dropStoredItems(page, [5]);
  await page.getByTestId('dataset-summary').getByRole('button', { name: 'Unload' }).click();
  await expect(page.getByTestId('dataset-summary')).toHaveCount(0);
  // Paused before any item finished, the run's button reads Start (Resume once some are judged).
  await page.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: /Start|Resume/ }).click();
  const notice = page.getByTestId('bench-error');
  await expect(notice).toHaveAttribute('data-kind', 'items-missing');
  await expect(notice).toContainText('1 of this run’s 6 items were not stored');
  await expect(notice).toContainText('Load its dataset');
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'paused');
});
