import { test, expect } from '@playwright/test';

test('broken stored preferences do not take the app down: each gets its default, the valid ones are kept', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('ra:user-models', JSON.stringify({ rewardAnything: { weightsUrl: 7 }, custom: 'not a list' }));
    localStorage.setItem('ra:sampling', JSON.stringify({ temperature: 'hot', top_p: 0.5, max_tokens: 2048, enable_thinking: true }));
    localStorage.setItem('ra:engine-kind', '"gpu"');
  });
  await page.goto('/#/models');
  await expect(page.getByRole('button', { name: 'Load Qwen3-0.6B-q4f32_1-MLC' })).toBeVisible();
  // Said once, naming what was reset.
  const notice = page.getByRole('status', { name: 'Notifications' });
  await expect(notice).toContainText('Some saved settings were not valid and were reset to their defaults');
  await expect(notice).toContainText('sampling (temperature)');
  await expect(notice).toContainText('engine choice');
  await expect(notice).toContainText('models you added (rewardAnything)');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel(/In this browser/)).toBeChecked();
  await expect(page.locator('#s-temp')).toHaveValue('0');
  await expect(page.locator('#s-topp')).toHaveValue('0.5');
});

test('preferences saved by the previous version (one key each) are kept, and a change is kept across a reload', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('ra:engine-kind', '"openai"');
    localStorage.setItem('ra:openai', JSON.stringify({ baseUrl: 'http://gpu-box:8000/v1', model: 'rewardanything-8b', rememberKey: false, concurrency: 12 }));
    localStorage.setItem('ra:sampling', JSON.stringify({ temperature: 0.6, top_p: 0.95, max_tokens: 4096, enable_thinking: true }));
    localStorage.setItem('ra:theme', 'dark');
  });
  await page.goto('/#/settings');
  await expect(page.getByRole('radio', { name: /OpenAI-compatible server/ })).toBeChecked();
  await expect(page.locator('#oa-url')).toHaveValue('http://gpu-box:8000/v1');
  await expect(page.locator('#oa-conc')).toHaveValue('12');
  await expect(page.locator('#s-temp')).toHaveValue('0.6');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('status', { name: 'Notifications' })).not.toContainText('reset to their defaults');

  await page.locator('#s-topp').fill('0.8');
  await page.reload();
  await expect(page.locator('#s-topp')).toHaveValue('0.8');
  await expect(page.locator('#s-temp')).toHaveValue('0.6');
  await expect(page.locator('#oa-url')).toHaveValue('http://gpu-box:8000/v1');
  // Stored under one key now; the old keys are gone.
  const early = await page.evaluate(() => ({ stored: localStorage.getItem('ra:theme'), prefs: localStorage.getItem('ra:prefs') !== null }));
  expect(early).toEqual({ stored: null, prefs: true });
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('a preference changed in another tab applies here, and a change here does not put the other tab’s back', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/#/settings');
  await b.goto('/#/settings');
  await a.locator('#s-topp').fill('0.7');
  await expect(b.locator('#s-topp')).toHaveValue('0.7');
  await b.locator('#s-temp').fill('0.4');
  await expect(a.locator('#s-temp')).toHaveValue('0.4');
  await a.reload();
  await expect(a.locator('#s-topp')).toHaveValue('0.7');
  await expect(a.locator('#s-temp')).toHaveValue('0.4');
});
