// The measurements of `npm run bench`, shared by scripts/bench.mjs and scripts/bench/ab.mjs. Each takes a Chromium
// browser (Playwright) and the base URL of a served build; see scripts/bench.mjs for what each figure means.
/* global window -- used inside page.evaluate callbacks, which run in the page */
import { installProbes, installStartupProbe, readLatestJudgment } from './probes.mjs';
import { summarize } from './stats.mjs';

export const STREAM_TOKENS = 4000;
export const MODEL = 'Qwen3-0.6B-q4f32_1-MLC';
const PRINCIPLE = 'Prefer the most complete and detailed answer.';

/** The flags of playwright.config.ts (TESTING.md), plus no background throttling: two pages run side by side. */
export const CHROMIUM_ARGS = [
  '--enable-unsafe-webgpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

async function heapUsed(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function openHarness(browser, base) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}bench/harness.html`);
  await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 30_000 });
  return { context, page, errors };
}

export async function measureStartup(browser, base, { reps }) {
  const samples = [];
  for (let i = 0; i <= reps + 1; i++) {
    // A fresh context each time: empty HTTP cache, no service worker yet (a first visit).
    const context = await browser.newContext();
    await context.addInitScript(installStartupProbe);
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.__startup.interactiveAt !== null, null, { timeout: 30_000, polling: 50 });
    // Paint timing entries arrive asynchronously: give first-contentful-paint a moment to be reported.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 5_000, polling: 50 }).catch(() => {});
    const s = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { interactiveMs: window.__startup.interactiveAt, inDomMs: window.__startup.inDomAt, fcpMs: fcp ? fcp.startTime : null, domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null };
    });
    await context.close();
    if (i >= 2) samples.push(s); // two warm-up loads (server and OS file cache), not counted
  }
  return samples;
}

function frameStats(times, from, to) {
  const t = times.filter((x) => x >= from && x <= to);
  let longest = 0;
  let dropped = 0;
  let janks = 0;
  const gaps = [];
  for (let i = 1; i < t.length; i++) {
    const g = t[i] - t[i - 1];
    gaps.push(g);
    longest = Math.max(longest, g);
    if (g > 2 * 16.7) janks++;
    dropped += Math.max(0, Math.round(g / (1000 / 60)) - 1);
  }
  return { frames: t.length, longestGapMs: longest, gapsOver33ms: janks, droppedFrames: dropped, medianIntervalMs: summarize(gaps).median };
}

export async function measureStreaming(browser, base, { reps }) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}#/models`);
  await page.getByRole('button', { name: `Load ${MODEL}` }).click();
  await page.waitForSelector('[data-testid="load-status"][data-status="ready"]', { timeout: 30_000 });
  await page.goto(`${base}#/playground`);
  const principle = page.getByLabel('Principle');

  const runOnce = async () => {
    await page.evaluate(() => {
      window.__perf.longtasks.length = 0;
      window.__perf.startFrames();
      window.__perf.watchJudgment();
    });
    await page.getByRole('button', { name: /Run judgment/ }).click();
    await page.waitForFunction(() => window.__perf.judge.doneAt !== null, null, { timeout: 180_000, polling: 500 });
    const probe = await page.evaluate(() => ({ judge: window.__perf.judge, longtasks: window.__perf.longtasks.slice(), frames: window.__perf.stopFrames(), longtaskSupported: window.__perf.longtaskSupported }));
    const record = await page.evaluate(readLatestJudgment);
    const { judge } = probe;
    const tasks = probe.longtasks.filter((lt) => lt.start + lt.duration >= judge.armedAt && lt.start <= judge.doneAt);
    const tokens = record.stats?.completionTokens ?? null;
    return {
      status: judge.status,
      finishReason: record.finishReason,
      completionTokens: tokens,
      rawChars: record.rawLength,
      firstOnScreenMs: judge.firstAt - judge.armedAt,
      streamOnScreenMs: judge.doneAt - judge.firstAt,
      uiTokensPerSec: tokens ? tokens / ((judge.doneAt - judge.firstAt) / 1000) : null,
      engineReported: record.stats,
      longTasks: tasks.length,
      longestTaskMs: tasks.reduce((m, lt) => Math.max(m, lt.duration), 0),
      longTaskDurations: tasks.map((lt) => Math.round(lt.duration)),
      longtaskObserverSupported: probe.longtaskSupported,
      ...frameStats(probe.frames, judge.firstAt, judge.doneAt),
    };
  };

  // Calibrate the scripted output to ≈4,000 tokens for the playground's inputs: a first run gives the exact input.
  await principle.fill(`${PRINCIPLE} [[think-tokens:2000]]`);
  await runOnce();
  const first = await page.evaluate(readLatestJudgment);
  const harness = await openHarness(browser, base);
  const cal = await harness.page.evaluate(([input, mask, target]) => window.__bench.calibrate(input, mask, target), [first.input, first.mask, STREAM_TOKENS]);
  await principle.fill(`${PRINCIPLE} [[think-tokens:${cal.thinkTokens}]]`);
  await runOnce(); // warm-up at the final size
  const rec = await page.evaluate(readLatestJudgment);
  await harness.page.evaluate((m) => window.__bench.loadEngine(m), MODEL);
  const engineAlone = () => harness.page.evaluate(([input, mask, sampling]) => window.__bench.engineAlone(input, mask, sampling), [rec.input, rec.mask, rec.sampling]);
  await engineAlone(); // warm-up

  const ui = [];
  const engine = [];
  for (let i = 0; i < reps; i++) {
    // Interleaved, so drift in the machine's load hits both sides alike.
    ui.push(await runOnce());
    engine.push(await engineAlone());
  }
  await harness.context.close();
  await context.close();
  return { thinkTokens: cal.thinkTokens, expectedPieces: cal.pieces, ui, engine, errors: [...errors, ...harness.errors] };
}

