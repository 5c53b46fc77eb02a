#!/usr/bin/env node
// `npm run bench`: builds the app, serves the builds on 127.0.0.1, drives headless Chromium and checks the budgets of
// DESIGN.md. Writes bench/results/latest.json (every raw sample plus the machine) and prints a table, each figure
// beside its budget. Exits 1 when a budget is missed (2 when the bench itself could not run); --no-fail exits 0.
//
// Two builds are measured (both built here, into node_modules/.cache/rewardanything-bench/, so the bench never
// overwrites the dist/ and dist-e2e/ folders the e2e tests serve):
// - the production build (`vite build`): initial JavaScript and time to the first interactive screen;
// - the e2e build (`vite build --mode e2e`): the same app whose WebLLM worker runs a scripted engine (no model can be
//   downloaded here) plus the bench harness page. Streaming, judgment overhead, benchmark runner and core are measured
//   on it; only the worker's engine differs from production.
//
// Options: --skip-build (reuse the last bench builds), --quick (fewer repetitions, 300 runner items),
//          --only=startup,streaming,overhead,runner,core   --reps=N   --no-fail
/* global window -- used inside page.evaluate callbacks, which run in the page */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs';
import { initialJs } from './bench/bundle.mjs';
import { serve } from './bench/serve.mjs';
import { machineInfo } from './bench/machine.mjs';
import { installProbes, installStartupProbe, readLatestJudgment } from './bench/probes.mjs';
import { fmt, summarize } from './bench/stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.env.BENCH_OUT_DIR ?? join(ROOT, 'node_modules', '.cache', 'rewardanything-bench');
const DIST = join(OUT, 'dist');
const DIST_E2E = join(OUT, 'dist-e2e');
const RESULTS = join(ROOT, 'bench', 'results');

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = flag('quick');
const ONLY = new Set((option('only') ?? 'startup,streaming,overhead,runner,core').split(','));
const REPS = Number(option('reps') ?? (QUICK ? 3 : 5));
const LONG_REPS = Math.max(3, Math.min(REPS, QUICK ? 2 : 3));
const RUNNER_ITEMS = QUICK ? 300 : 1000;
const STREAM_TOKENS = 4000;
const MODEL = 'Qwen3-0.6B-q4f32_1-MLC';
const PRINCIPLE = 'Prefer the most complete and detailed answer.';

