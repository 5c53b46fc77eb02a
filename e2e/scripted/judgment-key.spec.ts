import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { test, expect, type Page } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';

/** The masking key as the scores table shows it: real name → the masked name the model saw. */
async function keyFromScores(page: Page): Promise<Map<string, string>> {
  const rows = page.getByTestId('score-row');
  const out = new Map<string, string>();
  for (const row of await rows.all()) out.set((await row.getAttribute('data-name'))!, (await row.getByTestId('masked-name').textContent())!.trim());
  return out;
}

async function runAndWait(page: Page, principle: string) {
  await page.getByLabel('Principle', { exact: true }).fill(principle);
  await page.getByRole('button', { name: /Run judgment/ }).click();
}

test('the reasoning shows the user’s name beside each masked name, live and final, tied to the cards and scores', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await runAndWait(page, 'Prefer detail. [[token-delay:25]]');
  const running = page.locator('[data-testid="judgment"][data-status="running"]');
  await expect(running.getByTestId('name-chip').first()).toHaveText(/^model-\d · [ABC]$/, { timeout: 15_000 });
  await expect(running.getByTestId('masked-name').first()).toHaveText(/^model-\d$/);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  // Every chip names the candidate the key says, and what the model says of it is true of that candidate.
  const key = await keyFromScores(page);
  expect([...key.values()].sort()).toEqual(['model-1', 'model-2', 'model-3']);
  const lengths = new Map<string, number>();
  for (const c of await page.getByTestId('candidate').all()) {
    lengths.set(await c.getByRole('textbox').first().inputValue(), (await c.getByRole('textbox').nth(1).inputValue()).length);
  }
  const reasoning = (await page.getByTestId('reasoning').textContent())!;
  const claims = [...reasoning.matchAll(/(model-\d) · ([ABC]) is (\d+) characters long/g)];
  expect(claims).toHaveLength(3);
  for (const [, masked, real, n] of claims) {
    expect(key.get(real!)).toBe(masked);
    expect(lengths.get(real!)).toBe(Number(n));
  }

  // Pointing at a chip highlights that candidate's card and score row; pointing at a card highlights its chips.
  const chip = page.getByTestId('name-chip').filter({ hasText: '· A' }).first();
  await chip.hover();
  await expect(page.getByRole('listitem', { name: 'Candidate A' })).toHaveAttribute('data-highlighted', 'true');
  await expect(page.locator('[data-testid="score-row"][data-name="A"]')).toHaveAttribute('data-highlighted', 'true');
  await expect(page.getByRole('listitem', { name: 'Candidate B' })).not.toHaveAttribute('data-highlighted', 'true');
  await page.mouse.move(0, 0); // from here on, the keyboard points
  await page.getByLabel('Text of candidate B').focus();
  const chipsB = page.locator('[data-testid="name-chip"][data-real="B"]');
  await expect(chipsB.first()).toHaveAttribute('data-highlighted', 'true');
  await expect(page.locator('[data-testid="name-chip"][data-real="A"]').first()).not.toHaveAttribute('data-highlighted', 'true');
  await chip.focus();
  await expect(page.locator('[data-testid="score-row"][data-name="A"]')).toHaveAttribute('data-highlighted', 'true');

  // The raw text is exactly what the model wrote; the record is not rewritten.
  await page.getByLabel('Raw text').check();
  await expect(page.getByTestId('name-chip')).toHaveCount(0);
  const rawReasoning = (await page.getByTestId('reasoning').textContent())!;
  expect(rawReasoning).toMatch(/model-\d is \d+ characters long/);
  expect(rawReasoning).not.toContain(' · ');
  await page.getByText('Raw output').click();
  expect(await page.getByTestId('raw-output').textContent()).toContain(rawReasoning.trim());

  // The HTML report carries the key and marks the names too.
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'HTML report' }).click();
  const html = readFileSync((await (await dl).path())!, 'utf8');
  expect(html).toContain('<th>Model saw</th>');
  expect(html).toContain(`<mark>${key.get('A')} · A</mark>`);
});

test('a share link with its result opens in a fresh browser showing what the sender saw: no false errors, not stale', async ({ page, browser }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await runAndWait(page, 'Prefer detail.');
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('diagnostics-clean')).toBeVisible();
  const senderKey = await keyFromScores(page);
  const senderReasoning = await page.getByTestId('reasoning').textContent();
  await page.getByRole('button', { name: 'Share link…' }).click();
  await expect(page.getByLabel('Include the result (reasoning, scores, ranking)')).toBeChecked();
  const link = await page.getByTestId('share-url').inputValue();

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('shared-notice')).toContainText('with its result');
  await expect(fresh.getByTestId('judgment')).toHaveAttribute('data-status', 'done');
  await expect(fresh.getByTestId('diagnostics-clean')).toBeVisible();
  await expect(fresh.getByTestId('diagnostics')).toHaveCount(0);
  await expect(fresh.getByTestId('stale-label')).toHaveCount(0);
  expect(await keyFromScores(fresh)).toEqual(senderKey);
  await expect(fresh.getByTestId('reasoning')).toHaveText(senderReasoning!);
  await context.close();
});

test('the record keeps the messages it sent; an older record without them says they are rebuilt', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await runAndWait(page, 'Prefer detail.');
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = JSON.parse(readFileSync((await (await dl).path())!, 'utf8'));
  expect(file.judgment.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);

  // A record made by an older version sent another system prompt: the view shows what was sent, not today's.
  const dir = mkdtempSync(join(tmpdir(), 'judgment-'));
  const older = structuredClone(file);
  older.judgment.messages[0].content = 'The system prompt of an older version.';
  writeFileSync(join(dir, 'older.json'), JSON.stringify(older));
  const without = structuredClone(file);
  delete without.judgment.messages;
  writeFileSync(join(dir, 'without.json'), JSON.stringify(without));

  await page.getByTestId('open-file').setInputFiles(join(dir, 'older.json'));
  await expect(page.getByTestId('open-file-message')).toContainText('Opened the judgment');
  await page.getByText('Exact messages sent').click();
  await expect(page.getByTestId('message-system')).toHaveText('The system prompt of an older version.');
  await expect(page.getByTestId('messages-rebuilt')).toHaveCount(0);

  await page.getByTestId('open-file').setInputFiles(join(dir, 'without.json'));
  await expect(page.getByTestId('messages-rebuilt')).toContainText('rebuilt below from its inputs');
  await expect(page.getByTestId('message-system')).not.toHaveText('The system prompt of an older version.');
});
