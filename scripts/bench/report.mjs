// The bench's table: every figure with its median, spread, budget and pass/fail mark (pass/fail on the median).
import { fmt, summarize } from './stats.mjs';


const MB = 1048576;

export function rows(r) {
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
    const writes = (x) => Object.entries(x.perItemStorageWaitMs).reduce((s, [k, v]) => (k.startsWith('put') ? s + v : s), 0);
    add(sec, '  time spent in IndexedDB writes (may overlap the engine)', reps.map(writes), 'ms', null, 2);
    add(sec, 'JS heap before (after GC)', reps.map((x) => x.heapBefore / MB), 'MB');
    add(sec, 'JS heap after (after GC)', reps.map((x) => x.heapAfter / MB), 'MB');
    add(sec, 'JS heap growth', reps.map((x) => x.heapGrowth / MB), 'MB', { text: '< 50 MB', test: (m) => m < 50 });
    add(sec, 'IndexedDB usage after the run', reps.map((x) => (x.storageAfter.indexedDB ?? x.storageAfter.usage) / MB), 'MB');
  }
  if (r.scale) {
    const x = r.scale;
    const sec = `Scale (${x.items.toLocaleString('en-US')} items through the bench page, ${x.inFlight} in flight, HTTP/2 loopback judge answering at once)`;
    add(sec, 'Page CPU per judgment (renderer: main thread + workers)', [x.pageCpuMsPerJudgment], 'ms', { text: '≤ 5 ms', test: (m) => m <= 5 }, 2);
    add(sec, '  of which main thread', [x.mainThreadCpuMsPerJudgment], 'ms', null, 2);
    if (x.pipeline) {
      add(sec, 'Without the UI (harness: engine + runner + IndexedDB): page CPU per judgment', [x.pipeline.pageCpuMsPerJudgment], 'ms', null, 2);
      add(sec, '  of which main thread', [x.pipeline.mainThreadCpuMsPerJudgment], 'ms', null, 2);
      add(sec, '  judgments per second', [x.pipeline.judgmentsPerSec], '/s', null, 0);
    }
    add(sec, 'Judgments per second, whole run', [x.judgmentsPerSec], '/s', null, 0);
    add(sec, 'Judgments per second, sustained (20–80% of the run)', [x.sustainedPerSec], '/s', null, 0);
    // The page's own count is the budget: a server that answers at once finishes most completions before the page reads
    // them, so its count of open completions stays below the asked number however well the page keeps up. One slot in
    // twenty may be between requests (the last answer stored, the next item read).
    add(sec, 'Most requests in flight as the page saw them (answer started, not yet read)', [x.persisted.figures?.peakInFlight ?? null], '', { text: `≥ ${Math.ceil(x.inFlight * 0.95)}`, test: (m) => m >= Math.ceil(x.inFlight * 0.95) }, 0);
    add(sec, '  most chat completions open at once at the server', [x.server.peakOpenCompletions ?? x.server.peakOpenStreams], '', null, 0);
    if (x.server.preflights !== undefined) add(sec, '  CORS preflights per chat completion', [x.server.preflights / Math.max(1, x.server.completions)], '', null, 2);
    const m = x.pipeline?.meanRequests;
    if (m) {
      add(sec, '  without the UI, on average: sent, headers not yet seen by the page', [m.sentAwaitingHeaders], '', null, 1);
      add(sec, '    open (answer being read)', [m.open], '', null, 1);
      add(sec, '    between requests (the next item read, the last one stored)', [m.betweenRequests], '', null, 1);
    }
    add(sec, 'Main-thread tasks over 50 ms (wall)', [x.longTasksOver50ms], 'tasks', null, 0);
    add(sec, 'Longest main-thread task (wall, 0 = none over 50 ms)', [x.longestTaskWallMs], 'ms', null, 0);
    add(sec, `Longest main-thread task, CPU (traced ${((x.trace?.windowMs ?? 0) / 1000).toFixed(0)} s mid-run)`, [x.trace?.longestCpuMs ?? null], 'ms', { text: '≤ 50 ms', test: (m) => m <= 50 }, 1);
    add(sec, 'JS heap at start (after GC)', [x.heap.start / MB], 'MB');
    add(sec, 'JS heap in the middle (after GC)', [x.heap.middle ? x.heap.middle.bytes / MB : null], 'MB');
    add(sec, 'JS heap at the end (after GC)', [x.heap.end / MB], 'MB');
    add(sec, 'Results persisted under their own index and id', [x.persisted.inPlace], 'items', { text: `${x.items}`, test: (m) => m === x.items }, 0);
    add(sec, 'Results shown in item order (first rows)', [x.shownInOrder ? 1 : 0], '', { text: 'yes', test: (m) => m === 1 }, 0);
  }
  if (r.grammar) {
    const g = r.grammar;
    const sec = 'Answer grammar (real xgrammar 0.1.27, Qwen3 vocabulary, in Node)';
    for (const n of ['4', '10', '30']) {
      if (g.compile[n]) add(sec, `Compile, ${n} names (no cache)`, g.compile[n].samples, 'ms', { text: '≤ 1,000 ms', test: (m) => m <= 1000 }, 0);
    }
    add(sec, `Mask + accept per token, ${g.perToken.tokens.toLocaleString('en-US')}-token judgment (median)`, g.perToken.reps.map((x) => x.medianMs), 'ms', { text: '≤ 1 ms', test: (m) => m <= 1 }, 3);
    add(sec, '  95th percentile per token', g.perToken.reps.map((x) => x.p95Ms), 'ms', null, 3);
    add(sec, '  tokens accepted of the judgment', g.perToken.reps.map((x) => x.accepted), 'tok', { text: `${g.perToken.tokens}`, test: (m) => m === g.perToken.tokens }, 0);
    add(sec, 'Expected scores from log probabilities, 30 candidates', g.expectedScores.samples, 'ms', { text: '≤ 1 ms', test: (m) => m <= 1 }, 3);
  }
  if (r.core) {
    add('Core', 'parseJudgeOutput on 2–8 KB outputs', r.core.parse.map((x) => x.outputsPerSec), 'outputs/s', null, 0);
    add('Core', 'parseJudgeOutput throughput', r.core.parse.map((x) => x.mbPerSec), 'MB/s', null, 1);
    add('Core', 'Metrics: 1,002 items × 10 candidates (scoreItem + aggregateReport, bootstrap; in a worker on the page)', r.core.metrics.map((x) => x.totalMs), 'ms', null, 0);
    add('Core', 'Metrics point estimates, no bootstrap (what stays on the main thread)', r.core.metrics.map((x) => x.pointEstimatesMs ?? Number.NaN), 'ms', null, 1);
    if (r.core.bothScores?.length) {
      const b = r.core.bothScores;
      add('Core', 'Run metrics on integer scores, 1,002 items × 10, with intervals (metrics worker)', b.map((x) => x.integerWithIntervalsMs), 'ms', null, 0);
      add('Core', '  the same with the expected-score column beside them', b.map((x) => x.bothWithIntervalsMs), 'ms', null, 0);
      add('Core', 'Run metrics point estimates, integer scores only (main thread, once a second)', b.map((x) => x.integerPointMs), 'ms', null, 1);
      add('Core', '  the same with the expected-score column (main thread)', b.map((x) => x.bothPointMs), 'ms', { text: '≤ 50 ms (one task)', test: (m) => m <= 50 }, 1);
    }
    if (r.core.suites) {
      add('Core', 'Suite agreement: 200 cases with 95% bootstrap intervals (off the main thread)', r.core.suites.map((x) => x.withIntervalsMs), 'ms', { text: '≤ 200 ms', test: (m) => m <= 200 }, 1);
      add('Core', 'Suite agreement point estimates, no bootstrap (main thread)', r.core.suites.map((x) => x.pointEstimatesMs), 'ms', { text: '≤ 5 ms', test: (m) => m <= 5 }, 2);
    }
  }
  return out;
}