export async function measureOverhead(browser, base, { reps, iterations = 40 }) {
  const { context, page, errors } = await openHarness(browser, base);
  const sizes = [2, 10, 30];
  const out = Object.fromEntries(sizes.map((n) => [n, { rounds: [] }]));
  for (let r = 0; r < reps; r++) {
    for (const n of sizes) {
      const res = await page.evaluate(([n, it, wu]) => window.__bench.overhead(n, it, wu), [n, iterations, 8]);
      out[n].rounds.push({ medianMs: summarize(res.samples).median, samplesMs: res.samples, breakdownMedianMs: res.breakdownMedianMs, engineOnlyMs: res.engineOnlyMs, outputChars: res.outputChars, pieces: res.pieces });
    }
  }
  await context.close();
  return { sizes: out, errors };
}

export async function measureRunner(browser, base, { reps, items }) {
  const out = [];
  let errors = [];
  for (let r = 0; r < reps; r++) {
    const h = await openHarness(browser, base);
    const cdp = await h.context.newCDPSession(h.page);
    const storageEmpty = await h.page.evaluate(() => window.__bench.storageEstimate());
    await h.page.evaluate((n) => window.__bench.runnerPrepare(n), items);
    const storageBefore = await h.page.evaluate(() => window.__bench.storageEstimate());
    const heapBefore = await heapUsed(cdp);
    const run = await h.page.evaluate(() => window.__bench.runnerRun());
    const heapAfter = await heapUsed(cdp);
    const storageAfter = await h.page.evaluate(() => window.__bench.storageEstimate());
    out.push({ ...run, heapBefore, heapAfter, heapGrowth: heapAfter - heapBefore, storageEmpty, storageBefore, storageAfter });
    errors = [...errors, ...h.errors];
    await h.context.close();
  }
  return { items, reps: out, errors };
}

export async function measureCore(browser, base, { reps }) {
  const { context, page, errors } = await openHarness(browser, base);
  const parse = [];
  const metrics = [];
  const suites = [];
  const bothScores = [];
  for (let r = 0; r < reps; r++) {
    parse.push(await page.evaluate(() => window.__bench.parseThroughput(500)));
    metrics.push(await page.evaluate(() => window.__bench.metrics(1002, 10)));
    suites.push(await page.evaluate(() => window.__bench.suites(200, 5)));
    bothScores.push(await page.evaluate(() => window.__bench.runMetricsBoth(1002, 10)));
  }
  const gpu = await page.evaluate(async () => {
    const a = await navigator.gpu?.requestAdapter();
    return a ? { vendor: a.info?.vendor ?? null, architecture: a.info?.architecture ?? null, isFallbackAdapter: a.info?.isFallbackAdapter ?? null } : null;
  });
  await context.close();
  return { parse, metrics, suites, bothScores, gpu, errors };
}
