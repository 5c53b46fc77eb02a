import { test, expect } from '@playwright/test';
import { savePrincipleVersions } from '../support/library.ts';

test.setTimeout(90_000);

test('a ranked playground case is added to a saved principle’s suite by keyboard; the same case twice is refused, saying why', async ({ page }) => {
  await page.goto('/#/playground');
  await savePrincipleVersions(page, 'Concise', ['Prefer the concise answer.']);
  await page.getByRole('button', { name: 'Rank the candidates myself' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save my ranking' }).focus();
  await page.keyboard.press('Enter');
  const add = page.getByRole('button', { name: 'Add to the suite of “Concise”' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('add-to-suite-outcome')).toHaveText('Added this case to the suite of “Concise”.');
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('add-to-suite-outcome')).toContainText('The suite already holds this prompt with these candidates');
});
