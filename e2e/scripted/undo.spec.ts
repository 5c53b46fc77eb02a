import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';
import { savePrincipleVersions } from '../support/library.ts';
import { openBenchWithServer } from '../support/server.ts';

test.setTimeout(120_000);

/** The notice naming what went, in the politely announced notifications (role=status), with its Undo button. */
async function undoNotice(page: Page, message: string | RegExp) {
  const toast = page.getByRole('status', { name: 'Notifications' }).getByTestId('toast').filter({ hasText: message });
  await expect(toast).toBeVisible();
  return { toast, undo: toast.getByRole('button', { name: 'Undo' }) };
}

/** Undo, reached with Tab and pressed with Enter. */
async function undoByKeyboard(page: Page, message: string | RegExp) {
  const { toast, undo } = await undoNotice(page, message);
  // Tab reaches the button (the notices come last on the page).
  for (let i = 0; i < 200 && !(await undo.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toast).toHaveCount(0);
}

test('Candidates → Clear can be undone: every candidate comes back with its name and text', async ({ page }) => {
  await page.goto('/#/playground');
  const cards = page.getByTestId('candidate');
  await expect(cards).toHaveCount(3);
  await page.getByLabel('Name of candidate 2').fill('Tilted axis');
  await page.getByLabel('Text of candidate Tilted axis').fill('Seasons come from the tilt of the axis.');
  const contents = () => cards.evaluateAll((els) => els.map((e) => [e.querySelector('input')?.value, e.querySelector('textarea')?.value]));
  const before = await contents();
  expect(before.map(([name]) => name)).toEqual(['A', 'Tilted axis', 'C']);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(cards).toHaveCount(0);
  await undoByKeyboard(page, 'Cleared 3 candidates');
  await expect(cards).toHaveCount(3);
  expect(await contents()).toEqual(before);
  // Restored work is saved like any edit.
  await page.reload();
  await expect(page.getByLabel('Text of candidate Tilted axis')).toHaveValue('Seasons come from the tilt of the axis.');
});

test('deleting a history entry can be undone, and the judgment is stored again', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('Prefer the most concise answer.');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const rows = page.getByTestId('history-item');
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: /^Delete judgment of/ }).click();
  await expect(rows).toHaveCount(0);
  const { toast, undo } = await undoNotice(page, 'Deleted the judgment “Prefer the most concise answer.” from the history.');
  // The newest Undo also answers Ctrl/Cmd+Z outside a text field, and says so.
  await expect(undo).toHaveAttribute('aria-keyshortcuts', 'Control+Z Meta+Z');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(toast).toHaveCount(0);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Prefer the most concise answer.');
  await page.reload();
  await expect(rows).toHaveCount(1);
  await rows.first().click();
  await expect(page.locator('[data-testid="score-row"][data-rank="1"]')).toHaveAttribute('data-name', 'B');
});

test('deleting a library principle can be undone, with all its versions', async ({ page }) => {
  await page.goto('/#/playground');
  await savePrincipleVersions(page, 'Correctness', ['Prefer correct answers.', 'Prefer correct answers, then concise ones.']);

  await page.goto('/#/library');
  const item = page.getByTestId('library-item');
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'Delete' }).click();
  await item.getByRole('button', { name: 'Really delete' }).click();
  await expect(item).toHaveCount(0);
  await undoByKeyboard(page, 'Deleted “Correctness” (2 versions) from the library.');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Correctness');
  await expect(item).toContainText('2 versions');
  await page.reload();
  await expect(item).toContainText('2 versions');
});

test('“Cancel run” can be undone: the run goes on and finishes', async ({ page }) => {
  const dataset = fileURLToPath(new URL('../fixtures/bench/rabench-mini.jsonl', import.meta.url));
  await openBenchWithServer(page, { model: 'fault-slow', concurrency: 2, dataset, items: 8 });
  await page.locator('#subset-size').fill('6');
  await page.getByRole('button', { name: 'Start run' }).click();
  const run = page.getByTestId('run-view');
  await expect(page.getByTestId('in-flight')).toHaveText('2 in flight', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Cancel run' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Cancelled');
  const { undo } = await undoNotice(page, /Cancelled the run “.+” \(\d of 6 items judged, kept\)\./);
  await undo.click();
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  await expect(run).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(run).toHaveAttribute('data-done', '6');
});

test('a paused run cancelled by mistake comes back paused, to resume', async ({ page }) => {
  const dataset = fileURLToPath(new URL('../fixtures/bench/rabench-mini.jsonl', import.meta.url));
  await openBenchWithServer(page, { model: 'fault-slow', concurrency: 2, dataset, items: 8 });
  await page.locator('#subset-size').fill('4');
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByTestId('in-flight')).toHaveText('2 in flight', { timeout: 15_000 });
  await page.getByRole('button', { name: '⏸ Pause' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Paused');
  await page.getByRole('button', { name: 'Cancel run' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Cancelled');
  await undoByKeyboard(page, /Cancelled the run/);
  await expect(page.getByTestId('run-status')).toHaveText('Paused');
  await expect(page.getByTestId('run-row')).toHaveAttribute('data-status', 'paused');
  await page.reload();
  await expect(page.getByTestId('run-row')).toHaveAttribute('data-status', 'paused');
});

test('an undo notice waits while the pointer or the keyboard focus is on it, then goes by itself', async ({ page }) => {
  await page.clock.install();
  await page.goto('/#/playground');
  await page.getByRole('button', { name: 'Clear' }).click();
  const { toast, undo } = await undoNotice(page, 'Cleared 3 candidates.');
  await toast.hover();
  await page.clock.runFor(60_000);
  await expect(toast).toBeVisible();
  await undo.focus();
  await page.mouse.move(0, 0);
  await page.clock.runFor(60_000);
  await expect(toast).toBeVisible();
  await undo.blur();
  await page.clock.runFor(60_000);
  await expect(toast).toHaveCount(0);
  await expect(page.getByTestId('candidate')).toHaveCount(0);
});
