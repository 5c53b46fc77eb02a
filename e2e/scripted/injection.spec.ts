import { test, expect, type Page } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';

// Script and HTML injection payloads through every place the app shows untrusted text: inputs, model output,
// history, share links, the library and the exported report. Nothing may execute.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '<script>window.__pwned=(window.__pwned||0)+1</script>',
  '<svg onload="window.__pwned=(window.__pwned||0)+1"></svg>',
  '[click](javascript:window.__pwned=1)',
  '"><iframe src="javascript:parent.__pwned=1"></iframe>',
];
const P = PAYLOADS.join(' ');

async function assertClean(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main script, main svg[onload], main iframe').count()).toBe(0);
}

test('payloads in inputs and in model output are shown as text and never run', async ({ page, browser }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill(`${P} [[echo]]`);
  await page.getByLabel('Prompt').fill(P);
  await page.getByLabel('Name of candidate 1').fill('<b>A</b><img src=x onerror=alert(1)>');
  await page.getByLabel('Text of candidate B').fill(P);
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('reasoning')).toContainText('<script>window.__pwned');
  await expect(page.getByTestId('scores')).toContainText('<img src=x onerror');
  await page.getByText('Raw output').click();
  await page.getByText('Exact messages sent').click();
  await assertClean(page);

  // History and the shared link, in a fresh context.
  await page.reload();
  await expect(page.getByTestId('history-item').first()).toContainText('<img src=x');
  await page.getByRole('button', { name: 'Share link…' }).click();
  const link = await page.getByTestId('share-url').inputValue();
  await assertClean(page);
  const ctx = await browser.newContext();
  const other = await ctx.newPage();
  await other.goto(link);
  await expect(other.getByLabel('Prompt')).toHaveValue(P);
  await expect(other.getByTestId('reasoning')).toContainText('<svg onload');
  await assertClean(other);
  await ctx.close();

  // The library shows saved principles as text.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Save…' }).click();
  await page.getByLabel('Name', { exact: true }).fill('<img src=x onerror="window.__pwned=1">');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.goto('/#/library');
  await expect(page.getByTestId('library-item')).toContainText('<img src=x onerror');
  await assertClean(page);

  // The HTML report escapes everything and carries a policy that forbids scripts.
  await page.goto('/#/playground');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'HTML report' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const html = readFileSync(file, 'utf8');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  const report = await browser.newPage();
  await report.setContent(html);
  expect(await report.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await report.close();
  expect(dialogs).toEqual([]);
});
