import { expect, type Page } from '@playwright/test';

/** A file for an `<input type=file>`: a path, or a name with its bytes. */
type DatasetFile = string | { name: string; mimeType: string; buffer: Buffer };
import { PORTS, url } from '../ports.ts';

export const SERVER = `${url(PORTS.openai)}/v1`;

/** Switches the app to the OpenAI-compatible engine through the Settings page. */
export async function useServer(page: Page, opts: { baseUrl?: string; model?: string; apiKey?: string } = {}): Promise<void> {
  await page.goto('/#/settings');
  await page.getByLabel(/OpenAI-compatible server/).check();
  await page.getByLabel('Server base URL').fill(opts.baseUrl ?? SERVER);
  if (opts.apiKey) await page.getByLabel('API key (optional)').fill(opts.apiKey);
  await page.getByRole('button', { name: 'Connect & list models' }).click();
  await expect(page.getByTestId('server-status')).toContainText('Connected');
  await page.getByLabel('Model', { exact: true }).selectOption(opts.model ?? 'rewardanything-8b');
}

/**
 * The server engine (fixture server, `model`, `concurrency` requests in flight) set before the app starts, as
 * Settings would store it; then `dataset` loaded on the Benchmark page until its `items` items are read.
 */
export async function openBenchWithServer(
  page: Page,
  opts: { model: string; concurrency: number; dataset: DatasetFile; items: number; server?: { dialect?: string; topLogprobs?: number } },
): Promise<void> {
  await page.addInitScript(
    ({ baseUrl, model, concurrency, server }) => {
      localStorage.setItem('ra:engine-kind', '"openai"');
      localStorage.setItem('ra:openai', JSON.stringify({ baseUrl, model, rememberKey: false, concurrency, ...server }));
    },
    { baseUrl: SERVER, model: opts.model, concurrency: opts.concurrency, server: opts.server ?? {} },
  );
  await page.goto('/#/bench');
  await expect(page.getByTestId('bench-page')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('bench-file-input').setInputFiles(opts.dataset);
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', String(opts.items));
}