/** The flags of playwright.config.ts (TESTING.md), plus no background throttling: two pages run side by side. */
const CHROMIUM_ARGS = [
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

const log = (...m) => console.log('·', ...m);

// --------------------------------------------------------------------------------------------------------------------
// Build

function vite(argv, label) {
  const bin = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const t = Date.now();
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error(`${label} failed (exit ${r.status})`);
  }
  log(`${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

function build() {
  mkdirSync(OUT, { recursive: true });
  vite(['build', '--outDir', DIST, '--emptyOutDir'], 'production build (vite build)');
  vite(['build', '--mode', 'e2e', '--outDir', DIST_E2E, '--emptyOutDir'], 'e2e build with the scripted worker and the bench harness (vite build --mode e2e)');
}

/** The production build must contain neither the harness nor the scripted engine. */
function checkProductionIsClean() {
  const problems = [];
  if (existsSync(join(DIST, 'bench', 'harness.html'))) problems.push('the production build contains bench/harness.html');
  for (const f of readdirSync(join(DIST, 'assets'))) {
    if (!f.endsWith('.js')) continue;
    const text = readFileSync(join(DIST, 'assets', f), 'utf8');
    if (text.includes('SCRIPTED_ENGINE_MARKER')) problems.push(`assets/${f} contains the scripted engine`);
    if (text.includes('__bench')) problems.push(`assets/${f} contains the bench harness`);
  }
  if (!existsSync(join(DIST_E2E, 'bench', 'harness.html'))) problems.push('the e2e build has no bench/harness.html (vite.config.ts input)');
  return problems;
}

// --------------------------------------------------------------------------------------------------------------------
// Measurements

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

async function measureStartup(browser, base) {
  const samples = [];
  for (let i = 0; i <= REPS + 1; i++) {
    // A fresh context each time: empty HTTP cache, no service worker yet (a first visit).
    const context = await browser.newContext();
    await context.addInitScript(installStartupProbe);
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.__startup.interactiveAt !== null, null, { timeout: 30_000, polling: 50 });
    const s = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { interactiveMs: window.__startup.interactiveAt, fcpMs: fcp ? fcp.startTime : null, domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null };
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

async function measureStreaming(browser, base) {
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
  for (let i = 0; i < REPS; i++) {
    // Interleaved, so drift in the machine's load hits both sides alike.
    ui.push(await runOnce());
    engine.push(await engineAlone());
  }
  await harness.context.close();
  await context.close();
  return { thinkTokens: cal.thinkTokens, expectedPieces: cal.pieces, ui, engine, errors: [...errors, ...harness.errors] };
}

async function measureOverhead(browser, base) {
  const { context, page, errors } = await openHarness(browser, base);
  const sizes = [2, 10, 30];
  const out = Object.fromEntries(sizes.map((n) => [n, { rounds: [] }]));
  for (let r = 0; r < REPS; r++) {
    for (const n of sizes) {
      const res = await page.evaluate(([n, it, wu]) => window.__bench.overhead(n, it, wu), [n, QUICK ? 20 : 40, 8]);
      out[n].rounds.push({ medianMs: summarize(res.samples).median, samplesMs: res.samples, breakdownMedianMs: res.breakdownMedianMs, engineOnlyMs: res.engineOnlyMs, outputChars: res.outputChars, pieces: res.pieces });
    }
  }
  await context.close();
  return { sizes: out, errors };
}

async function measureRunner(browser, base) {
  const reps = [];
  let errors = [];
  for (let r = 0; r < LONG_REPS; r++) {
    const h = await openHarness(browser, base);
    const cdp = await h.context.newCDPSession(h.page);
    const storageEmpty = await h.page.evaluate(() => window.__bench.storageEstimate());
    await h.page.evaluate((n) => window.__bench.runnerPrepare(n), RUNNER_ITEMS);
    const storageBefore = await h.page.evaluate(() => window.__bench.storageEstimate());
    const heapBefore = await heapUsed(cdp);
    const run = await h.page.evaluate(() => window.__bench.runnerRun());
    const heapAfter = await heapUsed(cdp);
    const storageAfter = await h.page.evaluate(() => window.__bench.storageEstimate());
    reps.push({ ...run, heapBefore, heapAfter, heapGrowth: heapAfter - heapBefore, storageEmpty, storageBefore, storageAfter });
    errors = [...errors, ...h.errors];
    await h.context.close();
  }
  return { items: RUNNER_ITEMS, reps, errors };
}

async function measureCore(browser, base) {
  const { context, page, errors } = await openHarness(browser, base);
  const parse = [];
  const metrics = [];
  for (let r = 0; r < REPS; r++) {
    parse.push(await page.evaluate(() => window.__bench.parseThroughput(500)));
    metrics.push(await page.evaluate(() => window.__bench.metrics(1002, 10)));
  }
  const gpu = await page.evaluate(async () => {
    const a = await navigator.gpu?.requestAdapter();
    return a ? { vendor: a.info?.vendor ?? null, architecture: a.info?.architecture ?? null, isFallbackAdapter: a.info?.isFallbackAdapter ?? null } : null;
  });
  await context.close();
  return { parse, metrics, gpu, errors };
}

// --------------------------------------------------------------------------------------------------------------------
// Report

const MB = 1048576;

function rows(r) {
  const out = [];
  const add = (section, label, samples, unit, budget = null, digits = 1) => {
    const s = summarize(samples);
    const pass = budget && s.median !== null ? budget.test(s.median) : null;
    out.push({ section, label, unit, digits, ...s, budget: budget?.text ?? null, pass, samples });
  };
  if (r.startup) {
    add('Startup (production build)', 'Initial JavaScript, gzip', [r.startup.bundle.gzip / 1024], 'KB', { text: '≤ 250 KB', test: (m) => m <= 250 });
    add('Startup (production build)', 'First interactive screen (cold load)', r.startup.loads.map((l) => l.interactiveMs), 'ms', null, 0);
    add('Startup (production build)', 'First contentful paint', r.startup.loads.map((l) => l.fcpMs), 'ms', null, 0);
  }
  if (r.streaming) {
    const ui = r.streaming.ui;
    const eng = r.streaming.engine;
    add('Streaming (4,000-token judgment)', 'UI: tokens/s absorbed', ui.map((x) => x.uiTokensPerSec), 'tok/s', { text: '≥ 2,000 tok/s', test: (m) => m >= 2000 }, 0);
    add('Streaming (4,000-token judgment)', 'Engine alone: tokens/s', eng.map((x) => x.tokensPerSec), 'tok/s', null, 0);
    add('Streaming (4,000-token judgment)', 'Ratio UI / engine', ui.map((x, i) => (eng[i] ? x.uiTokensPerSec / eng[i].tokensPerSec : null)), '×', null, 2);
    add('Streaming (4,000-token judgment)', 'Main-thread tasks over 50 ms', ui.map((x) => x.longTasks), 'tasks', { text: '0 (no task > 50 ms)', test: (m) => m === 0 }, 0);
    add('Streaming (4,000-token judgment)', 'Longest task over 50 ms (0 = none)', ui.map((x) => x.longestTaskMs), 'ms', { text: '≤ 50 ms', test: (m) => m <= 50 }, 0);
    add('Streaming (4,000-token judgment)', 'Dropped frames', ui.map((x) => x.droppedFrames), 'frames', null, 0);
    add('Streaming (4,000-token judgment)', 'Completion tokens', ui.map((x) => x.completionTokens), 'tok', null, 0);
  }
  if (r.overhead) {
    for (const [n, v] of Object.entries(r.overhead.sizes)) {
      add('Judgment overhead (build, parse, un-mask, persist)', `${n} candidates`, v.rounds.map((x) => x.medianMs), 'ms', n === '10' ? { text: '≤ 5 ms', test: (m) => m <= 5 } : null, 2);
    }
    const ten = r.overhead.sizes[10];
    if (ten) {
      add('Judgment overhead (build, parse, un-mask, persist)', '  of which main-thread CPU, 10 candidates', ten.rounds.map((x) => x.breakdownMedianMs.cpu), 'ms', null, 2);
      add('Judgment overhead (build, parse, un-mask, persist)', '  one IndexedDB put (commit wait), 10 candidates', ten.rounds.map((x) => x.breakdownMedianMs.persistTwoPuts / 2), 'ms', null, 2);
    }
  }
  if (r.runner) {
    const reps = r.runner.reps;
    const sec = `Benchmark runner (${r.runner.items.toLocaleString('en-US')} items, BenchRunner + IndexedDB)`;
    add(sec, 'Time per item outside the engine', reps.map((x) => x.perItemMs), 'ms', { text: '≤ 5 ms', test: (m) => m <= 5 }, 2);
    add(sec, '  of which waiting on IndexedDB', reps.map((x) => x.perItemMs - x.perItemOtherMs), 'ms', null, 2);
    add(sec, 'JS heap before (after GC)', reps.map((x) => x.heapBefore / MB), 'MB');
    add(sec, 'JS heap after (after GC)', reps.map((x) => x.heapAfter / MB), 'MB');
    add(sec, 'JS heap growth', reps.map((x) => x.heapGrowth / MB), 'MB', { text: '< 50 MB', test: (m) => m < 50 });
    add(sec, 'IndexedDB usage after the run', reps.map((x) => (x.storageAfter.indexedDB ?? x.storageAfter.usage) / MB), 'MB');
  }
  if (r.core) {
    add('Core', 'parseJudgeOutput on 2–8 KB outputs', r.core.parse.map((x) => x.outputsPerSec), 'outputs/s', null, 0);
    add('Core', 'parseJudgeOutput throughput', r.core.parse.map((x) => x.mbPerSec), 'MB/s', null, 1);
    add('Core', 'Metrics: 1,002 items × 10 candidates (scoreItem + aggregateReport, bootstrap)', r.core.metrics.map((x) => x.totalMs), 'ms', null, 0);
  }
  return out;
}

function printTable(table) {
  const head = ['Figure', 'Median', 'Spread (min–max)', 'n', 'Budget', ''];
  const lines = [];
  let section = null;
  for (const row of table) {
    if (row.section !== section) {
      section = row.section;
      lines.push({ section });
    }
    const unit = row.unit ? ` ${row.unit}` : '';
    lines.push([
      `  ${row.label}`,
      `${fmt(row.median, row.digits)}${unit}`,
      row.n > 1 ? `${fmt(row.min, row.digits)}–${fmt(row.max, row.digits)}` : '',
      String(row.n),
      row.budget ?? '—',
      row.pass === null ? '' : row.pass ? '✓' : '✗',
    ]);
  }
  const cells = lines.filter(Array.isArray);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const pad = (c) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : i === 5 ? x : x.padStart(widths[i]))).join('  ');
  console.log('\n' + pad(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const l of lines) console.log(Array.isArray(l) ? pad(l) : `${l.section}`);
}

// --------------------------------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const machine = machineInfo();
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(2);
  }
  if (!flag('skip-build') || !existsSync(join(DIST_E2E, 'bench', 'harness.html'))) build();
  const clean = checkProductionIsClean();
  if (clean.length) {
    for (const p of clean) console.error(`✗ ${p}`);
    process.exit(2);
  }

  const prod = await serve(DIST);
  const e2e = await serve(DIST_E2E);
  log(`serving the production build at ${prod.url} and the e2e build (scripted WebLLM worker + harness) at ${e2e.url}`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const results = {};
  try {
    if (ONLY.has('startup')) {
      log('startup: initial JavaScript and cold loads of the production build');
      results.startup = { bundle: initialJs(DIST), loads: await measureStartup(browser, prod.url) };
    }
    if (ONLY.has('streaming')) {
      log(`streaming: ${REPS} judgments of ≈${STREAM_TOKENS.toLocaleString('en-US')} tokens through the UI, each against the engine alone`);
      results.streaming = await measureStreaming(browser, e2e.url);
    }
    if (ONLY.has('overhead')) {
      log('judgment overhead at 2, 10 and 30 candidates');
      results.overhead = await measureOverhead(browser, e2e.url);
    }
    if (ONLY.has('runner')) {
      log(`benchmark runner: ${LONG_REPS} runs of ${RUNNER_ITEMS.toLocaleString('en-US')} items`);
      results.runner = await measureRunner(browser, e2e.url);
    }
    if (ONLY.has('core')) {
      log('core: parse throughput and metrics');
      results.core = await measureCore(browser, e2e.url);
    }
  } finally {
    machine.chromium = browser.version();
    machine.loadAvgAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
    await browser.close();
    await prod.close();
    await e2e.close();
  }

  const table = rows(results);
  machine.gpu = results.core?.gpu ?? null;
  const report = {
    machine,
    builds: {
      production: 'vite build → served by vite preview: startup figures',
      e2e: 'vite build --mode e2e (the production build of the same app with the WebLLM worker engine scripted, plus bench/harness.html) → served by vite preview: streaming, overhead, runner and core figures',
    },
    options: { quick: QUICK, reps: REPS, longReps: LONG_REPS, runnerItems: RUNNER_ITEMS, only: [...ONLY] },
    durationSec: Math.round((Date.now() - started) / 1000),
    table: table.map(({ samples, ...row }) => ({ ...row, samples })),
    results,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(RESULTS, `${machine.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(report, null, 2) + '\n');

  console.log(`\nRewardAnything Playground bench — ${machine.date}`);
  console.log(`${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemGB} GB, ${machine.platform}, Node ${machine.node}, Chromium ${machine.chromium}` + (machine.gpu ? `, WebGPU adapter ${machine.gpu.vendor}/${machine.gpu.architecture}${machine.gpu.isFallbackAdapter ? ' (fallback, CPU)' : ''}` : ''));
  console.log(`Load average ${machine.loadAvgAtStart.join(' ')} at start, ${machine.loadAvgAtEnd.join(' ')} at end. Median of repeated runs; pass/fail is judged on the median.`);
  console.log('Startup: production build. Everything else: the e2e build (same app, scripted WebLLM worker engine).');
  printTable(table);
  const allErrors = [...(results.streaming?.errors ?? []), ...(results.overhead?.errors ?? []), ...(results.runner?.errors ?? []), ...(results.core?.errors ?? [])];
  if (allErrors.length) console.log(`\nPage errors during the bench:\n  ${allErrors.join('\n  ')}`);
  const failed = table.filter((r) => r.pass === false);
  console.log(`\n${failed.length === 0 ? '✓ every budget passes' : `✗ ${failed.length} budget(s) missed: ${failed.map((f) => f.label).join('; ')}`}`);
  console.log(`Raw samples: bench/results/latest.json (${report.durationSec} s)`);
  if (failed.length && !flag('no-fail')) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
