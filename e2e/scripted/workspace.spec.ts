import { test, expect, type Page } from '@playwright/test';

const principle = (page: Page) => page.getByLabel('Principle', { exact: true });
const prompt = (page: Page) => page.getByLabel('Prompt', { exact: true });

test('a workspace larger than localStorage holds is saved: a reload brings back every character', async ({ page }) => {
  await page.goto('/#/playground');
  const big = `${'long context '.repeat(500_000)}end.`; // 6.5 million characters, beyond localStorage's ~5 MB
  await prompt(page).fill(big);
  await expect(page.getByTestId('save-problems')).toHaveCount(0);
  // The write is done when a fresh read of the database returns the new prompt's length.
  await expect.poll(() => storedPromptLength(page), { timeout: 30_000 }).toBe(big.length);
  await page.reload();
  await expect.poll(async () => (await prompt(page).inputValue()).length, { timeout: 30_000 }).toBe(big.length);
});

test('the workspace saved by an older version in localStorage is moved over on first load and kept', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const old = { principle: 'My old principle.', prompt: 'My old prompt.', candidates: [{ key: 'k1', name: 'Mine', text: 'My old answer.' }], mask: false };
    localStorage.setItem('ra:workspace', JSON.stringify(old));
  });
  await page.goto('/#/playground');
  await expect(principle(page)).toHaveValue('My old principle.');
  await expect(prompt(page)).toHaveValue('My old prompt.');
  await expect(page.getByText('My old answer.')).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ra:workspace'))).toBeNull();
  await page.reload();
  await expect(principle(page)).toHaveValue('My old principle.');
  await expect(page.getByText('My old answer.')).toBeVisible();
});

test('a save that fails says so at once, keeps the text on screen, and clears when it saves again', async ({ page }) => {
  await page.goto('/#/playground');
  await expect(principle(page)).toBeVisible();
  // The quota is lowered before this page's first write: Chromium checks a write against space it looked up earlier.
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await principle(page).fill('Typed while the disk is full.');
  const problem = page.getByTestId('save-problem-workspace');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('not saved');
  await expect(problem).toContainText('storage for this site is full');
  await expect(page.getByRole('alert').filter({ hasText: 'not saved' })).toBeVisible();
  await expect(principle(page)).toHaveValue('Typed while the disk is full.');
  // Still failing: the message stays.
  await principle(page).fill('Typed while the disk is full, and more.');
  await expect(problem).toBeVisible();

  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(problem).toHaveCount(0);
  await page.reload();
  await expect(principle(page)).toHaveValue('Typed while the disk is full, and more.');
});

test('two tabs share one live workspace: what each types shows in both and survives in a new tab', async ({ page, context }) => {
  await page.goto('/#/playground');
  const other = await context.newPage();
  await other.goto('/#/playground');
  await principle(page).fill('Principle typed in tab A.');
  await expect(principle(other)).toHaveValue('Principle typed in tab A.');
  await prompt(other).fill('Prompt typed in tab B.');
  await expect(prompt(page)).toHaveValue('Prompt typed in tab B.');
  await expect(principle(page)).toHaveValue('Principle typed in tab A.');

  const third = await context.newPage();
  await third.goto('/#/playground');
  await expect(principle(third)).toHaveValue('Principle typed in tab A.');
  await expect(prompt(third)).toHaveValue('Prompt typed in tab B.');
});

/** Reads the stored prompt straight from IndexedDB (a second connection), as a reload would. */
function storedPromptLength(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('rewardanything-playground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('workspace:prompt');
          get.onsuccess = () => {
            open.result.close();
            resolve(typeof get.result === 'string' ? get.result.length : -1);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}
