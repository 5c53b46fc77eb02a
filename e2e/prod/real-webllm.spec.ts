import { test, expect, type Page } from '@playwright/test';
import { addCustomModel, row } from '../support/models.ts';
import { PORTS, url } from '../ports.ts';

// The production build with the real WebLLM worker on Chromium's SwiftShader WebGPU. No model library can be had
// here, so a real load gets as far as the library and must stop there with a clear error.

async function loadAndGetError(page: Page, id: string) {
  await page.getByRole('button', { name: `Load ${id}` }).click();
  const err = page.getByTestId('load-error');
  await expect(err).toBeVisible({ timeout: 30_000 });
  return err;
}

test('a 404 on the model configuration names the file', async ({ page }) => {
  await addCustomModel(page, 'real-missing-q4f32_1-MLC', { folder: 'missing', lib: 'missing.wasm' });
  const err = await loadAndGetError(page, 'real-missing-q4f32_1-MLC');
  await expect(err).toHaveAttribute('data-kind', 'not-found');
  await expect(err).toContainText(`${url(PORTS.models)}/models/missing/resolve/main/mlc-chat-config.json`);
  await expect(err).toContainText('HTTP 404');
});

test('a malformed model configuration is reported as such', async ({ page }) => {
  await addCustomModel(page, 'real-badjson-q4f32_1-MLC', { folder: 'badjson', lib: 'missing.wasm' });
  const err = await loadAndGetError(page, 'real-badjson-q4f32_1-MLC');
  await expect(err).toHaveAttribute('data-kind', 'bad-config');
  await expect(err).toContainText('not valid JSON');
});

test('a missing model library stops the load at the library, after the configuration', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await addCustomModel(page, 'real-nolib-q4f32_1-MLC', { folder: 'good', lib: 'missing.wasm' });
  const err = await loadAndGetError(page, 'real-nolib-q4f32_1-MLC');
  await expect(err).toHaveAttribute('data-kind', 'model-library');
  await expect(err).toContainText(`${url(PORTS.models)}/libs/missing.wasm`);
  await expect(err).toContainText('HTTP 404');
  // WebLLM's order: configuration first, then the library; never the weights.
  const modelReqs = requests.filter((u) => u.startsWith(url(PORTS.models)));
  expect(modelReqs.findIndex((u) => u.endsWith('mlc-chat-config.json'))).toBeLessThan(modelReqs.findIndex((u) => u.endsWith('missing.wasm')));
  expect(modelReqs.some((u) => u.includes('params_shard'))).toBe(false);
});

test('an invalid model library (not WebAssembly) ends in a clear library error', async ({ page }) => {
  await addCustomModel(page, 'real-badlib-q4f32_1-MLC', { folder: 'good', lib: 'invalid.wasm' });
  const err = await loadAndGetError(page, 'real-badlib-q4f32_1-MLC');
  await expect(err).toHaveAttribute('data-kind', 'model-library');
  await expect(err).toContainText('not a WebAssembly file');
});

test("WebLLM's real cache functions see cached files: the page shows the size and deletes them", async ({ page }) => {
  test.setTimeout(120_000);
  const id = 'Qwen3-0.6B-q4f32_1-MLC';
  const base = `https://huggingface.co/mlc-ai/${id}/resolve/main/`;
  const lib = 'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/Qwen3-0.6B-q4f32_1_cs1k-webgpu.wasm';
  await page.goto('/#/models');
  await page.evaluate(
    async ({ base, lib }) => {
      const model = await caches.open('webllm/model');
      const records = [0, 1, 2].map((i) => ({ dataPath: `params_shard_${i}.bin`, nbytes: 100 * 1024 * 1024 }));
      await model.put(`${base}tensor-cache.json`, new Response(JSON.stringify({ records })));
      for (const r of records) await model.put(`${base}${r.dataPath}`, new Response(new Uint8Array(8)));
      await model.put(`${base}tokenizer.json`, new Response('{}'));
      await (await caches.open('webllm/config')).put(`${base}mlc-chat-config.json`, new Response('{}'));
      await (await caches.open('webllm/wasm')).put(lib, new Response(new Uint8Array(8)));
    },
    { base, lib },
  );
  await page.reload();
  // The first cache read waits for a cold worker to start WebLLM's runtime: seconds, more on a busy machine.
  await expect(row(page, id)).toHaveAttribute('data-cache', 'cached', { timeout: 45_000 });
  await expect(row(page, id).getByTestId('cache-state')).toContainText('Cached · 300 MB');
  await page.getByRole('button', { name: `Delete ${id} from cache` }).click();
  await expect(row(page, id)).toHaveAttribute('data-cache', 'none', { timeout: 30_000 });
  const left = await page.evaluate(async () => {
    const names = ['webllm/model', 'webllm/config', 'webllm/wasm'];
    let n = 0;
    for (const name of names) n += (await (await caches.open(name)).keys()).length;
    return n;
  });
  expect(left).toBe(0);
});
