// `npm run screenshots`: screenshots of the main screens in light and dark themes (docs/screenshots/), taken from the
// e2e build (scripted engine: no model download) served on 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs';
import { ensureDeps, must } from './run.mjs';
import { SCREENSHOT_CASE } from './screenshot-case.mjs';
import { suiteScreenshots } from './screenshots-suite.mjs';

ensureDeps();
const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
must('npm', ['run', 'build:e2e']);
const port = Number(process.env.SCREENSHOTS_PORT) || 41799;
// Vite itself, not through npx: killing npx at the end would leave the preview server running on the port.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', 'dist-e2e', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 250));
}
mkdirSync('docs/screenshots', { recursive: true });
// `npm run screenshots -- present` takes only the presentation-mode ones; `-- expected` only the expected scores.
const only = process.argv[2] ?? null;
const onlyPresent = only === 'present';

/** The screenshot case on the Playground, judged to the end. */
async function judgeScreenshotCase(page) {
  await page.goto(`${base}/#/playground`);
  await page.getByLabel('Principle', { exact: true }).fill(SCREENSHOT_CASE.principle);
  await page.getByLabel('Prompt').fill(SCREENSHOT_CASE.prompt);
  for (const c of SCREENSHOT_CASE.candidates) await page.getByLabel(`Text of candidate ${c.name}`).fill(c.text);
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await page.locator('[data-testid="judgment"][data-status="done"]').waitFor({ timeout: 60_000 });
}

/**
 * The playground's expected scores: the screenshot case judged at temperature 0.7 (the scripted engine reports
 * WebLLM-style log probabilities after the temperature), the distributions shown by themselves.
 */
async function expectedScoreShots(page, theme) {
  await page.goto(`${base}/#/settings`);
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('0.7');
  await judgeScreenshotCase(page);
  await page.locator('[data-testid="expected-row"]').first().waitFor();
  await page.getByTestId('expected-scores').screenshot({ path: `docs/screenshots/expected-scores-${theme}.png` });
  await page.goto(`${base}/#/settings`);
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('0');
}

/** Presentation mode at projector size (1280×720), and on a 4K screen: a starter-deck case judged live by the scripted engine. */
async function presentationShots(page, theme) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${base}/#/present`);
  await page.getByRole('button', { name: /^Present “Starter deck/ }).click();
  await page.keyboard.press('r');
  await page.locator('[data-testid="present-result"][data-done="true"]').waitFor({ timeout: 60_000 });
  await page.screenshot({ path: `docs/screenshots/present-${theme}.png` });
  // The same on a 4K screen at device scale 1 (3840×2160 CSS pixels): the type grows with the width.
  if (theme === 'light') {
    await page.setViewportSize({ width: 3840, height: 2160 });
    await page.screenshot({ path: 'docs/screenshots/present-4k-light.png' });
  }
  await page.setViewportSize({ width: 1400, height: 1000 });
}
const browser = await chromium.launch({ executablePath, args: ['--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'] });
try {
  for (const theme of ['light', 'dark']) {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, colorScheme: theme });
    const page = await ctx.newPage();
    await page.goto(`${base}/#/models`);
    await page.getByRole('button', { name: 'Load Qwen3-0.6B-q4f32_1-MLC' }).click();
    await page.locator('[data-testid="load-status"][data-status="ready"]').waitFor({ timeout: 60_000 });
    if (only === 'expected') {
      await expectedScoreShots(page, theme);
      await ctx.close();
      continue;
    }
    if (!onlyPresent) await page.screenshot({ path: `docs/screenshots/models-${theme}.png` });
    await presentationShots(page, theme);
    if (onlyPresent) {
      await ctx.close();
      continue;
    }
    await expectedScoreShots(page, theme);
    await judgeScreenshotCase(page);
    await page.screenshot({ path: `docs/screenshots/playground-${theme}.png` });
    await page.goto(`${base}/#/compare`);
    await page.getByLabel('Principle 1').fill('Prefer the most detailed, thorough answer.');
    await page.getByRole('button', { name: /Run 2 judgments/ }).click();
    await page.getByTestId('compare-summary').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `docs/screenshots/compare-${theme}.png` });
    await page.goto(`${base}/#/bench`);
    await page.locator('[data-testid="bench-page"][data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Load the spot-check set' }).click();
    await page.locator('#subset-size').fill('30');
    await page.locator('#run-name').fill(`spot-check (${theme})`);
    await page.getByRole('button', { name: 'Start run' }).click();
    await page.locator('[data-testid="run-view"][data-status="done"]').waitFor({ timeout: 120_000 });
    await page.screenshot({ path: `docs/screenshots/bench-${theme}.png`, fullPage: true });
    await suiteScreenshots(page, base, theme);
    await ctx.close();
  }
  console.log('Screenshots written to docs/screenshots/');
} finally {
  await browser.close();
  server.kill();
}
