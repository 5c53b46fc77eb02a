import { expect, type Page } from '@playwright/test';

/**
 * Clicks the Save dialog's Save and waits for the page's confirmation ("Saved "name" (version N).") and for the
 * dialog to close: until then the page behind the modal dialog is inert, and text filled into it is lost.
 */
export async function confirmSave(page: Page, name: string, version: number): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved "/ })).toHaveText(`Saved "${name}" (version ${version}).`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/**
 * From the playground: saves `texts[0]` to the library as `name` (with `tags`), then each later text as a new version
 * of it, each step once the previous save is confirmed. Leaves the last text in the principle field.
 */
export async function savePrincipleVersions(page: Page, name: string, texts: string[], tags?: string): Promise<void> {
  const principle = page.getByLabel('Principle', { exact: true });
  for (const [i, text] of texts.entries()) {
    await principle.fill(text);
    await expect(principle).toHaveValue(text);
    await page.getByRole('button', { name: 'Save…' }).click();
    if (i === 0) {
      await page.getByLabel('Name', { exact: true }).fill(name);
      if (tags) await page.getByLabel('Tags (comma-separated)').fill(tags);
    } else {
      await page.getByLabel('Save as').selectOption({ label: `New version of “${name}”` });
    }
    await confirmSave(page, name, i + 1);
  }
}
