import { expect, type Page } from '@playwright/test';
import { PORTS, url } from '../ports.ts';

/** Adds a custom model through the form on the Models page (directives in the id drive the scripted engine). */
export async function addCustomModel(page: Page, id: string, opts: { folder?: string; lib?: string; f16?: boolean } = {}): Promise<void> {
  await page.goto('/#/models');
  await page.getByLabel('Model id').fill(id);
  await page.getByLabel('Weights URL (folder with mlc-chat-config.json)').fill(`${url(PORTS.models)}/models/${opts.folder ?? id}`);
  await page.getByLabel('Model library URL (.wasm)').fill(`${url(PORTS.models)}/libs/${opts.lib ?? 'scripted.wasm'}`);
  if (opts.f16) await page.getByLabel('Requires shader-f16').check();
  await page.getByRole('button', { name: 'Add model' }).click();
  await expect(page.locator(`[data-testid="model-row"][data-model="${id}"]`)).toBeVisible();
}

export const row = (page: Page, id: string) => page.locator(`[data-testid="model-row"][data-model="${id}"]`);
