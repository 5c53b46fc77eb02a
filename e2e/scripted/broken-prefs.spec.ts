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
  await expect(notice).toContainText('engine-kind');
  await expect(notice).toContainText('user-models (rewardAnything)');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel(/In this browser/)).toBeChecked();
  await expect(page.locator('#s-temp')).toHaveValue('0');
  await expect(page.locator('#s-topp')).toHaveValue('0.5');
});
