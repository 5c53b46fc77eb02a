#!/usr/bin/env node
// A/B comparison of two e2e builds (before and after a change), interleaved round by round so that the load of a
// shared, noisy machine hits both alike. This is how the before/after figures of docs/performance.md were taken.
//
//   node node_modules/vite/bin/vite.js build --mode e2e --outDir /tmp/a     (in the "before" checkout)
//   node node_modules/vite/bin/vite.js build --mode e2e --outDir /tmp/b     (in the "after" checkout)
//   node scripts/bench/ab.mjs /tmp/a /tmp/b [--rounds=5] [--only=streaming,overhead,runner,core,pipeline] [--items=1000]
//
// `pipeline`: the scale measurement without the UI (engine + runner + IndexedDB against the HTTP/2 judge, 64 in
// flight, --items of them): page CPU per judgment and judgments per second, each round. `scale`: the same through
// the bench page (the UI).
//
// Writes bench/results/ab-latest.json and prints both sides beside the budgets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../chromium.mjs';
import { CHROMIUM_ARGS, measureCore, measureOverhead, measureRunner, measureStreaming } from './measure.mjs';
import { serve } from './serve.mjs';
import { measurePipeline, measureScale } from './scale.mjs';
import { machineInfo } from './machine.mjs';
import { printComparison, rows } from './report.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const [dirA, dirB] = args.filter((a) => !a.startsWith('--'));
if (!dirA || !dirB) {
  console.error('usage: node scripts/bench/ab.mjs <e2e build A> <e2e build B> [--rounds=5] [--only=streaming,overhead,runner,core] [--items=1000]');
  process.exit(2);
}
const ROUNDS = Number(option('rounds') ?? 5);
const ONLY = new Set((option('only') ?? 'streaming,overhead,runner,core').split(','));
const ITEMS = Number(option('items') ?? 1000);

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(2);
}

const machine = machineInfo();
const servers = { A: await serve(dirA), B: await serve(dirB) };
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
const empty = () => ({ streaming: { ui: [], engine: [], errors: [] }, overhead: { sizes: { 2: { rounds: [] }, 10: { rounds: [] }, 30: { rounds: [] } }, errors: [] }, runner: { items: ITEMS, reps: [], errors: [] }, pipeline: [], scale: [], core: { parse: [], metrics: [], errors: [] } });
const res = { A: empty(), B: empty() };
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
      const base = servers[side].url;
      const r = res[side];
      console.log(`· round ${round + 1}/${ROUNDS}, ${side}`);
      if (ONLY.has('streaming')) {
        const s = await measureStreaming(browser, base, { reps: 1 });
        r.streaming.ui.push(...s.ui);
        r.streaming.engine.push(...s.engine);
        r.streaming.errors.push(...s.errors);
      }
      if (ONLY.has('overhead')) {
        const o = await measureOverhead(browser, base, { reps: 1 });
        for (const n of Object.keys(o.sizes)) r.overhead.sizes[n].rounds.push(...o.sizes[n].rounds);
      }
      if (ONLY.has('runner') && round < 3) {
        const x = await measureRunner(browser, base, { reps: 1, items: ITEMS });
        r.runner.reps.push(...x.reps);
      }
      if (ONLY.has('pipeline')) {
        const p = await measurePipeline(browser, base, { items: ITEMS });
        r.pipeline.push({ pageCpuMsPerJudgment: p.pageCpuMsPerJudgment, mainThreadCpuMsPerJudgment: p.mainThreadCpuMsPerJudgment, judgmentsPerSec: p.judgmentsPerSec, preflights: p.server.preflights ?? null });
      }
      if (ONLY.has('scale')) {
        const p = await measureScale(browser, base, { items: ITEMS });
        r.scale.push({ pageCpuMsPerJudgment: p.pageCpuMsPerJudgment, mainThreadCpuMsPerJudgment: p.mainThreadCpuMsPerJudgment, judgmentsPerSec: p.judgmentsPerSec, longestTaskWallMs: p.longestTaskWallMs });
      }
      if (ONLY.has('core')) {
        const c = await measureCore(browser, base, { reps: 1 });
        r.core.parse.push(...c.parse);
        r.core.metrics.push(...c.metrics);
      }
    }
  }
} finally {
  machine.chromium = browser.version();
  await browser.close();
  await servers.A.close();
  await servers.B.close();
}
const pick = (r) => Object.fromEntries([...ONLY].filter((k) => k !== 'pipeline' && k !== 'scale').map((k) => [k, r[k]]));
const tableA = rows(pick(res.A));
const tableB = rows(pick(res.B));
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'ab-latest.json'), JSON.stringify({ machine, a: dirA, b: dirB, rounds: ROUNDS, tableA, tableB, results: res }, null, 2) + '\n');
console.log(`\nA = ${dirA}\nB = ${dirB}\n${machine.cpus} × ${machine.cpuModel}, load average ${machine.loadAvgAtStart.join(' ')} at start; interleaved rounds: ${ROUNDS}`);
printComparison(tableA, tableB);
for (const [key, title] of [['pipeline', 'Without the UI'], ['scale', 'Through the bench page']]) {
  if (!ONLY.has(key)) continue;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const line = (label, field, digits) => console.log(`${label.padEnd(56)} A ${median(res.A[key].map((p) => p[field])).toFixed(digits).padStart(8)}   B ${median(res.B[key].map((p) => p[field])).toFixed(digits).padStart(8)}`);
  console.log(`\n${title} (${ITEMS} items, 64 in flight, HTTP/2 judge), median of ${ROUNDS} rounds:`);
  line('page CPU per judgment (ms)', 'pageCpuMsPerJudgment', 2);
  line('  of which main thread (ms)', 'mainThreadCpuMsPerJudgment', 2);
  line('judgments per second', 'judgmentsPerSec', 0);
}
