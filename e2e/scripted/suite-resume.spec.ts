import { test, expect, type Page } from '@playwright/test';
import { savePrincipleVersions } from '../support/library.ts';
import { useServer } from '../support/server.ts';

test.setTimeout(120_000);

const row = (id: string, prompt: string) =>
  JSON.stringify({ id, principle: 'x', prompt, responses: { A: 'short', B: 'a longer answer', C: 'the longest answer of the three' }, gt: { 'best-to-worst': ['A', 'B', 'C'] }, rater: 'You' });

async function openSuite(page: Page) {
  await page.goto('/#/library');
  await page.getByTestId('suite-details').locator('summary').click();
  return page.getByTestId('suite-section');
}

test('a suite run cut off by a reload is kept and resumes with the cases it lacks; another tab sees it running and cannot take it', async ({ page, context }) => {
  // fault-slow: 50 ms between tokens, so each case takes a few seconds.
  await useServer(page, { model: 'fault-slow' });
  await page.goto('/#/playground');
  await savePrincipleVersions(page, 'Short', ['Prefer the concise answer.']);
  const section = await openSuite(page);
  const file = [row('c1', 'One'), row('c2', 'Two'), row('c3', 'Three')].join('\n');
  await section.getByTestId('suite-import').setInputFiles({ name: 'three.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(file) });
  await expect(section.getByTestId('suite-case')).toHaveCount(3);

  await section.getByLabel('Engine').selectOption({ label: 'Server (Settings)' });
  await section.getByRole('button', { name: 'Run the suite' }).click();
  const run = section.getByTestId('suite-run');
  await expect(run).toHaveAttribute('data-status', 'running');

  const other = await context.newPage();
  const elsewhere = await openSuite(other);
  await expect(elsewhere.getByTestId('suite-run')).toContainText('running in another tab');
  await expect(elsewhere.getByRole('button', { name: 'Resume' })).toHaveCount(0);
  await other.close();

  await page.reload();
  const again = await openSuite(page);
  const cut = again.getByTestId('suite-run');
  await expect(cut).toHaveAttribute('data-status', 'paused');
  await expect(cut).toContainText('The run was cut off');
  await again.getByRole('button', { name: 'Resume' }).click();
  await expect(cut).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(cut).toContainText('3 of 3 cases');
  // The scripted judge ranks the shortest first, as the person did: full agreement.
  await expect(again.getByTestId('suite-pairwise')).toHaveText(/^100%/);
});
