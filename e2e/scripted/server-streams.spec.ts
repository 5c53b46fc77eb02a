import { test, expect, type Page } from '@playwright/test';
import { useServer } from '../support/server.ts';

// Streams that are damaged on the way, and servers that ask to come back later (the playground's retries).

async function judge(page: Page) {
  await page.goto('/#/playground');
  await page.getByRole('button', { name: /Run judgment/ }).click();
}

test('an event cut short that breaks the answer is an error naming it, not "done / No JSON object"', async ({ page }) => {
  await useServer(page, { model: 'fault-corrupt-sse' });
  await judge(page);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'error', { timeout: 30_000 });
  await expect(page.getByTestId('diagnostics')).toContainText('The server sent 1 corrupt event(s) in its stream');
});

test('a body without data: lines is reported as not an event stream', async ({ page }) => {
  await useServer(page, { model: 'fault-no-data-prefix' });
  await judge(page);
  const err = page.getByTestId('run-error');
  await expect(err).toHaveAttribute('data-kind', 'bad-response', { timeout: 30_000 });
  await expect(err).toContainText('not an event stream');
  await expect(err).not.toContainText('closed the stream');
});

test('a whole judgment without [DONE] is done, with a warning', async ({ page }) => {
  await useServer(page, { model: 'fault-no-done' });
  await judge(page);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('diagnostics')).toContainText('without a finish_reason or “data: [DONE]”');
});

test('a 429 is retried after its Retry-After, visibly, and the judgment completes', async ({ page }) => {
  await useServer(page, { model: 'fault-429' });
  await page.goto('/#/playground');
  const notice = page.getByTestId('retry-notice');
  const seen = notice.waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await seen;
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(notice).toHaveCount(0);
});

test('a server that stays overloaded (503, Retry-After 3) is tried 3 times, counting down, then reported', async ({ page }) => {
  await useServer(page, { model: 'fault-503' });
  await judge(page);
  const notice = page.getByTestId('retry-notice');
  await expect(notice).toContainText(/Retrying in [1-3] s, attempt 2 of 3/, { timeout: 30_000 });
  await expect(notice).toContainText('HTTP 503');
  await expect(notice).toContainText(/attempt 3 of 3/, { timeout: 30_000 });
  const err = page.getByTestId('run-error');
  await expect(err).toHaveAttribute('data-kind', 'server-error', { timeout: 30_000 });
  await expect(err).toContainText('503');
});

test('Stop cancels a retry that is waiting', async ({ page }) => {
  await useServer(page, { model: 'fault-503' });
  await judge(page);
  await expect(page.getByTestId('retry-notice')).toContainText('attempt 2 of 3', { timeout: 30_000 });
  await page.getByRole('button', { name: /Stop/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'stopped', { timeout: 10_000 });
  await expect(page.getByTestId('retry-notice')).toHaveCount(0);
});
