import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import { loadScriptedModel, SCRIPTED_MODEL, watchErrors } from '../support/app.ts';
import { useServer } from '../support/server.ts';

test.setTimeout(90_000);

const ABSENT = 'Llama-3.3-70B-Instruct';

/** A deck written elsewhere: by a newer app, its one recording made with a server model this profile never had. */
function deckFromElsewhere(modelId = ABSENT, engine: 'openai' | 'webllm' = 'openai'): string {
  const pieces = ['<think>', 'Short', ' beats', ' Long', ' here', ': it answers', ' in one line.', '</think>', '{"scores": {"Short": 5, "Long": 2}, ', '"best-to-worst": ["Short", "Long"]}'];
  return JSON.stringify({
    kind: 'rewardanything-deck',
    version: 2,
    exportedAt: Date.UTC(2026, 5, 1),
    deck: {
      id: 'lesson-from-elsewhere',
      title: 'Lesson from elsewhere',
      stickers: ['from a newer app'],
      cases: [
        {
          id: 'c1',
          title: 'Brief or full',
          prompt: 'What is the capital of France?',
          candidates: [
            { name: 'Short', text: 'Paris.' },
            { name: 'Long', text: 'The capital of France is Paris, on the Seine, home to about two million people.' },
          ],
          principles: [
            {
              label: 'Concise',
              text: 'Prefer the concise answer.',
              recording: { modelId, engine, recordedAt: Date.UTC(2026, 4, 30), deltas: pieces.map((t, i) => [i * 40, t]), maskedToReal: null, result: { reasoning: 'Short beats Long here: it answers in one line.', scores: [['Short', 5], ['Long', 2]], ranking: ['Short', 'Long'] } },
            },
            { label: 'Thorough', text: 'Prefer the thorough answer.' },
          ],
          mask: false,
        },
      ],
    },
  });
}

test('a deck naming a model this profile lacks says so, and its replay still plays', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#/decks');
  await page.getByTestId('deck-import-input').setInputFiles({ name: 'elsewhere.deck.json', mimeType: 'application/json', buffer: Buffer.from(deckFromElsewhere()) });
  const report = page.getByTestId('deck-import-report');
  await expect(report).toContainText('Added the deck “Lesson from elsewhere”');
  await expect(report).toContainText('newer version of the app (deck format 2');

  const card = page.getByTestId('deck').filter({ hasText: 'Brief or full' });
  const cardNotice = card.getByTestId('deck-missing-models');
  await expect(cardNotice).toContainText(`Recorded with ${ABSENT} (case 1, principle 1), which is not available here.`);
  await expect(cardNotice).toContainText('The replays still play without it');
  await expect(cardNotice).toContainText('needs a model of yours');
  // The starter deck has no recordings: nothing is missing there.
  await expect(page.getByTestId('deck').first().getByTestId('deck-missing-models')).toHaveCount(0);

  await card.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page).toHaveURL(/#\/present/);
  await expect(page.getByTestId('present-missing-models')).toContainText(`Recorded with ${ABSENT}`);
  await expect(page.getByTestId('present-missing-models')).toContainText('Running live (R) needs a model of yours');
  await page.keyboard.press('y');
  await expect(page.getByTestId('present-result')).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('present-source')).toHaveText(`Replay — recorded with ${ABSENT} on 2026-05-30`);
  await expect(page.getByTestId('present-ranking')).toHaveText('Ranking: Short > Long');
  await expect(page.getByTestId('present-reasoning')).toHaveText('Short beats Long here: it answers in one line.');
  for (const theme of ['light', 'dark'] as const) {
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
    const axe = await new AxeBuilder({ page }).include('[data-testid="present"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  }

  // With a server set up, the notice says which model a live run would use instead.
  await useServer(page);
  await page.goto('/#/present');
  await expect(page.getByTestId('present-missing-models')).toContainText('Running live (R) judges with your current model, rewardanything-8b');
  expect(errors).toEqual([]);
});

test('a deck recorded with a browser model of the catalog says it can be downloaded, and says nothing once it is loaded', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#/decks');
  await page.getByTestId('deck-import-input').setInputFiles({ name: 'browser.deck.json', mimeType: 'application/json', buffer: Buffer.from(deckFromElsewhere(SCRIPTED_MODEL, 'webllm')) });
  await expect(page.getByTestId('deck-import-report')).toContainText('Added the deck');
  const card = page.getByTestId('deck').filter({ hasText: 'Brief or full' });
  await expect(card.getByTestId('deck-missing-models')).toContainText(`${SCRIPTED_MODEL} can be downloaded on the Models page.`);
  await loadScriptedModel(page);
  await page.goto('/#/decks');
  await expect(card.getByTestId('deck-summary')).toContainText('1 of 2 principles recorded');
  await expect(card.getByTestId('deck-missing-models')).toHaveCount(0);
  expect(errors).toEqual([]);
});
