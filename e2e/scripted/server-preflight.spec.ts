import { test, expect } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from '../fixture-server/server.ts';
import { useServer } from '../support/server.ts';

// A server that lets the browser cache its CORS answer (vLLM's middleware: 10 minutes) is asked once, not before every
// judgment: a preflight per judgment doubles the requests of a benchmark run and adds a round trip to each.
let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer({ corsMaxAgeS: 600 });
});
test.afterAll(async () => server.close());

test('judgments after the first send no CORS preflight while the server lets the browser keep its answer', async ({ page }) => {
  await useServer(page, { baseUrl: `${server.url}/v1` });
  await page.goto('/#/playground');
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: /Run judgment/ }).click();
    await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  }
  const toCompletions = server.requests.filter((r) => r.path.endsWith('/v1/chat/completions'));
  expect(toCompletions.filter((r) => r.method === 'POST')).toHaveLength(3);
  expect(toCompletions.filter((r) => r.method === 'OPTIONS')).toHaveLength(1);
});
