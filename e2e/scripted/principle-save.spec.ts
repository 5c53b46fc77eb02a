import { test, expect, type Page } from '@playwright/test';
import { confirmSave } from '../support/library.ts';

/**
 * Another connection keeps a readwrite transaction on the library's store busy until `release` is called: the app's
 * write waits, as on a slow disk or a loaded machine.
 */
async function holdLibraryWrites(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { __releaseLibrary?: boolean };
        w.__releaseLibrary = false;
        const req = indexedDB.open('rewardanything-playground');
        req.onsuccess = () => {
          const store = req.result.transaction('principles', 'readwrite').objectStore('principles');
          const spin = () => {
            if (!w.__releaseLibrary) store.count().onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
  return () => page.evaluate(() => void ((window as unknown as { __releaseLibrary?: boolean }).__releaseLibrary = true));
}

test('a save that waits for storage says so and claims nothing until stored; the next text typed is the next version', async ({ page }) => {
  await page.goto('/#/playground');
  const principle = page.getByLabel('Principle', { exact: true });
  await principle.fill('Prefer the concise answer.');
  await page.getByRole('button', { name: 'Save…' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Length');
  const release = await holdLibraryWrites(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const busy = page.getByRole('button', { name: 'Saving…' });
  await expect(busy).toBeDisabled();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Saved "/ })).toHaveCount(0);
  await release();
  await expect(page.getByRole('status').filter({ hasText: /^Saved "/ })).toHaveText('Saved "Length" (version 1).');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await principle.fill('Prefer the detailed answer.');
  await page.getByRole('button', { name: 'Save…' }).click();
  await page.getByLabel('Save as').selectOption({ label: 'New version of “Length”' });
  await confirmSave(page, 'Length', 2);
  await page.goto('/#/library');
  await expect(page.getByTestId('library-item')).toContainText('2 versions');
});

test('saving the text a principle already has, as a new version of it, stores nothing and says so in the open dialog', async ({ page }) => {
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('Prefer the concise answer.');
  await page.getByRole('button', { name: 'Save…' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Length');
  await confirmSave(page, 'Length', 1);

  await page.getByRole('button', { name: 'Save…' }).click();
  await page.getByLabel('Save as').selectOption({ label: 'New version of “Length”' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('save-unchanged')).toHaveText('Nothing new to save: “Length” already has this text (version 1).');
  await expect(dialog).toBeVisible();
  // The earlier confirmation is not repeated as if this save had stored something.
  await expect(page.getByRole('status').filter({ hasText: /^Saved "/ })).toHaveText('Saved "Length" (version 1).');
  await page.keyboard.press('Escape');
  await page.goto('/#/library');
  await expect(page.getByTestId('library-item')).toContainText('1 version');
});
