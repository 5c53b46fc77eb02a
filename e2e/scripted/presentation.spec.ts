import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { loadScriptedModel, watchErrors, SCRIPTED_MODEL } from '../support/app.ts';
import { useServer } from '../support/server.ts';

test.setTimeout(120_000);

interface DeckDoc {
  kind: string;
  deck: { title: string; cases: Array<{ principles: Array<{ text: string; recording?: { modelId: string; deltas: Array<[number, string]> } }> }> };
}

/** Saves what a click downloads and reads it. */
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await d.path(), 'utf8');
}

async function axeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include('[data-testid="present"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const ranking = (page: Page) => page.getByTestId('present-ranking');

test('a judgment opens in presentation mode; a deck made of it contrasts two principles, with a server', async ({ page }) => {
  const errors = watchErrors(page);
  await useServer(page);
  await page.goto('/#/playground');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page).toHaveURL(/#\/present/);
  const present = page.getByTestId('present');
  await expect(present.getByTestId('present-candidate')).toHaveCount(3);
  await expect(page.getByTestId('present-source')).toContainText('press Y to replay');
  await page.keyboard.press('v');
  await expect(ranking(page)).toHaveText('Ranking: B > A > C');
  await expect(page.getByTestId('present-source')).toHaveText(/^Replay — recorded with rewardanything-8b on \d{4}-\d\d-\d\d$/);
  await expect(present.getByTestId('present-mention').first()).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
    expect(await axeViolations(page)).toEqual([]);
  }

  // A deck of it, with a second principle: switching principle and judging live changes the ranking.
  await page.goto('/#/playground');
  await page.getByRole('button', { name: 'Add to a deck…' }).click();
  await page.getByLabel('Principle to contrast with').fill('Prefer the most detailed, thorough answer.');
  await page.getByRole('button', { name: 'Add to deck', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added.' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto('/#/decks');
  const mine = page.getByTestId('deck').nth(1);
  await expect(mine.getByTestId('deck-summary')).toHaveText('1 cases · 1 of 2 principles recorded (replay without a model)');
  await mine.getByRole('button', { name: 'Present', exact: true }).click();
  await page.keyboard.press('p');
  await expect(page.getByTestId('present-principle-text')).toHaveText('Prefer the most detailed, thorough answer.');
  await expect(page.getByTestId('present-source')).toContainText('No recording: runs live');
  await page.keyboard.press('r');
  await expect(page.getByTestId('present-result')).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
  await expect(ranking(page)).toHaveText('Ranking: C > A > B');
  await expect(page.getByTestId('present-source')).toHaveText('Live — rewardanything-8b');
  await page.keyboard.press('p');
  await page.keyboard.press('v');
  await expect(ranking(page)).toHaveText('Ranking: B > A > C');

  // Export the deck (the live run is now its second recording), delete it, import it back.
  await page.goto('/#/decks');
  await expect(mine.getByTestId('deck-summary')).toHaveText('1 cases · 2 of 2 principles recorded (replay without a model)');
  const file = await download(page, () => mine.getByRole('button', { name: 'Export deck' }).click());
  const doc = JSON.parse(file) as DeckDoc;
  expect(doc.kind).toBe('rewardanything-deck');
  expect(doc.deck.cases[0]!.principles.map((p) => p.recording?.modelId)).toEqual(['rewardanything-8b', 'rewardanything-8b']);
  await mine.getByRole('button', { name: 'Delete deck' }).click();
  await expect(page.getByTestId('deck')).toHaveCount(1);
  await page.getByTestId('deck-import-input').setInputFiles({ name: 'lesson.deck.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByTestId('deck-import-report')).toContainText('Added the deck');
  await expect(page.getByTestId('deck')).toHaveCount(2);
  // Importing it again adds nothing (merge, never a duplicate or an overwrite).
  await page.getByTestId('deck-import-input').setInputFiles({ name: 'lesson.deck.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByTestId('deck-import-report')).toContainText('already among your decks');
  await expect(page.getByTestId('deck')).toHaveCount(2);

  // The hand-out: a page with no script, every case with its principles and rankings.
  const html = await download(page, () => page.getByTestId('deck').nth(1).getByRole('button', { name: 'Hand-out (HTML)' }).click());
  expect(html).not.toMatch(/<script/i);
  expect(errors).toEqual([]);
  // Opened as a student would, as a file of its own (outside the app and its policy).
  const handout = await page.context().newPage();
  const handoutErrors = watchErrors(handout);
  await handout.setContent(html);
  await expect(handout.locator('pre', { hasText: 'Prefer the most detailed, thorough answer.' })).toBeVisible();
  await expect(handout.locator('table').first()).toContainText('#1B');
  await expect(handout.locator('table').nth(1)).toContainText('#1C');
  expect(handoutErrors).toEqual([]);
});

test('the starter deck, stepped through by keyboard only', async ({ page }) => {
  await page.goto('/#/playground');
  // The app's keys work once it is on screen.
  await expect(page.getByRole('heading', { name: 'Playground' })).toBeVisible();
  await page.keyboard.press('Alt+8');
  await expect(page).toHaveURL(/#\/present/);
  const start = page.getByRole('button', { name: /^Present “Starter deck/ });
  for (let i = 0; i < 40 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const position = page.getByTestId('present-position');
  await expect(position).toHaveText('Case 1 of 8: Concision vs completeness');
  await expect(page.getByTestId('present-source')).toContainText('No recording: runs live');
  await page.keyboard.press('ArrowRight');
  await expect(position).toContainText('Case 2 of 8');
  await page.keyboard.press('PageDown');
  await expect(position).toContainText('Case 3 of 8: Safety refusal vs helpfulness');
  const principle = page.getByTestId('present-principle-text');
  const first = await principle.textContent();
  await page.keyboard.press('p');
  await expect(principle).not.toHaveText(first!);
  await page.keyboard.press('p');
  await expect(principle).toHaveText(first!);
  const order = () => page.getByTestId('present-candidate').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
  const before = await order();
  await page.keyboard.press('s');
  await expect.poll(order).not.toEqual(before);
  expect([...(await order())].sort()).toEqual([...before].sort());
  await page.keyboard.press('ArrowLeft');
  await expect(position).toContainText('Case 2 of 8');
  await page.keyboard.press('?');
  const list = page.getByTestId('shortcuts');
  for (const label of ['Next case', 'Previous case', 'Switch to the next principle', 'Run the judgment live', 'Replay the recording', 'Reveal', 'Shuffle', 'raw output']) await expect(list).toContainText(label);
  await expect(list.locator('[data-command="present-next"] th')).toHaveText('→ or Page Down');
});

test('a recorded judgment replays with no engine loaded, piece by piece in the recorded order, at 1× and 4×', async ({ page }) => {
  const errors = watchErrors(page);
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await page.getByLabel('Principle', { exact: true }).fill('Prefer the concise answer. [[token-delay:15]]');
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Add to a deck…' }).click();
  await page.getByRole('button', { name: 'Add to deck', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added.' })).toBeVisible();

  // A fresh page: nothing is loaded in the browser engine, and no server is set.
  await page.reload();
  await page.goto('/#/models');
  await expect(page.getByTestId('load-status')).not.toHaveAttribute('data-status', 'ready');
  await page.goto('/#/decks');
  const file = await download(page, () => page.getByTestId('deck').nth(1).getByRole('button', { name: 'Export deck' }).click());
  const recorded = (JSON.parse(file) as DeckDoc).deck.cases[0]!.principles[0]!.recording!;
  expect(recorded.deltas.length).toBeGreaterThan(20);
  const pieces = recorded.deltas.map(([, t]) => t);
  await page.getByTestId('deck').nth(1).getByRole('button', { name: 'Present', exact: true }).click();
  await page.keyboard.press('o');

  for (const speed of [1, 4]) {
    while ((await page.getByTestId('present-speed').textContent()) !== `Speed ${speed}× (X)`) await page.keyboard.press('x');
    // Every state of the raw output the replay shows, as the user sees it.
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[]; seenObserver?: MutationObserver };
      w.seen = [];
      w.seenObserver?.disconnect();
      w.seenObserver = new MutationObserver(() => {
        const t = document.querySelector('[data-testid="present-raw"]')?.textContent ?? null;
        if (t !== null && t !== w.seen.at(-1)) w.seen.push(t);
      });
      w.seenObserver.observe(document.querySelector('[data-testid="present"]')!, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.press('y');
    await expect(page.getByTestId('present-source')).toHaveText(new RegExp(`^Replay — recorded with ${SCRIPTED_MODEL} on \\d{4}-\\d\\d-\\d\\d$`));
    await expect(page.getByTestId('present-result')).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
    await expect(page.getByTestId('present-result')).toHaveAttribute('data-step', String(pieces.length));
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    // Each state is the recorded pieces up to some point, in their recorded order, and the last is all of them.
    let at = 0;
    for (const s of seen) {
      const prefix = pieces.slice(0, at).join('');
      expect(s.startsWith(prefix)).toBe(true);
      while (at < pieces.length && pieces.slice(0, at + 1).join('').length <= s.length) at++;
      expect(pieces.slice(0, at).join('')).toBe(s);
    }
    expect(seen.at(-1)).toBe(pieces.join(''));
    expect(seen.length).toBeGreaterThan(3);
    await page.keyboard.press('o');
    await expect(ranking(page)).toHaveText('Ranking: B > A > C');
    await page.keyboard.press('o');
  }
  expect(errors).toEqual([]);
});
