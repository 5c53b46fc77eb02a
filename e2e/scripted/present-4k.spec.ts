import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';

test.setTimeout(120_000);

interface Layout {
  reasoningPx: number;
  principlePx: number;
  /** The page is wider than the screen (a horizontal scrollbar). */
  scrollsSideways: boolean;
  /** Elements of presentation mode that stick out of the screen's width or their box (text cut off). */
  overflowing: string[];
  /** How much of the screen's width presentation mode uses (0..1). */
  widthUsed: number;
}

async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel) ?? document.body).fontSize);
    const w = document.documentElement.clientWidth;
    const overflowing: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="present"] *')) {
      if (el.closest('.sr-only')) continue;
      const r = el.getBoundingClientRect();
      const scrollable = ['auto', 'scroll'].includes(getComputedStyle(el).overflowY);
      if (r.right > w + 0.5 || r.left < -0.5 || (!scrollable && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')) {
        overflowing.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}`);
      }
    }
    const box = document.querySelector('[data-testid="present"]')!.getBoundingClientRect();
    return {
      reasoningPx: px('[data-testid="present-reasoning"]'),
      principlePx: px('[data-testid="present-principle-text"]'),
      scrollsSideways: document.documentElement.scrollWidth > w,
      overflowing,
      widthUsed: box.width / w,
    };
  });
}

/** Presentation mode's layout once the screen is `width`×`height` CSS pixels. */
async function presentAt(page: Page, width: number, height: number): Promise<Layout> {
  await page.setViewportSize({ width, height });
  await expect(page.getByTestId('present-result')).toHaveAttribute('data-done', 'true');
  return layout(page);
}

for (const scale of [1, 2]) {
  test.describe(`device scale ${scale}`, () => {
    test.use({ deviceScaleFactor: scale });
    test(`presentation mode fills a 4K screen (3840×2160 device pixels at scale ${scale}): larger type, nothing wider than the screen`, async ({ page }) => {
      await loadScriptedModel(page);
      await page.goto('/#/present');
      await page.getByRole('button', { name: /^Present “Starter deck/ }).click();
      await page.keyboard.press('r');
      await expect(page.getByTestId('present-result')).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
      const projector = await presentAt(page, 1280, 720);
      const k4 = await presentAt(page, 3840 / scale, 2160 / scale);
      expect(projector.scrollsSideways).toBe(false);
      expect(projector.overflowing).toEqual([]);
      expect(k4.scrollsSideways).toBe(false);
      expect(k4.overflowing).toEqual([]);
      expect(k4.widthUsed).toBeGreaterThan(0.9);
      // The type grows with the screen: in device pixels, a 4K screen shows it well over twice as large as a projector.
      expect(k4.reasoningPx * scale).toBeGreaterThan(projector.reasoningPx * 2);
      expect(k4.principlePx * scale).toBeGreaterThan(projector.principlePx * 2);
      // Every case of the starter deck (code, long answers) stays within the screen's width, at both sizes.
      for (const [width, height] of [[1280, 720], [3840 / scale, 2160 / scale]] as const) {
        await page.setViewportSize({ width, height });
        for (let i = 1; i <= 8; i++) {
          await expect(page.getByTestId('present-position')).toContainText(`Case ${i} of 8`);
          const l = await layout(page);
          expect([i, width, l.scrollsSideways, l.overflowing]).toEqual([i, width, false, []]);
          if (i < 8) await page.keyboard.press('ArrowRight');
        }
        while (!(await page.getByTestId('present-position').textContent())?.startsWith('Case 1 of')) await page.keyboard.press('ArrowLeft');
      }
      for (const theme of ['light', 'dark'] as const) {
        await page.getByLabel('Theme').selectOption(theme);
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
        const axe = await new AxeBuilder({ page }).include('[data-testid="present"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  });
}

test('at projector size (1280×720) the app header takes one row in presentation mode, every page still a link away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/present');
  await page.getByRole('button', { name: /^Present “Starter deck/ }).click();
  await expect(page.getByTestId('present-position')).toContainText('Case 1 of 8');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const tops = await nav.getByRole('link').evaluateAll((links) => [...new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)))]);
  expect(tops).toHaveLength(1);
  const header = await page.getByRole('banner').boundingBox();
  expect(header!.height).toBeLessThan(48);
  // A link scrolled out of the nav is still reached by keyboard, and it leaves presentation mode.
  const decks = nav.getByRole('link', { name: 'Decks' });
  await decks.focus();
  await expect(decks).toBeInViewport();
  await decks.press('Enter');
  await expect(page.getByTestId('present')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Decks' })).toBeVisible();
});
