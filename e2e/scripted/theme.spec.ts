import { test, expect } from '@playwright/test';

test('"System" follows a live change of the OS theme; a fixed choice does not', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/#/playground');
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByLabel('Theme').selectOption('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.getByLabel('Theme')).toHaveValue('light');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});
