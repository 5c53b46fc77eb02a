// The principle-suite screenshots (docs/principle-suites.md): a principle saved with two versions, three ranked cases
// (one ranked by a second person too) in its suite, run with both versions on the browser engine (scripted in the e2e
// build: shorter answers rank higher under a principle asking for concision), and the Library's suite section.
const VERSIONS = ['Prefer the concise answer.', 'Prefer the detailed, thorough answer.'];
const CASES = [
  { prompt: 'Why is the sky blue?', order: ['C', 'A', 'B'], rater: 'You' },
  { prompt: 'How do vaccines work?', order: ['B', 'A', 'C'], rater: 'You' },
  { prompt: 'What is a prime number?', order: ['A', 'C', 'B'], rater: 'You' },
  { prompt: 'What is a prime number?', order: ['C', 'A', 'B'], rater: 'Ana' },
];

async function rank(page, order) {
  const start = page.getByRole('button', { name: 'Rank the candidates myself' });
  if (await start.isVisible()) await start.click();
  for (const [i, name] of order.entries()) {
    await page.getByLabel(`Place of ${name}`).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(i + 1));
  }
  const save = page.getByRole('button', { name: 'Save my ranking' });
  if ((await save.count()) > 0) await save.click();
}

/** Takes `docs/screenshots/suite-<theme>.png` in a page whose browser model is loaded. */
export async function suiteScreenshots(page, base, theme) {
  const name = `Concise (${theme})`;
  await page.goto(`${base}/#/playground`);
  const principle = page.getByLabel('Principle', { exact: true });
  for (const [i, text] of VERSIONS.entries()) {
    await principle.fill(text);
    await page.getByRole('button', { name: 'Save…' }).click();
    if (i === 0) await page.getByLabel('Name', { exact: true }).fill(name);
    else await page.getByLabel('Save as').selectOption({ label: `New version of “${name}”` });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
  }
  for (const c of CASES) {
    await page.getByLabel('Prompt', { exact: true }).fill(c.prompt);
    await rank(page, c.order);
    await page.getByLabel('as rater').fill(c.rater);
    await page.getByRole('button', { name: `Add to the suite of “${name}”` }).click();
    await page.getByTestId('add-to-suite-outcome').getByText(/^Added /).waitFor();
  }
  await page.goto(`${base}/#/library`);
  const card = page.locator(`[data-testid="library-item"][aria-label="${name}"]`);
  await card.getByTestId('suite-details').locator('summary').click();
  const section = card.getByTestId('suite-section');
  for (const [v, label] of [[0, 'v1'], [1, 'v2']]) {
    await section.getByLabel('Version').selectOption({ label });
    await section.getByLabel('Engine').selectOption({ label: 'Browser model' });
    await section.getByRole('button', { name: 'Run the suite' }).click();
    await section.locator(`[data-testid="suite-run"][data-version="${v}"][data-status="done"]`).first().waitFor({ timeout: 120_000 });
  }
  await section.locator('[data-testid="suite-report"][data-intervals="ready"]').waitFor();
  await card.screenshot({ path: `docs/screenshots/suite-${theme}.png` });
}
