import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadScriptedModel } from '../support/app.ts';

test.setTimeout(90_000);

const rows = (page: Page) => page.getByTestId('my-rank-row');

/** Presses `name`'s control (found by its accessible name) from the keyboard: focus, then Enter. */
async function press(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

/** Serious or critical axe violations inside the ranking panel. */
async function axeOfRanking(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-testid="my-ranking"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('ranked by keyboard alone, the model’s judgment is measured against the user’s ranking, each disagreement quoting the reasoning', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  // The example principle prefers concise answers: the scripted judge ranks B (shortest), A, C.
  await press(page, 'Rank the candidates myself');
  await expect(rows(page)).toHaveCount(3);
  await page.getByLabel('Place of C').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1');
  await expect(rows(page).first()).toHaveAttribute('data-name', 'C');
  await press(page, 'Rank A lower');
  await expect(rows(page).nth(2)).toHaveAttribute('data-name', 'A');
  await press(page, 'Rank A higher');
  await expect(rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).resolves.toEqual(['C', 'A', 'B']);
  await press(page, 'Save my ranking');

  await page.getByLabel('Principle', { exact: true }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const agreement = page.getByTestId('agreement');
  await expect(agreement.getByTestId('agreement-pairwise')).toHaveText('0% (0 of 3 pairs)');
  await expect(agreement.getByTestId('agreement-tau')).toHaveText('-1.00');
  await expect(agreement.getByTestId('agreement-top1')).toHaveText('different: yours C, the model’s B');
  await expect(agreement.getByTestId('disagreement')).toHaveCount(3);
  // "Overall model-k follows the principle best and model-j least": the sentence about C and B, with the user's names.
  const cb = agreement.locator('[data-testid="disagreement"][data-pair="C>B"]');
  await expect(cb).toContainText('You rank C above B; the model scores B 5 and C 3.');
  await expect(cb.getByTestId('disagreement-passage')).toContainText('follows the principle best');
  await expect(cb.getByTestId('name-chip').filter({ hasText: '· B' })).toHaveCount(1);
  await expect(cb.getByTestId('name-chip').filter({ hasText: '· C' })).toHaveCount(1);
  expect(await axeOfRanking(page)).toEqual([]);

  // Kept with the workspace.
  await page.reload();
  await expect(rows(page).first()).toHaveAttribute('data-name', 'C');
  await expect(page.getByRole('button', { name: 'Ranking saved' })).toBeDisabled();
});

test('a blind comparison hides the model’s answer until the ranking is saved; a tie of all gives no figure and says why', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ra:theme', 'dark'));
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByRole('button', { name: 'Rank the candidates myself' }).click();
  await page.getByLabel('Hide the model’s answer until I save my ranking').check();
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('judgment-hidden')).toBeVisible();
  await expect(page.getByTestId('score-row')).toHaveCount(0);
  await expect(page.getByTestId('reasoning')).toHaveCount(0);
  await expect(page.getByTestId('agreement')).toHaveCount(0);

  // Drag B to the top, then tie everyone: no order left to compare.
  await page.locator('[data-testid="my-rank-row"][data-name="B"]').dragTo(rows(page).first());
  await expect(rows(page).first()).toHaveAttribute('data-name', 'B');
  await page.getByRole('button', { name: 'Save my ranking' }).click();
  await expect(page.getByTestId('judgment-hidden')).toHaveCount(0);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('agreement-top1')).toHaveText('the same: yours B, the model’s B');
  expect(await axeOfRanking(page)).toEqual([]);
  await page.getByRole('button', { name: 'Tie A with the one above' }).click();
  await page.getByRole('button', { name: 'Tie C with the one above' }).click();
  await expect(page.getByTestId('agreement-none')).toHaveText(/^No agreement figure: Every candidate is in one tie/);
});
