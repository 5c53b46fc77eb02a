import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { loadScriptedModel, watchErrors } from '../support/app.ts';
import { savePrincipleVersions } from '../support/library.ts';

test.setTimeout(90_000);

/** axe's WCAG 2.1 AA violations in `selector`, in the light and the dark theme. */
async function axeInBothThemes(page: Page, selector: string): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
    const r = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    found.push(...r.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  }
  return found;
}

test('a comparison of two principles goes into a new deck as one case with both, each replayable', async ({ page }) => {
  const errors = watchErrors(page);
  await loadScriptedModel(page);
  await page.goto('/#/compare');
  await page.getByLabel('Principle 1').fill('Prefer the most detailed, thorough answer.');
  await page.getByLabel('Principle 2').fill('Prefer the most concise answer.');
  await page.getByRole('button', { name: /Run 2 judgments/ }).click();
  await expect(page.getByTestId('compare-summary')).toHaveAttribute('data-winner-changed', 'true', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Add to a deck…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add this comparison to a deck' });
  await expect(dialog).toContainText('with its 2 principles: 2 of them keep their judgment as a recording');
  await expect(dialog.getByLabel('Deck')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Add to deck', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Added the case with 2 principles to “New deck”.');
  await page.keyboard.press('Escape');

  await page.goto('/#/decks');
  const deck = page.getByTestId('deck').filter({ has: page.getByRole('textbox', { name: 'Title of the deck' }) });
  await expect(deck).toHaveCount(1);
  await expect(deck.getByTestId('deck-summary')).toHaveText('1 cases · 2 of 2 principles recorded (replay without a model)');
  const kase = deck.getByTestId('deck-case');
  await expect(kase).toContainText('Prefer the most detailed, thorough… (recorded with');
  await expect(kase).toContainText(' vs Prefer the most concise answer. (recorded with');
  expect(await axeInBothThemes(page, '[data-testid="decks-page"]')).toEqual([]);

  // Presented: the two principles replay with their different rankings.
  await deck.getByRole('button', { name: 'Present', exact: true }).click();
  await page.keyboard.press('v');
  const first = await page.getByTestId('present-ranking').textContent();
  await page.keyboard.press('p');
  await page.keyboard.press('v');
  await expect(page.getByTestId('present-ranking')).toHaveText(/^Ranking: /);
  await expect(page.getByTestId('present-ranking')).not.toHaveText(first!);
  expect(errors).toEqual([]);
});

test('from the Library: a suite case and a principle card go into a deck under their principle and a contrast', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#/playground');
  await savePrincipleVersions(page, 'Concise', ['Prefer the concise answer.']);
  await savePrincipleVersions(page, 'Thorough', ['Prefer the thorough answer.']);
  await page.getByRole('button', { name: 'Rank the candidates myself' }).click();
  await page.getByRole('button', { name: 'Save my ranking' }).click();
  await page.getByRole('button', { name: 'Add to the suite of “Thorough”' }).click();
  await expect(page.getByTestId('add-to-suite-outcome')).toHaveText('Added this case to the suite of “Thorough”.');

  await page.goto('/#/library');
  const thorough = page.getByTestId('library-item').filter({ has: page.getByRole('heading', { name: 'Thorough' }) });
  await thorough.getByTestId('suite-details').locator('summary').click();
  await thorough.getByRole('button', { name: /^Add to a deck… the case “.*”$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Add this suite case to a deck' });
  // The other principles of the library are offered to contrast with.
  await expect(dialog.locator('datalist option')).toHaveAttribute('value', 'Prefer the concise answer.');
  await dialog.getByLabel('Principle to contrast with').fill('Prefer the concise answer.');
  await dialog.getByRole('button', { name: 'Add to deck', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Added the case to “New deck”.');
  expect(await axeInBothThemes(page, 'dialog[open]')).toEqual([]);
  await page.keyboard.press('Escape');

  const concise = page.getByTestId('library-item').filter({ has: page.getByRole('heading', { name: 'Concise' }) });
  await concise.getByRole('button', { name: 'Add to a deck…' }).click();
  const second = page.getByRole('dialog', { name: 'Add “Concise” to a deck' });
  await second.getByLabel('Deck').selectOption({ label: 'New deck' });
  await second.getByLabel('Principle to contrast with').fill('Prefer the thorough answer.');
  await second.getByRole('button', { name: 'Add to deck', exact: true }).click();
  await expect(second.getByRole('status')).toContainText('Added the Playground’s case under it.');
  await page.keyboard.press('Escape');

  await page.goto('/#/decks');
  const deck = page.getByTestId('deck').filter({ has: page.getByRole('textbox', { name: 'Title of the deck' }) });
  await expect(deck).toHaveCount(1);
  const cases = deck.getByTestId('deck-case');
  await expect(cases).toHaveCount(2);
  await expect(cases.nth(0)).toContainText('Thorough vs Prefer the concise answer.');
  await expect(cases.nth(1)).toContainText('Concise vs Prefer the thorough answer.');
  await deck.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByTestId('present-principle-text')).toHaveText('Prefer the thorough answer.');
  await page.keyboard.press('p');
  await expect(page.getByTestId('present-principle-text')).toHaveText('Prefer the concise answer.');
  expect(errors).toEqual([]);
});
