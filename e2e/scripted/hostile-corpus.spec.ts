import { test, expect, type Page } from '@playwright/test';
import { CORPUS, type HostileInput } from '../fixtures/hostile/corpus.ts';

const PAGE_OF: Record<HostileInput['route'], string> = {
  'judgment-file': 'playground',
  'case-file': 'playground',
  'share-link': 'playground',
  paste: 'playground',
  'library-file': 'library',
  'run-import': 'bench',
  dataset: 'bench',
};

const MY_PRINCIPLE = 'My unsaved principle, typed before any of the hostile inputs';

async function go(page: Page, route: string) {
  await page.evaluate((r) => (window.location.hash = `#/${r}`), route);
}

async function feed(page: Page, entry: HostileInput, i: number) {
  const file = { name: `hostile-${i}.${entry.route === 'dataset' ? 'jsonl' : 'json'}`, mimeType: 'application/json', buffer: Buffer.from(entry.content) };
  switch (entry.route) {
    case 'judgment-file':
    case 'case-file': {
      await page.getByTestId('open-file').setInputFiles(file);
      await expect(page.getByTestId('open-file-message')).toContainText(`${file.name}`);
      await expect(page.getByTestId('open-file-message')).toContainText(entry.message);
      return;
    }
    case 'share-link': {
      await page.evaluate((h) => (window.location.hash = h), entry.content);
      const notice = page.getByTestId('shared-notice');
      await expect(notice).toContainText(entry.message);
      await expect(notice).toContainText('Your own work is unchanged.');
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toBeHidden();
      return;
    }
    case 'paste': {
      await page.getByRole('button', { name: 'Paste many…' }).click();
      await page.getByLabel('Text to paste').fill(entry.content);
      await expect(page.getByTestId('paste-preview')).toContainText(entry.message);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByTestId('paste-preview')).toBeHidden();
      return;
    }
    case 'library-file': {
      await page.getByTestId('library-import').setInputFiles(file);
      await expect(page.getByTestId('library-message')).toContainText(file.name);
      await expect(page.getByTestId('library-message')).toContainText(entry.message);
      return;
    }
    case 'run-import': {
      await page.getByTestId('import-run-input').setInputFiles(file);
      await expect(page.getByTestId('import-message')).toContainText(entry.message);
      return;
    }
    case 'dataset': {
      await page.getByTestId('bench-file-input').setInputFiles(file);
      await expect(page.getByTestId('summary-items')).toHaveText(String(entry.keptRows));
      await expect(page.getByTestId('bench-page')).toContainText(entry.message);
      return;
    }
  }
}

test('the hostile corpus: every input gets its message, nothing runs, the page and the workspace stay', async ({ page }) => {
  test.setTimeout(180_000);
  expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('/#/playground');
  const origin = new URL(page.url()).origin;
  await page.getByLabel('Principle', { exact: true }).fill(MY_PRINCIPLE);
  const candidates = await page.getByTestId('candidate').count();

  for (const [i, entry] of CORPUS.entries()) {
    await test.step(`${entry.route}: ${entry.name}`, async () => {
      await go(page, PAGE_OF[entry.route]);
      await feed(page, entry, i);
      // Never a blank page, a failed page or an uncaught error; nothing from the payloads ran.
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.getByTestId('page-error')).toHaveCount(0);
      expect(pageErrors, entry.name).toEqual([]);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), entry.name).toBeUndefined();
    });
  }

  // The workspace is as the user left it.
  await go(page, 'playground');
  await expect(page.getByLabel('Principle', { exact: true })).toHaveValue(MY_PRINCIPLE);
  await expect(page.getByTestId('candidate')).toHaveCount(candidates);
  expect(new URL(page.url()).origin).toBe(origin); // no meta refresh or form took the page elsewhere
});
