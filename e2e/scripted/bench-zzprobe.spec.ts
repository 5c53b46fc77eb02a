import { writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';

test('probe', async ({ page }) => {
  test.setTimeout(180_000);
  await loadScriptedModel(page);
  await page.goto('/#/bench');
  await page.getByRole('button', { name: 'Load the spot-check set' }).click();
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-items', '66');
  await page.locator('#subset-size').fill('20');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByTestId('run-view')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  const { profile } = await cdp.send('Profiler.stop');
  console.log('run took', Date.now() - t0);
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
  writeFileSync('/tmp/bench-profile.txt', top.map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
});
