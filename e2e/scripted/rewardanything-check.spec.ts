import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startWeightsServer } from '../support/weightsServer.ts';

let host: Awaited<ReturnType<typeof startWeightsServer>>;
test.beforeAll(async () => {
  host = await startWeightsServer();
});
test.afterAll(async () => {
  await host.close();
});

async function checkAndSave(page: Page, folder: string) {
  await page.goto('/#/models');
  await page.getByLabel('Weights URL', { exact: true }).fill(`${host.url}/${folder}`);
  await page.getByRole('button', { name: 'Check & save' }).click();
  return page.getByTestId('ra-msg');
}

test('Check & save finds every file of a good weights folder, then saves it', async ({ page }) => {
  const msg = await checkAndSave(page, 'good');
  await expect(msg).toContainText('Found mlc-chat-config.json (qwen3, q4f32_1), tokenizer.json, tensor-cache.json and all 2 weight shards', { timeout: 20_000 });
  await expect(msg).toContainText('Saved.');
  await page.reload();
  await expect(page.getByLabel('Weights URL', { exact: true })).toHaveValue(`${host.url}/good`);
});

test('Check & save names each missing file of a broken folder and does not save it', async ({ page }) => {
  const msg = await checkAndSave(page, 'broken');
  await expect(msg).toContainText('Not saved', { timeout: 20_000 });
  await expect(msg).toContainText('tokenizer.json: not found (HTTP 404)');
  await expect(msg).toContainText('params_shard_1.bin: not found (HTTP 404)');
  await expect(msg).not.toContainText('params_shard_0.bin');
  const axe = await new AxeBuilder({ page }).include('[data-testid="ra-msg"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await expect(msg).not.toContainText('Saved.');
  await page.reload();
  await expect(page.getByLabel('Weights URL', { exact: true })).toHaveValue('');
});

test('Check & save says when the folder has the manifest under its old name', async ({ page }) => {
  const msg = await checkAndSave(page, 'oldcache');
  await expect(msg).toContainText('tensor-cache.json: not found (HTTP 404)', { timeout: 20_000 });
  await expect(msg).toContainText('ndarray-cache.json');
  await expect(msg).toContainText('rename it');
});

test('Check & save names a CORS refusal as such, and can save anyway', async ({ page }) => {
  const msg = await checkAndSave(page, 'nocors');
  await expect(msg).toContainText('CORS', { timeout: 20_000 });
  await expect(msg).toContainText('mlc-chat-config.json: blocked by CORS');
  await expect(msg).toContainText('Access-Control-Allow-Origin');
  await expect(msg).not.toContainText('Saved.');
  await page.getByRole('button', { name: 'Save anyway' }).click();
  await expect(msg).toContainText('Saved.');
});
