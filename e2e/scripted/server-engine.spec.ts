import { test, expect, type Page } from '@playwright/test';
import { useServer, SERVER } from '../support/server.ts';
import { PORTS, url } from '../ports.ts';

async function run(page: Page) {
  await page.goto('/#/playground');
  await page.getByRole('button', { name: /Run judgment/ }).click();
}

test('judges through an OpenAI-compatible server with streamed reasoning, scores and usage stats', async ({ page }) => {
  await useServer(page);
  await run(page);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('engine-label')).toContainText('Server: rewardanything-8b');
  // The example principle asks for concision among correct answers: the scripted judge ranks the shortest first.
  await expect(page.locator('[data-testid="score-row"][data-rank="1"]')).toHaveAttribute('data-name', 'B');
  await expect(page.getByTestId('stats').locator('[data-stat="Tokens (prompt / output)"]')).toHaveText(/^\d+ \/ \d+$/);
});

test('reasoning sent separately (reasoning_content) is shown as the reasoning', async ({ page }) => {
  await useServer(page, { model: 'fault-reasoning-content' });
  await run(page);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('reasoning')).toContainText('model-');
  await expect(page.getByTestId('diagnostics-clean')).toBeVisible();
});

test('a stream cut mid-way keeps the partial output, marked as incomplete', async ({ page, request }) => {
  await useServer(page, { model: 'fault-cut' });
  await run(page);
  // The server holds half the judgment until told to drop the connection; cut only once the page shows that half.
  await expect(page.getByTestId('reasoning')).toContainText('The principle asks me', { timeout: 30_000 });
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'running');
  expect((await request.post(`${url(PORTS.openai)}/__fixture/cut`)).ok()).toBe(true);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'error', { timeout: 30_000 });
  await expect(page.getByTestId('diagnostics')).toContainText('closed the stream before the judgment finished');
  await page.getByText('Raw output').click();
  await expect(page.getByTestId('raw-output')).toContainText('<think>');
});

test('a malformed SSE line is skipped and the judgment completes', async ({ page }) => {
  await useServer(page, { model: 'fault-malformed-sse' });
  await run(page);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
});

for (const [model, kind, text] of [
  ['fault-401', 'unauthorized', 'API key'],
  ['fault-500', 'server-error', '500'],
  ['fault-404-model', 'unknown-model', 'model'],
] as const) {
  test(`server error ${model} gets its own message`, async ({ page }) => {
    await useServer(page, { model });
    await run(page);
    const err = page.getByTestId('run-error');
    await expect(err).toHaveAttribute('data-kind', kind, { timeout: 30_000 });
    await expect(err).toContainText(text);
  });
}

test('a server without CORS headers is explained, naming the setting that allows this origin', async ({ page }) => {
  await useServer(page, { model: 'fault-nocors' });
  await run(page);
  const err = page.getByTestId('run-error');
  await expect(err).toHaveAttribute('data-kind', 'cors', { timeout: 30_000 });
  await expect(err).toContainText('OLLAMA_ORIGINS');
  await expect(err).toContainText(url(PORTS.scripted));
});

test('an unreachable server and a bad URL say what to check', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel(/OpenAI-compatible server/).check();
  await page.getByLabel('Server base URL').fill('http://127.0.0.1:9/v1');
  await page.getByRole('button', { name: 'Connect & list models' }).click();
  await expect(page.getByTestId('server-error')).toHaveAttribute('data-kind', 'unreachable', { timeout: 30_000 });
  await page.getByLabel('Server base URL').fill('localhost:8000');
  await page.getByRole('button', { name: 'Connect & list models' }).click();
  await expect(page.getByTestId('server-error')).toHaveAttribute('data-kind', 'bad-config');
  expect(SERVER).toContain('127.0.0.1');
});

test('the API key is sent to the server but never stored unless asked, nor put in exports or share links', async ({ page }) => {
  let auth = '';
  page.on('request', (r) => {
    if (r.url().includes('/v1/chat/completions')) auth = r.headers()['authorization'] ?? '';
  });
  await useServer(page, { apiKey: 'sk-secret-123' });
  await run(page);
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  expect(auth).toBe('Bearer sk-secret-123');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain('sk-secret-123');
  await page.getByRole('button', { name: 'Share link…' }).click();
  await expect(page.getByTestId('share-url')).not.toHaveValue(/sk-secret/);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(file, 'utf8')).not.toContain('sk-secret-123');
});
