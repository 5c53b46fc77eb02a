import { test, expect } from '@playwright/test';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { confirmSave, savePrincipleVersions } from '../support/library.ts';

test('save a principle, save a new version, read the diff, use it in the playground', async ({ page }) => {
  await page.goto('/#/playground');
  await savePrincipleVersions(page, 'Correctness', ['Prefer correct answers.', 'Prefer correct answers, then concise ones.'], 'content, teaching');

  await page.goto('/#/library');
  const item = page.getByTestId('library-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('2 versions');
  await item.getByText('Version history').click();
  await expect(item.getByTestId('version-diff').locator('ins')).toContainText('then concise ones');

  await page.getByLabel('Search the library').fill('nothing like this');
  await expect(page.getByTestId('library-item')).toHaveCount(0);
  await page.getByLabel('Search the library').fill('');
  await page.getByLabel('Filter by tag').selectOption('teaching');
  await expect(page.getByTestId('library-item')).toHaveCount(1);

  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByTestId('library-item')).toHaveCount(2);

  await page.getByTestId('library-item').first().getByRole('button', { name: 'Use in playground' }).click();
  await expect(page.getByLabel('Principle', { exact: true })).toHaveValue('Prefer correct answers, then concise ones.');
});

test('importing a half-broken library keeps the valid principles and lists the bad ones; export round-trips', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'lib-'));
  const file = join(dir, 'lib.json');
  writeFileSync(file, JSON.stringify({ kind: 'rewardanything-library', version: 1, principles: [{ name: 'Good', text: 'Be kind.' }, { name: 'Broken' }, 42] }));
  await page.goto('/#/library');
  await page.getByTestId('library-import').setInputFiles(file);
  const msg = page.getByTestId('library-message');
  await expect(msg).toContainText('Merged 1 principle');
  await expect(msg).toContainText('1 added: “Good”');
  await expect(msg).toContainText('principle 2: has no "text"');
  await expect(msg).toContainText('principle 3: not an object');
  await expect(page.getByTestId('library-item')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const path = await (await download).path();
  await page.getByTestId('library-item').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Really delete' }).click();
  await expect(page.getByTestId('library-item')).toHaveCount(0);
  await page.getByTestId('library-import').setInputFiles(path);
  await expect(page.getByTestId('library-item')).toContainText('Be kind.');

  writeFileSync(file, '{ not json');
  await page.getByTestId('library-import').setInputFiles(file);
  await expect(msg).toContainText('is not valid JSON');
  await expect(page.getByTestId('library-item')).toHaveCount(1);
});

test('re-importing an older export merges: the newer versions stay, and the user reads what was added, already there and in conflict', async ({ page }) => {
  await page.goto('/#/playground');
  const principle = page.getByLabel('Principle', { exact: true });
  const saveVersion = async (text: string, version: number) => {
    await principle.fill(text);
    await expect(principle).toHaveValue(text);
    await page.getByRole('button', { name: 'Save…' }).click();
    if (version === 1) await page.getByLabel('Name', { exact: true }).fill('Mine');
    else await page.getByLabel('Save as').selectOption({ label: 'New version of “Mine”' });
    await confirmSave(page, 'Mine', version);
  };
  await saveVersion('Version one.', 1);
  await page.goto('/#/library');
  await expect(page.getByTestId('library-item')).toContainText('1 version');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const oldExport = await (await download).path();

  await page.goto('/#/playground');
  await saveVersion('Version two.', 2);
  await saveVersion('Version three.', 3);
  await page.goto('/#/library');
  const item = page.getByTestId('library-item');
  await expect(item).toContainText('3 versions');

  // The old export, plus a principle of the same name from elsewhere and a new one.
  const dir = mkdtempSync(join(tmpdir(), 'lib-'));
  const other = join(dir, 'other.json');
  writeFileSync(other, JSON.stringify({ kind: 'rewardanything-library', version: 1, principles: [{ id: 'elsewhere', name: 'Mine', text: 'Someone else’s.' }, { name: 'Fresh', text: 'New here.' }] }));
  await page.getByTestId('library-import').setInputFiles(oldExport);
  const msg = page.getByTestId('library-message');
  await expect(msg).toContainText('1 already here, unchanged: “Mine”');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('3 versions');
  await expect(item).toContainText('Version three.');

  await page.getByTestId('library-import').setInputFiles(other);
  await expect(msg).toContainText('1 added: “Fresh”');
  await expect(msg).toContainText('Conflict, “Mine”');
  await expect(msg).toContainText('Mine (imported)');
  await expect(item).toHaveCount(3);
  await expect(page.getByTestId('library-item').filter({ hasText: 'Version three.' })).toContainText('3 versions');
});

test('from a saved principle to a runnable training snippet in two clicks, with no API key inside', async ({ page }) => {
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('Prefer answers that cite a source — "quoted" and ünïcode.');
  await page.getByRole('button', { name: 'Save…' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.goto('/#/library');
  await page.getByRole('button', { name: 'Use in training…' }).click(); // click 1
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('tab').first()).toBeVisible();
  const code = dialog.getByRole('tabpanel').locator('pre');
  await expect(code).toContainText('ünïcode');
  await expect(code).not.toContainText('sk-');
  await dialog.getByRole('tab', { name: /TRL/ }).click();
  await expect(code).toContainText('def ');
  await expect(code).toContainText('OPENAI_API_KEY');
  await expect(dialog.getByRole('button', { name: /Copy/ }).first()).toBeVisible(); // click 2 copies
});
