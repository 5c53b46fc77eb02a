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
//          --only=startup,streaming,overhead,runner,core,scale,grammar   --reps=N   --no-fail
//          --scale-items=N (the scale run's items: 1,000 in the default run, 5,000 with --only=scale)
//          --profile (the scale run with a sampling CPU profile of the page and its workers, in latest.json)
//          --wait-quiet[=seconds] (wait, 300 s at most, for the load average to drop below the CPU count)
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
import { CHROMIUM_ARGS, measureCore, measureOverhead, measureRunner, measureStartup, measureStreaming, STREAM_TOKENS } from './bench/measure.mjs';
import { printTable, rows } from './bench/report.mjs';
import { measureGrammar } from './bench/grammar.mjs';
import { measurePipeline, measureScale, SCALE_IN_FLIGHT, SCALE_ITEMS } from './bench/scale.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.env.BENCH_OUT_DIR ?? join(ROOT, 'node_modules', '.cache', 'rewardanything-bench');
const DIST = join(OUT, 'dist');
const DIST_E2E = join(OUT, 'dist-e2e');
const RESULTS = join(ROOT, 'bench', 'results');

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = flag('quick');
const ONLY = new Set((option('only') ?? 'startup,streaming,overhead,runner,core,scale,grammar').split(','));
// The scale run judges 5,000 items when asked for by name; the default run keeps it to 1,000 (see docs/performance.md).
const SCALE_RUN_ITEMS = Number(option('scale-items') ?? (option('only')?.split(',').includes('scale') ? SCALE_ITEMS : QUICK ? 300 : 1000));
const REPS = Number(option('reps') ?? (QUICK ? 3 : 5));
const LONG_REPS = 3; // the runner's 1,000 items take long: 3 repetitions
const RUNNER_ITEMS = QUICK ? 300 : 1000;
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

// --------------------------------------------------------------------------------------------------------------------

const busy = (cpus) => os.loadavg()[0] > 2 * cpus;

/** --wait-quiet[=seconds]: wait (default up to 300 s) for the 1-minute load average to drop below the CPU count. */
async function waitForQuiet(cpus) {
  const arg = args.find((a) => a === '--wait-quiet' || a.startsWith('--wait-quiet='));
  if (!arg) return null;
  const limit = Number(arg.split('=')[1] ?? 300) * 1000;
  const t = Date.now();
  while (os.loadavg()[0] >= cpus && Date.now() - t < limit) {
    log(`waiting for a quieter machine: load average ${os.loadavg()[0].toFixed(1)} on ${cpus} CPUs`);
    await new Promise((r) => setTimeout(r, 15_000));
  }
  if (os.loadavg()[0] >= cpus) log(`still busy after ${Math.round(limit / 1000)} s: measuring anyway`);
  return Math.round((Date.now() - t) / 1000);
}

async function main() {
  const started = Date.now();
  const machine = machineInfo();
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(2);
  }
  if (!flag('skip-build') || !existsSync(join(DIST_E2E, 'bench', 'harness.html'))) build();
  const waited = await waitForQuiet(machine.cpus);
  if (waited !== null) {
    // What counts is the machine while measuring: take the date and load again after the wait.
    machine.waitedForQuietSec = waited;
    machine.date = new Date().toISOString();
    machine.loadAvgAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  }
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
      results.startup = { bundle: initialJs(DIST), loads: await measureStartup(browser, prod.url, { reps: REPS }) };
    }
    if (ONLY.has('streaming')) {
      log(`streaming: ${REPS} judgments of ≈${STREAM_TOKENS.toLocaleString('en-US')} tokens through the UI, each against the engine alone`);
      results.streaming = await measureStreaming(browser, e2e.url, { reps: REPS });
    }
    if (ONLY.has('overhead')) {
      log('judgment overhead at 2, 10 and 30 candidates');
      results.overhead = await measureOverhead(browser, e2e.url, { reps: REPS, iterations: QUICK ? 20 : 40 });
    }
    if (ONLY.has('runner')) {
      log(`benchmark runner: ${LONG_REPS} runs of ${RUNNER_ITEMS.toLocaleString('en-US')} items`);
      results.runner = await measureRunner(browser, e2e.url, { reps: LONG_REPS, items: RUNNER_ITEMS });
    }
    if (ONLY.has('scale')) {
      log(`scale: ${SCALE_RUN_ITEMS.toLocaleString('en-US')} items through the bench page, ${SCALE_IN_FLIGHT} in flight, against an HTTP/2 loopback judge`);
      results.scale = await measureScale(browser, e2e.url, { items: SCALE_RUN_ITEMS, inFlight: SCALE_IN_FLIGHT, log, profile: flag('profile') });
      log(`scale: the same without the UI (the harness: engine, runner, IndexedDB), ${SCALE_RUN_ITEMS.toLocaleString('en-US')} items`);
      results.scale.pipeline = await measurePipeline(browser, e2e.url, { items: SCALE_RUN_ITEMS, inFlight: SCALE_IN_FLIGHT, profile: flag('profile') });
    }
    if (ONLY.has('grammar')) {
      log('grammar: the answer grammar with the real xgrammar and Qwen3 vocabulary (Node), and expected scores at 30 candidates');
      results.grammar = await measureGrammar({ root: ROOT, reps: REPS, log });
    }
    if (ONLY.has('core')) {
      log('core: parse throughput and metrics');
      results.core = await measureCore(browser, e2e.url, { reps: REPS });
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
    options: { quick: QUICK, reps: REPS, longReps: LONG_REPS, runnerItems: RUNNER_ITEMS, scaleItems: SCALE_RUN_ITEMS, only: [...ONLY] },
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
  if (machine.loadAvgAtStart[0] > 2 * machine.cpus || busy(machine.cpus)) {
    console.log(`\n⚠ The machine was busy (1-minute load average ${machine.loadAvgAtStart[0]} at start, ${machine.loadAvgAtEnd[0]} at end, on ${machine.cpus} CPUs): timings are inflated and a descheduled main thread shows up as long tasks. Rerun when it is quieter (--wait-quiet), or compare versions with scripts/bench/ab.mjs.`);
  }
  const allErrors = [...(results.streaming?.errors ?? []), ...(results.overhead?.errors ?? []), ...(results.runner?.errors ?? []), ...(results.core?.errors ?? []), ...(results.scale?.errors ?? []), ...(results.scale?.pipeline?.errors ?? [])];
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
