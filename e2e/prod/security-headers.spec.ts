import { test, expect } from '@playwright/test';

test('the production build is served with real security headers: no framing, no sniffing, no referrer', async ({ page }) => {
  const res = await page.goto('/');
  const h = res!.headers();
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(h['content-security-policy']).toContain("form-action 'none'");
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['x-frame-options']).toBe('DENY');
  const asset = await page.request.get(new URL('/favicon.svg', page.url()).href);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
});