export function printTable(table) {
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

/** Two tables of the same figures side by side (scripts/bench/ab.mjs): A and B medians, spreads and marks. */
export function printComparison(a, b, labels = ['A', 'B']) {
  const key = (r) => `${r.section}\u0000${r.label}`;
  const bByKey = new Map(b.map((r) => [key(r), r]));
  const head = ['Figure', `${labels[0]} median`, `${labels[0]} spread`, `${labels[1]} median`, `${labels[1]} spread`, 'Budget', ''];
  const lines = [];
  let section = null;
  const mark = (p) => (p === null ? ' ' : p ? '✓' : '✗');
  for (const ra of a) {
    const rb = bByKey.get(key(ra));
    if (!rb) continue;
    if (ra.section !== section) {
      section = ra.section;
      lines.push({ section });
    }
    const unit = ra.unit ? ` ${ra.unit}` : '';
    const spread = (r) => (r.n > 1 ? `${fmt(r.min, r.digits)}–${fmt(r.max, r.digits)}` : '');
    lines.push([`  ${ra.label}`, `${fmt(ra.median, ra.digits)}${unit}`, spread(ra), `${fmt(rb.median, rb.digits)}${unit}`, spread(rb), ra.budget ?? '—', `${mark(ra.pass)} → ${mark(rb.pass)}`]);
  }
  const cells = lines.filter(Array.isArray);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const pad = (c) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : i === 6 ? x : x.padStart(widths[i]))).join('  ');
  console.log('\n' + pad(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const l of lines) console.log(Array.isArray(l) ? pad(l) : `${l.section}`);
}
