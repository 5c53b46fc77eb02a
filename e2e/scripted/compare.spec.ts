import { test, expect } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';

test('the same candidates under two principles, side by side: the ranking change is highlighted', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/compare');
  await page.getByLabel('Principle 1').fill('Prefer the most detailed, thorough answer.');
  await page.getByLabel('Principle 2').fill('Prefer the most concise answer.');
  await page.getByRole('button', { name: /Run 2 judgments/ }).click();
  const summary = page.getByTestId('compare-summary');
  await expect(summary).toHaveAttribute('data-winner-changed', 'true', { timeout: 30_000 });
  await expect(summary).toContainText('C under “P1');
  await expect(summary).toContainText('B under “P2');
  const second = page.getByTestId('compare-column').nth(1);
  await expect(second.locator('[data-moved="true"]').first()).toBeVisible();
});

test('order sensitivity and repeat stability report winner changes and spread per candidate', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/compare');
  await page.getByRole('tab', { name: 'Order sensitivity' }).click();
  await page.getByLabel('Runs (k)').fill('3');
  await page.getByRole('button', { name: 'Run 3 judgments' }).click();
  const summary = page.getByTestId('probe-summary');
  await expect(page.getByTestId('compare-column')).toHaveCount(3);
  await expect(page.getByTestId('compare-column').nth(2)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  // The scripted judge ranks by length, whatever the order: the winner never changes.
  await expect(summary.getByTestId('winner-change-rate')).toHaveText('0%');
  await expect(summary.locator('[data-testid="probe-row"][data-name="B"]')).toHaveAttribute('data-sd', '0');

  // Keyboard: arrow keys move between the tabs.
  await page.getByRole('tab', { name: 'Order sensitivity' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Repeat stability' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Runs (k)').fill('2');
  await page.getByRole('button', { name: 'Run 2 judgments' }).click();
  await expect(page.getByTestId('compare-column').nth(1)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('probe-summary')).toContainText('Repeat stability');
});

test('two judgments from the history, side by side', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  const principle = page.getByLabel('Principle', { exact: true });
  for (const p of ['Prefer the most detailed answer.', 'Prefer the most concise answer.']) {
    await principle.fill(p);
    await page.getByRole('button', { name: /Run judgment/ }).click();
    await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  }
  const boxes = page.getByRole('checkbox', { name: /Select the judgment/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  await expect(page).toHaveURL(/#\/compare$/);
  await expect(page.getByTestId('compare-column')).toHaveCount(2);
  await expect(page.getByTestId('compare-summary')).toHaveAttribute('data-winner-changed', 'true');
});

test('the same case with two models, loaded one after the other', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/compare');
  await page.getByRole('tab', { name: 'Two models' }).click();
  await page.getByLabel('Model A').selectOption({ label: 'Browser: Qwen3-0.6B (4-bit, f32)' });
  await page.getByLabel('Model B').selectOption({ label: 'Browser: Qwen3-1.7B (4-bit, f32)' });
  await page.getByRole('button', { name: 'Run both' }).click();
  await expect(page.getByTestId('compare-summary')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('compare-column')).toHaveCount(2);
  await expect(page.getByTestId('compare-column').nth(0)).toContainText('Qwen3-0.6B');
  await expect(page.getByTestId('compare-column').nth(1)).toContainText('Qwen3-1.7B');
  await expect(page.getByTestId('compare-column').nth(1)).toHaveAttribute('data-status', 'done');
  await page.goto('/#/models');
  await expect(page.getByTestId('load-status')).toContainText('Qwen3-1.7B-q4f32_1-MLC');
});
