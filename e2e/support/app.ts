import { expect, type Page } from '@playwright/test';

/** The scripted worker loads any catalog model without downloading anything; this one needs no shader-f16. */
export const SCRIPTED_MODEL = 'Qwen3-0.6B-q4f32_1-MLC';

export async function loadScriptedModel(page: Page, modelId = SCRIPTED_MODEL): Promise<void> {
  await page.goto('/#/models');
  await page.getByRole('button', { name: `Load ${modelId}` }).click();
  await expect(page.getByTestId('load-status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
}

/** Collects console errors and page errors; assert it is empty at the end of a spec. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Settings → Answer: lets the browser engine write its answer freely (no grammar), as a model without constrained
 * decoding does, for specs about reading outputs that break the protocol.
 */
export async function answerWithoutGrammar(page: Page): Promise<void> {
  await page.goto('/#/settings');
  const grammar = page.getByRole('checkbox', { name: /Hold the browser engine’s answer to the protocol/ });
  await grammar.uncheck();
  await expect(grammar).not.toBeChecked();
}
