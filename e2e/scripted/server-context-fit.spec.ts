import { test, expect, type Page } from '@playwright/test';
import { PORTS, url } from '../ports.ts';

/** The server engine set before the app starts, on the fixture server under `prefix` (which sets max_model_len). */
async function serverAt(page: Page, prefix: string): Promise<void> {
  await page.addInitScript(
    (baseUrl) => {
      localStorage.setItem('ra:engine-kind', '"openai"');
      localStorage.setItem('ra:openai', JSON.stringify({ baseUrl, model: 'rewardanything-8b', rememberKey: false, concurrency: 1 }));
    },
    `${url(PORTS.openai)}/${prefix}/v1`,
  );
}

test('with a server, the fit warning measures against the context length the server reports, in the server’s words', async ({ page }) => {
  await serverAt(page, 'ctx-2048');
  await page.goto('/#/playground');
  await page.getByLabel('Text of candidate A').fill('word '.repeat(3000));
  const fit = page.getByTestId('fit');
  await expect(fit).toHaveAttribute('data-level', 'over');
  await expect(fit).toContainText('/ 2,048 tokens');
  await expect(fit).toContainText("exceeds the server's 2,048-token context; shorten the candidates or raise the server's --max-model-len");
  await expect(fit).not.toContainText('Load with a larger window');
});

test('a server with a large context is not warned about by the browser’s window', async ({ page }) => {
  await serverAt(page, 'ctx-65536');
  await page.goto('/#/playground');
  await page.getByLabel('Text of candidate A').fill('word '.repeat(12000));
  const fit = page.getByTestId('fit');
  await expect(fit).toContainText('/ 65,536 tokens');
  await expect(fit).toHaveAttribute('data-level', 'ok');
});

test('a server that does not report its context is measured against the context length set in Settings', async ({ page }) => {
  await serverAt(page, 'ctx-none');
  await page.goto('/#/settings');
  await page.getByLabel('Server context length (tokens)').fill('2048');
  await page.goto('/#/playground');
  await page.getByLabel('Text of candidate A').fill('word '.repeat(3000));
  const fit = page.getByTestId('fit');
  await expect(fit).toHaveAttribute('data-level', 'over');
  await expect(fit).toContainText("exceeds the server's 2,048-token context (the length set in Settings: the server does not report its own)");
  await expect(fit).not.toContainText('Load with a larger window');
  await expect(fit.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#/settings');
});
