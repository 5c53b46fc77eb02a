import { expect, type Page } from '@playwright/test';
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
