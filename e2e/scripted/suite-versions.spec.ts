import { readFileSync } from 'node:fs';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { savePrincipleVersions } from '../support/library.ts';
import { useServer } from '../support/server.ts';

test.setTimeout(180_000);

// The fixture server's judge ranks shorter answers first when the principle says "concise", longer ones otherwise.
// The example candidates by length: B < A < C. So v1 (concise) says B > A > C and v2 (detailed) C > A > B.
const V1 = 'Prefer the concise answer.';
const V2 = 'Prefer the detailed answer.';

/** Ranks the playground's candidates in `order` by typing their places, saves the ranking, adds it to the suite as `rater`. */
async function addCase(page: Page, prompt: string, order: string[], rater = 'You') {
  await page.getByLabel('Prompt', { exact: true }).fill(prompt);
  const start = page.getByRole('button', { name: 'Rank the candidates myself' });
  if (await start.isVisible()) await start.click();
  for (const [i, name] of order.entries()) {
    const place = page.getByLabel(`Place of ${name}`);
    await place.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(i + 1));
  }
  await expect(page.getByTestId('my-rank-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).resolves.toEqual(order);
  const save = page.getByRole('button', { name: 'Save my ranking' });
  if ((await save.count()) > 0) await save.click();
  await page.getByLabel('as rater').fill(rater);
  await page.getByRole('button', { name: /^Add to the suite of/ }).click();
}

const card = (page: Page, name: string) => page.locator(`[data-testid="library-item"][aria-label="${name}"]`);

async function openSuite(page: Page, name: string): Promise<Locator> {
  await page.goto('/#/library');
  const c = card(page, name);
  await c.getByTestId('suite-details').locator('summary').click();
  return c.getByTestId('suite-section');
}

async function runVersion(section: Locator, version: string) {
  await section.getByLabel('Version').selectOption({ label: version });
  await section.getByLabel('Engine').selectOption({ label: 'Server (Settings)' });
  await section.getByRole('button', { name: 'Run the suite' }).click();
  const v = Number(version.slice(1)) - 1;
  await expect(section.locator(`[data-testid="suite-run"][data-version="${v}"]`).first()).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
}

/** Serious or critical axe violations inside the suite section. */
async function axeOf(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-testid="suite-section"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The table of agreement per version, once its intervals are computed. */
async function figures(section: Locator): Promise<string[]> {
  await expect(section.getByTestId('suite-report')).toHaveAttribute('data-intervals', 'ready');
  return section.getByTestId('suite-version-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

test('a suite of three cases run with two versions through a server shows agreement per version, the changed cases and the diff; exported and imported it gives the same figures; two raters are calibrated', async ({ page }) => {
  await useServer(page);
  await page.goto('/#/playground');
  await savePrincipleVersions(page, 'Length', [V1, V2]);
  await addCase(page, 'Case one', ['B', 'A', 'C']);
  await expect(page.getByTestId('add-to-suite-outcome')).toHaveText('Added this case to the suite of “Length”.');
  await addCase(page, 'Case two', ['C', 'A', 'B']);
  await expect(page.getByTestId('add-to-suite-outcome')).toHaveText('Added this case to the suite of “Length”.');
  await addCase(page, 'Case three', ['A', 'B', 'C']);
  await expect(page.getByTestId('add-to-suite-outcome')).toHaveText('Added this case to the suite of “Length”.');
  // A second person ranks the third case.
  await addCase(page, 'Case three', ['B', 'A', 'C'], 'Ana');
  await expect(page.getByTestId('add-to-suite-outcome')).toHaveText('Added the ranking by “Ana” to this case in the suite of “Length”.');

  const section = await openSuite(page, 'Length');
  await expect(section.getByTestId('suite-case')).toHaveCount(3);
  await runVersion(section, 'v1');
  await runVersion(section, 'v2');

  // v1 orders case one fully right (3 of 3 pairs), case two fully wrong, case three 2 of 3: 5 of 9. v2: 0 + 3 + 1 = 4 of 9.
  const rows = await figures(section);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatch(/^v1 56% \[\d+–\d+\]/);
  expect(rows[1]).toMatch(/^v2 44% \[\d+–\d+\]/);
  // v1's best is B: the person's best on case one only; v2's is C: case two only.
  await expect(section.getByTestId('suite-top1')).toHaveText([/^33%/, /^33%/]);

  const changed = section.getByTestId('changed-case');
  await expect(changed).toHaveCount(3);
  await expect(changed.nth(0)).toHaveAttribute('data-kind', 'regression');
  await expect(changed.nth(0)).toContainText('“Case one”: 100% → 0%');
  await expect(changed.nth(1)).toContainText('“Case three”: 67% → 33%');
  await expect(changed.nth(2)).toHaveAttribute('data-kind', 'improvement');
  await expect(changed.nth(2)).toContainText('“Case two”: 0% → 100%');
  await expect(section.getByTestId('suite-text-diff').locator('del')).toHaveText('concise');
  await expect(section.getByTestId('suite-text-diff').locator('ins')).toHaveText('detailed');

  // You A > B > C and Ana B > A > C on case three: one discordant pair of three, τ-b = 1/3.
  const calibration = section.getByTestId('rater-calibration');
  await expect(calibration.getByTestId('rater-tau')).toHaveText(/^0\.33/);
  await expect(calibration.getByTestId('model-vs-rater')).toHaveCount(2);
  const calibrationText = await calibration.innerText();
  for (const theme of ['light', 'dark']) {
    await page.getByLabel('Theme').selectOption(theme);
    expect(await axeOf(page)).toEqual([]);
  }

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export suite (JSONL)' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);

  // The same principle saved again under another name: its suite imported from the file gives the same figures.
  await page.goto('/#/playground');
  await savePrincipleVersions(page, 'Length again', [V1, V2]);
  const copy = await openSuite(page, 'Length again');
  await copy.getByTestId('suite-import').setInputFiles(file);
  await expect(copy.getByTestId('suite-file-message')).toContainText('3 cases added');
  await runVersion(copy, 'v1');
  await runVersion(copy, 'v2');
  expect(await figures(copy)).toEqual(rows);
  expect(await copy.getByTestId('rater-calibration').innerText()).toBe(calibrationText);
});
