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

test('the Library lists a principle’s suite; a case is removed with undo; the suite exports as RABench JSONL; an import merges good rows and lists bad ones by line', async ({ page }) => {
  await page.goto('/#/playground');
  await savePrincipleVersions(page, 'Concise', ['Prefer the concise answer.']);
  await page.getByRole('button', { name: 'Rank the candidates myself' }).click();
  await page.getByRole('button', { name: 'Save my ranking' }).click();
  await page.getByRole('button', { name: 'Add to the suite of “Concise”' }).click();
  await expect(page.getByTestId('add-to-suite-outcome')).toHaveText('Added this case to the suite of “Concise”.');

  await page.goto('/#/library');
  await page.getByTestId('suite-details').locator('summary').click();
  const section = page.getByTestId('suite-section');
  await expect(section.getByRole('heading', { level: 4 })).toHaveText('Test suite · 1 case');
  const row = section.getByTestId('suite-case');
  await expect(row).toContainText('3 candidates');
  await expect(row).toContainText('ranked by You');

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export suite (JSONL)' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const exported = readFileSync(file, 'utf8');
  const rowJson = JSON.parse(exported.trim()) as { principle: string; rater: string; gt: { 'best-to-worst': string[] }; responses: Record<string, string> };
  expect(rowJson.principle).toBe('Prefer the concise answer.');
  expect(rowJson.rater).toBe('You');
  expect(Object.keys(rowJson.responses)).toHaveLength(3);
  await expect(section.getByTestId('suite-file-message')).toHaveText('Exported 1 case as RABench JSONL.');

  await section.getByRole('button', { name: /^Remove the case/ }).click();
  await expect(section.getByRole('heading', { level: 4 })).toHaveText('Test suite · 0 cases');
  await page.getByRole('status').filter({ hasText: 'Removed the case' }).getByRole('button', { name: 'Undo' }).click();
  await expect(section.getByRole('heading', { level: 4 })).toHaveText('Test suite · 1 case');

  // The same row again (kept: nothing overwritten), a new case, and two bad lines.
  const fresh = JSON.stringify({ id: 'new-1', principle: 'x', prompt: 'Another prompt', responses: { A: 'one', B: 'two words' }, gt: { scores: { A: 1, B: 2 } }, rater: 'Ana' });
  const oneCandidate = JSON.stringify({ id: 'bad-1', principle: 'x', prompt: 'p', responses: { A: 'only' }, gt: { scores: { A: 1 } } });
  const plain = JSON.stringify({ id: 'plain-1', principle: 'x', prompt: 'A plain RABench row', responses: { A: 'one', B: 'two words' }, gt: { 'best-to-worst': ['B', 'A'] } });
  const text = `${exported.trim()}\n${fresh}\n{not json\n${oneCandidate}\n${plain}\n`;
  await section.getByLabel('Rater of rows naming none').fill('Bo');
  await section.getByTestId('suite-import').setInputFiles({ name: 'mixed.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(text) });
  const msg = section.getByTestId('suite-file-message');
  await expect(msg).toContainText('Merged mixed.jsonl into the suite: 2 cases added, 1 ranking the suite already had kept as they were; nothing was overwritten. 2 lines refused:');
  await expect(msg.getByRole('listitem').nth(0)).toContainText('line 3: not valid JSON');
  await expect(msg.getByRole('listitem').nth(1)).toContainText('line 4:');
  await expect(section.getByRole('heading', { level: 4 })).toHaveText('Test suite · 3 cases');
  await expect(section.getByTestId('suite-case').nth(1)).toContainText('ranked by Ana');
  await expect(section.getByTestId('suite-case').nth(2)).toContainText('ranked by Bo');
});
