import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadScriptedModel } from '../support/app.ts';

const SCREENS = ['playground', 'compare', 'bench', 'models', 'library', 'settings', 'decks'];

for (const theme of ['light', 'dark'] as const) {
  test(`every main screen passes axe with no serious or critical violations (${theme})`, async ({ page }) => {
    test.setTimeout(120_000); // seven full-page axe runs take a while on a busy 2-core machine
    await page.addInitScript((t) => localStorage.setItem('ra:theme', t), theme);
    await loadScriptedModel(page);
    await page.goto('/#/playground');
    await page.getByRole('button', { name: /Run judgment/ }).click();
    await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    for (const screen of SCREENS) {
      await page.goto(`/#/${screen}`);
      await expect(page.locator('#page-title')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(bad).toEqual([]);
    }
  });
}

test('keyboard: skip link, visible focus, shortcuts overlay and route shortcuts', async ({ page }) => {
  await page.goto('/#/playground');
  // The page renders once the saved workspace is read: the first Tab goes to what is on screen by then.
  await expect(page.getByRole('heading', { name: 'Playground', level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts')).toBeHidden();
  await page.keyboard.press('Alt+4');
  await expect(page).toHaveURL(/#\/models$/);
  await expect(page.getByRole('link', { name: 'Models' })).toHaveAttribute('aria-current', 'page');
});

test('the theme follows the system by default and can be switched', async ({ browser }) => {
  const ctx = await browser.newContext({ colorScheme: 'dark' });
  const page = await ctx.newPage();
  await page.goto('/#/playground');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByLabel('Theme').selectOption('light');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await ctx.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the replace question, the undo notice and a failed-save message pass axe (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('ra:theme', t), theme);
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'case-')), 'case.json');
    writeFileSync(file, JSON.stringify({ kind: 'rewardanything-case', version: 1, principle: 'P', prompt: 'Q', responses: [{ name: 'A', text: 'a' }] }));
    const axe = async (what: string) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${what}: ${v.id}`)).toEqual([]);
    };
    await page.goto('/#/playground');
    await expect(page.getByLabel('Principle', { exact: true })).toBeVisible();
    // A full disk before the first write: the edit is not saved, and the page says so.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 1 });
    await page.getByLabel('Principle', { exact: true }).fill('Typed work.');
    await expect(page.getByTestId('save-problem-workspace')).toBeVisible();
    await page.getByTestId('open-file').setInputFiles(file);
    await expect(page.getByRole('dialog', { name: 'Replace your current work?' })).toBeVisible();
    await axe('replace question');
    await page.getByRole('button', { name: 'Replace it' }).click();
    await expect(page.getByTestId('toast')).toBeVisible();
    await axe('undo notice and failed save');
  });
}
