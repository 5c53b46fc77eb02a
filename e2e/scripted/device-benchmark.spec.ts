import { test, expect } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';

test('benchmark this device: three runs of a fixed judgment with medians, exportable as JSON, then used for run estimates', async ({ page }) => {
  await loadScriptedModel(page);
  await page.getByRole('button', { name: 'Run benchmark' }).click();
  const report = page.getByTestId('device-benchmark-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('bench-row')).toHaveCount(4);
  await expect(page.getByTestId('bench-row').last()).toContainText('Median');
  await expect(page.getByTestId('bench-row').last().getByTestId('decode')).toHaveText(/^\d+(\.\d)?$/);
  await expect(report).toContainText('Qwen3-0.6B-q4f32_1-MLC');
  await expect(report).toContainText('swiftshader');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const { readFileSync } = await import('node:fs');
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(json.kind).toBe('rewardanything-device-benchmark');
  expect(json.runs).toHaveLength(3);
  expect(json.median.completionTokens).toBeGreaterThan(0);
  expect(json.browser).toContain('Chrome');

  // The benchmark page estimates a run from the measured speed, even after a reload.
  await page.reload();
  await loadScriptedModel(page);
  await page.goto('/#/bench');
  await page.getByRole('button', { name: 'Load the spot-check set' }).click();
  await expect(page.getByTestId('estimate')).toContainText('≈');
  await expect(page.getByTestId('estimate')).toContainText('measured by “Benchmark this device”');
});
