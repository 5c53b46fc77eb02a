import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SERVER } from '../support/server.ts';
import { PORTS } from '../ports.ts';

test('with the server engine, the device benchmark is labelled by the server (its kind, never its URL) and the model, not the WebGPU adapter', async ({ page }) => {
  await page.addInitScript((baseUrl) => {
    localStorage.setItem('ra:engine-kind', '"openai"');
    localStorage.setItem('ra:openai', JSON.stringify({ baseUrl, model: 'rewardanything-8b', rememberKey: false, concurrency: 1 }));
  }, SERVER);
  await page.goto('/#/models');
  const bench = page.getByTestId('device-benchmark');
  await expect(bench).toContainText('times the OpenAI-compatible server');
  await bench.getByRole('button', { name: 'Run benchmark' }).click();
  const report = page.getByTestId('device-benchmark-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(report).toContainText('rewardanything-8b');
  await expect(report).toContainText('OpenAI-compatible server on this machine');
  await expect(report).toContainText("the server's speed, not this device's");
  await expect(report).not.toContainText('swiftshader');
  await expect(report).not.toContainText(String(PORTS.openai));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const json = JSON.parse(text);
  expect(json).toMatchObject({ engine: 'openai', model: 'rewardanything-8b', server: 'OpenAI-compatible server on this machine', adapter: null });
  expect(text).not.toContain('127.0.0.1');
  expect(text).not.toContain(String(PORTS.openai));
  expect(text).not.toContain('swiftshader');
});
