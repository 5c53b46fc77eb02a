import { test, expect } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';

// A name carrying a right-to-left override (U+202E) must not reverse what is written after it: names are shown
// bidi-isolated, so "model-1 = …, model-2 = …, model-3 = …" still reads left to right in that order.
test('an RTL override in candidate names does not reverse the masked-names line', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  for (const i of [1, 2, 3]) await page.getByLabel(`Name of candidate ${i}`).fill(`\u202Eevil${i}`);
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await page.getByText('Exact messages sent').click();
  const line = page.getByTestId('mask-map');
  await expect(line).toContainText('model-3 = ');

  // Where each "model-k" is drawn, in the order the line is written.
  const xs = await line.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const out: Array<{ name: string; x: number }> = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of (n.textContent ?? '').matchAll(/model-\d/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        out.push({ name: m[0], x: r.getBoundingClientRect().left });
      }
    }
    return out;
  });
  expect(xs).toHaveLength(3);
  for (let i = 1; i < xs.length; i++) expect(xs[i].x, `${xs[i].name} is drawn after ${xs[i - 1].name}`).toBeGreaterThan(xs[i - 1].x);
  // The score table shows each name isolated too.
  await expect(page.getByTestId('score-row').first().locator('bdi')).toHaveCount(1);
});
