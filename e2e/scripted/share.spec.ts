import { test, expect } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';

test('a share link round trip in a fresh browser context restores the case and result with no network request', async ({ page, browser }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('Prefer the most concise answer — “quotes”, ünïcödé 😀');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Share link…' }).click();
  const link = await page.getByTestId('share-url').inputValue();
  expect(link).toMatch(/#case=[A-Za-z0-9_-]+$/);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(new URL('/', link).href); // load the app first: the link itself must then cause no request
  await expect(fresh.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const requests: string[] = [];
  fresh.on('request', (r) => requests.push(r.url()));
  await fresh.goto(link);
  await expect(fresh.getByTestId('shared-notice')).toContainText('Opened a shared case with its result');
  await expect(fresh.getByLabel('Principle', { exact: true })).toHaveValue('Prefer the most concise answer — “quotes”, ünïcödé 😀');
  await expect(fresh.getByTestId('candidate')).toHaveCount(3);
  await expect(fresh.locator('[data-testid="score-row"][data-rank="1"]')).toHaveAttribute('data-name', 'B');
  expect(requests.filter((u) => !u.startsWith(new URL('/', link).origin) || /\/v1\/|huggingface|githubusercontent/.test(u))).toEqual([]);
  await context.close();
});

test('a damaged link says so and leaves the work in progress alone', async ({ page }) => {
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('My unsaved principle');
  await page.goto('/#case=AAAAbroken');
  await expect(page.getByRole('alert')).toContainText('damaged');
  await expect(page.getByLabel('Principle', { exact: true })).toHaveValue('My unsaved principle');
});

test('a case too large for a link offers a file instead', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  let seed = 7;
  const noise = Array.from({ length: 70_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
  await page.getByRole('button', { name: 'Paste many…' }).click();
  await page.getByLabel('Text to paste').fill(JSON.stringify({ A: noise, B: 'short' }));
  await page.getByRole('button', { name: 'Replace with 2' }).click();
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', /done|error/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Share link…' }).click();
  await expect(page.getByTestId('share-too-large')).toContainText('too large for a link');
  await expect(page.getByRole('button', { name: 'Download as a case file' })).toBeVisible();
});

test('an exported judgment and a case file open again; a broken file changes nothing', async ({ page, browser }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const judgmentFile = await (await dl).path();

  const ctx = await browser.newContext();
  const other = await ctx.newPage();
  await other.goto('/#/playground');
  await other.getByLabel('Principle', { exact: true }).fill('work in progress');
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const broken = join(mkdtempSync(join(tmpdir(), 'case-')), 'broken.json');
  writeFileSync(broken, '{"kind": "rewardanything-case", "version": 1, "principle": 5}');
  await other.getByTestId('open-file').setInputFiles(broken);
  await expect(other.getByTestId('open-file-message')).toContainText('The case has no principle text. Nothing was changed.');
  await expect(other.getByLabel('Principle', { exact: true })).toHaveValue('work in progress');
  await other.getByTestId('open-file').setInputFiles(judgmentFile);
  // The work in progress is replaced only once the user agrees.
  await other.getByRole('dialog', { name: 'Replace your current work?' }).getByRole('button', { name: 'Replace it' }).click();
  await expect(other.getByTestId('open-file-message')).toContainText('Opened the judgment');
  await expect(other.getByTestId('judgment')).toHaveAttribute('data-status', 'done');
  await expect(other.locator('[data-testid="score-row"][data-rank="1"]')).toHaveAttribute('data-name', 'B');
  await ctx.close();
});
