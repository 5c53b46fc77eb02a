import type { Page } from '@playwright/test';

/**
 * From the playground: saves `texts[0]` to the library as `name` (with `tags`), then each later text as a new version
 * of it. Leaves the last text in the principle field.
 */
export async function savePrincipleVersions(page: Page, name: string, texts: string[], tags?: string): Promise<void> {
  const principle = page.getByLabel('Principle', { exact: true });
  for (const [i, text] of texts.entries()) {
    await principle.fill(text);
    await page.getByRole('button', { name: 'Save…' }).click();
    if (i === 0) {
      await page.getByLabel('Name', { exact: true }).fill(name);
      if (tags) await page.getByLabel('Tags (comma-separated)').fill(tags);
    } else {
      await page.getByLabel('Save as').selectOption({ label: `New version of “${name}”` });
    }
    await page.getByRole('button', { name: 'Save', exact: true }).click();
  }
}
