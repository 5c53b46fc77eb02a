/**
 * The bench harness page (bench/harness.html), built ONLY in the e2e build mode (vite.config.ts adds it as an extra
 * input when mode === 'e2e'; the production build never contains it). `npm run bench` (scripts/bench.mjs) opens it in
 * headless Chromium and calls `window.__bench.*`.
 *
 * It runs the app's own code — core, the WebLLM engine client with the (scripted) worker, runJudgment, the benchmark
 * runner and IndexedDB persistence — without the React UI, to measure what the UI adds (streaming ratio) and the cost
 * of the app's own work outside the engine. Fake engines here are test-only, like the scripted worker.
 */
import {
  aggregateReport,
  buildJudgeMessages,
  createStreamParser,
  maskedName,
  mulberry32,
  newRunRecord,
  parseJudgeOutput,
  runMetrics,
  scoreItem,
  suiteAgreement,
  type BenchItem,
  type ChatMessage,
  type JudgeInput,
  type SlicedItem,
  type Suite,
  type NamedScores,
} from '../src/core/index.ts';
import { WebLLMEngine } from '../src/engine/webllm/webllmEngine.ts';
import { OpenAIEngine } from '../src/engine/openai/engine.ts';
import { PREBUILT_QWEN3, toModelRecord } from '../src/engine/webllm/catalog.ts';
import type { JudgeEngine, JudgeOptions, RawJudgment, Sampling } from '../src/engine/types.ts';
import { runJudgment } from '../src/state/judge/runJudgment.ts';
import { putJudgment } from '../src/state/persist/judgments.ts';
import type { EngineRef, JudgmentRecord } from '../src/core/index.ts';
import { BenchRunner, type RunStorage } from '../src/state/bench/runner.ts';
import { idbRunStorage } from '../src/state/bench/storage.ts';
import { createRun } from '../src/state/persist/benchDb.ts';
import type { ItemSummary, LiveItem, RunRecord } from '../src/core/index.ts';
import { scriptJudgment, tokenizeForStreaming } from '../e2e/fixtures/scripted-judge.ts';

const SAMPLING: Sampling = { temperature: 0, top_p: 1, max_tokens: 8192, enable_thinking: true };
const FAKE_REF: EngineRef = { kind: 'webllm', modelId: 'bench-fake', contextWindow: 8192 };

// ---------------------------------------------------------------------------------------------------------------
// Realistic synthetic text (seeded, so every run of the bench judges the same data).

const WORDS = (
  'the answer response explains why because however therefore correct complete concise detailed principle prefers ' +
  'accurate claim evidence example step first second finally user question asks about missing error clear structure ' +
  'tone polite helpful harmful safe unsafe code function returns value list loop edge case test input output format ' +
  'markdown table heading bullet paragraph length short long verbose summary conclusion reasoning compares against ' +
  'both all neither slightly strongly overall better worse best worst rank score points deduct award rule follows'
).split(' ');

function words(rng: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rng() * WORDS.length)]!);
  return out.join(' ');
}

function paragraph(rng: () => number, chars: number): string {
  let s = '';
  while (s.length < chars) {
    const sentence = words(rng, 6 + Math.floor(rng() * 14));
    s += (s ? ' ' : '') + sentence[0]!.toUpperCase() + sentence.slice(1) + '.';
  }
  return s;
}

function candidates(rng: () => number, n: number, minChars = 200, maxChars = 1200): Array<{ name: string; text: string }> {
  return Array.from({ length: n }, (_, i) => ({ name: `Answer ${i + 1}`, text: paragraph(rng, minChars + Math.floor(rng() * (maxChars - minChars))) }));
}

/**
 * A model output of about `bytes` characters for the masked names: `<think>` reasoning that discusses each candidate,
 * then the answer JSON (scores and best-to-worst), the shape RewardAnything produces.
 */
function judgeOutput(rng: () => number, names: readonly string[], bytes: number, variant: 'clean' | 'fenced' | 'python' = 'clean'): string {
  const scored = names.map((n) => [n, 1 + Math.floor(rng() * 10)] as const);
  const ranking = [...scored].sort((a, b) => b[1] - a[1]).map(([n]) => n);
  const answer =
    variant === 'python'
      ? `{'scores': {${scored.map(([n, s]) => `'${n}': ${s}`).join(', ')},}, 'best-to-worst': [${ranking.map((n) => `'${n}'`).join(', ')},],}`
      : JSON.stringify({ scores: Object.fromEntries(scored), 'best-to-worst': ranking }, null, variant === 'fenced' ? 2 : undefined);
  const wrapped = variant === 'fenced' ? '```json\n' + answer + '\n```' : answer;
  const room = Math.max(200, bytes - wrapped.length - 20);
  const per = Math.max(60, Math.floor(room / (names.length + 1)));
  const parts = [paragraph(rng, per)];
  for (const n of names) parts.push(`${n}: ${paragraph(rng, per - n.length - 2)}`);
  return `<think>\n${parts.join('\n\n').slice(0, room)}\n</think>\n\n${wrapped}`;
}

const maskedNames = (n: number) => Array.from({ length: n }, (_, i) => maskedName(i));

function quantiles(xs: number[]): { median: number; p25: number; p75: number; min: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    return s[lo]! + (s[Math.min(s.length - 1, lo + 1)]! - s[lo]!) * (i - lo);
  };
  return { median: q(0.5), p25: q(0.25), p75: q(0.75), min: s[0]!, max: s[s.length - 1]! };
}

// ---------------------------------------------------------------------------------------------------------------
// Fake engines (test-only): after a simulated prefill wait, emit precomputed pieces synchronously, so what is timed is
// the app's work on them.

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Emits a canned output (masked names read from the request) in ~4-character pieces, as fast as it can, after waiting
 * `prefillMs` (a real engine always spends time on the prompt first: hundreds of ms on a GPU; 0 for none).
 * `waitedMs` adds up the time actually waited (timers fire late on a busy machine), which is the engine's own time.
 */
class InstantEngine implements JudgeEngine {
  readonly kind = 'webllm' as const;
  waitedMs = 0;
  /** Precomputed pieces per number of candidates: the engine's own work is a loop over an array. */
  private readonly cache = new Map<number, { text: string; pieces: string[] }>();
  constructor(
    private readonly bytes: number,
    private readonly seed = 7,
    private readonly prefillMs = 0,
  ) {}
  async load() {
    return { modelId: FAKE_REF.modelId, contextWindow: 8192, loadMs: 0 };
  }
  async unload() {}
  output(n: number): { text: string; pieces: string[] } {
    let o = this.cache.get(n);
    if (!o) {
      const text = judgeOutput(mulberry32(this.seed + n), maskedNames(n), this.bytes);
      o = { text, pieces: tokenizeForStreaming(text) };
      this.cache.set(n, o);
    }
    return o;
  }
  async judge(messages: ChatMessage[], _sampling: Sampling, opts: JudgeOptions): Promise<RawJudgment> {
    if (this.prefillMs > 0) {
      const t = performance.now();
      await sleep(this.prefillMs);
      this.waitedMs += performance.now() - t;
    }
    const user = JSON.parse(messages[1]!.content) as { responses: Record<string, string> };
    const { text, pieces } = this.output(Object.keys(user.responses).length);
    for (const p of pieces) opts.onDelta(p);
    return {
      text,
      finishReason: 'stop',
      stats: { timeToFirstTokenMs: this.prefillMs, prefillTokensPerSec: null, decodeTokensPerSec: null, endToEndMs: this.prefillMs, promptTokens: Math.ceil(messages[1]!.content.length / 4), completionTokens: pieces.length },
    };
  }
}

/** The engine's own cost per call with no prefill wait (reading the request, looping over the pieces), by size. */
async function dryCost(fake: InstantEngine, sizes: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const n of sizes) {
    fake.output(n);
    const msgs: ChatMessage[] = [
      { role: 'system', content: '' },
      { role: 'user', content: JSON.stringify({ responses: Object.fromEntries(maskedNames(n).map((m) => [m, 'x'.repeat(600)])) }) },
    ];
    const xs: number[] = [];
    for (let k = 0; k < 20; k++) {
      const t = performance.now();
      for (let j = 0; j < 10; j++) await fake.judge(msgs, SAMPLING, { signal: new AbortController().signal, onDelta: () => {} });
      xs.push((performance.now() - t) / 10);
    }
    out.set(n, quantiles(xs).median);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The API the bench script calls.

let engine: WebLLMEngine | null = null;

async function loadEngine(modelId: string, contextWindow = 8192): Promise<{ loadMs: number }> {
  engine = new WebLLMEngine();
  engine.setRecords(PREBUILT_QWEN3.map((m) => toModelRecord(m, contextWindow)));
  const info = await engine.load({ id: modelId, contextWindow }, { onProgress: () => {}, signal: new AbortController().signal });
  return { loadMs: info.loadMs };
}

/** The largest `[[think-tokens:N]]` for which the scripted engine streams at most `target` pieces for this input. */
function calibrate(input: JudgeInput, mask: boolean, target: number): { thinkTokens: number; pieces: number } {
  const pieces = (n: number) => {
    const principle = input.principle.replace(/\[\[think-tokens:\d+\]\]/, `[[think-tokens:${n}]]`);
    const { messages } = buildJudgeMessages({ ...input, principle }, { mask });
    return tokenizeForStreaming(scriptJudgment(messages)).length;
  };
  let lo = 1;
  let hi = target;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (pieces(mid) <= target) lo = mid;
    else hi = mid - 1;
  }
  return { thinkTokens: lo, pieces: pieces(lo) };
}

/** The engine alone: the same request through the same worker, with a no-op onDelta (no parser, no store, no UI). */
async function engineAlone(input: JudgeInput, mask: boolean, sampling: Sampling) {
  if (!engine) throw new Error('loadEngine first');
  const { messages } = buildJudgeMessages(input, { mask });
  let deltas = 0;
  let firstAt = 0;
  const t0 = performance.now();
  const res = await engine.judge(messages, sampling, {
    signal: new AbortController().signal,
    onDelta() {
      if (deltas === 0) firstAt = performance.now();
      deltas++;
    },
  });
  const end = performance.now();
  const tokens = res.stats.completionTokens ?? deltas;
  return { deltas, completionTokens: tokens, finishReason: res.finishReason, firstTokenMs: firstAt - t0, streamMs: end - firstAt, tokensPerSec: tokens / ((end - firstAt) / 1000) };
}

/**
 * One judgment's own overhead at n candidates: the real runJudgment (build messages, input key, stream parser on
 * ~4-char pieces, rAF-batched live view, final parse with un-masking, IndexedDB puts) around an engine that waits
 * `prefillMs` and then emits a precomputed ~4 KB output. Overhead = wall time − the engine's own time (its wait plus its
 * loop); so work the app overlaps with the engine's wait is free, as it is with a real engine. The same steps are also
 * timed one by one (main-thread CPU, then the IndexedDB writes) for the breakdown.
 */
async function overhead(n: number, iterations: number, warmup: number, prefillMs = 20) {
  const rng = mulberry32(1000 + n);
  const input: JudgeInput = { principle: paragraph(rng, 300), prompt: paragraph(rng, 400), responses: candidates(rng, n, 150, 700) };
  const dry = new InstantEngine(4096, 11);
  const engineLoopMs = (await dryCost(dry, [n])).get(n) ?? 0;
  const fake = new InstantEngine(4096, 11, prefillMs);
  const { text, pieces } = fake.output(n);
  const total: number[] = [];
  for (let i = 0; i < warmup + iterations; i++) {
    const waited = fake.waitedMs;
    const t = performance.now();
    await runJudgment({ engine: fake, engineRef: FAKE_REF, input, mask: true, sampling: SAMPLING, signal: new AbortController().signal, onLive: () => {} });
    if (i >= warmup) total.push(performance.now() - t - (fake.waitedMs - waited) - engineLoopMs);
  }
  // Breakdown, same work step by step (snapshots every 32 pieces stand in for the once-per-frame live view).
  const steps = { build: [] as number[], stream: [] as number[], finish: [] as number[], cpu: [] as number[], persistTwoPuts: [] as number[] };
  for (let i = 0; i < warmup + iterations; i++) {
    const t0 = performance.now();
    const { maskedToReal } = buildJudgeMessages(input, { mask: true });
    const t1 = performance.now();
    const parser = createStreamParser(maskedToReal, input.responses.map((r) => r.name));
    for (let k = 0; k < pieces.length; k++) {
      parser.push(pieces[k]!);
      if (k % 32 === 31) parser.snapshot();
    }
    const t2 = performance.now();
    const final = parser.finish();
    const t3 = performance.now();
    const record = fakeRecord(input, maskedToReal, text, final);
    await putJudgment({ ...record, status: 'running', raw: '', parsed: null });
    await putJudgment(record);
    const t4 = performance.now();
    if (i >= warmup) {
      steps.build.push(t1 - t0);
      steps.stream.push(t2 - t1);
      steps.finish.push(t3 - t2);
      steps.cpu.push(t3 - t0);
      steps.persistTwoPuts.push(t4 - t3);
    }
  }
  return {
    candidates: n,
    outputChars: text.length,
    pieces: pieces.length,
    prefillMs,
    samples: total,
    engineLoopMs,
    breakdownMedianMs: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, quantiles(v).median])),
  };
}

function fakeRecord(input: JudgeInput, maskedToReal: Array<[string, string]> | null, raw: string, final: ReturnType<typeof parseJudgeOutput>): JudgmentRecord {
  return {
    id: crypto.randomUUID(),
    createdAt: Date.now(),
    finishedAt: Date.now(),
    inputKey: 'bench',
    input: { principle: input.principle, prompt: input.prompt, responses: input.responses.map((r) => ({ ...r })) },
    mask: true,
    maskedToReal,
    engine: FAKE_REF,
    sampling: SAMPLING,
    status: 'done',
    raw,
    parsed: { reasoning: final.reasoning, scores: final.scores, ranking: final.ranking, diagnostics: final.diagnostics },
    stats: { timeToFirstTokenMs: 0, prefillTokensPerSec: null, decodeTokensPerSec: null, endToEndMs: 0, promptTokens: null, completionTokens: null },
    finishReason: 'stop',
    error: null,
    tag: 'bench',
  };
}

// --- Benchmark runner --------------------------------------------------------------------------------------------

const DOMAINS = ['chat', 'code', 'safety', 'math'];
const CATEGORIES = ['content', 'logic', 'tone', 'style', 'structure'];

function benchItems(count: number, seed: number): BenchItem[] {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const n = 2 + Math.floor(rng() * 7); // 2..8 candidates
    const responses = candidates(rng, n, 150, 1000);
    const gt = responses.map((r) => [r.name, 1 + Math.floor(rng() * 5)] as [string, number]);
    return {
      id: `bench-${i}`,
      source: 'bench',
      principle: paragraph(rng, 120 + Math.floor(rng() * 200)),
      domain: DOMAINS[i % DOMAINS.length],
      category: CATEGORIES[i % CATEGORIES.length],
      prompt: paragraph(rng, 100 + Math.floor(rng() * 400)),
      responses,
      gt: { scores: gt, ranking: [...gt].sort((a, b) => b[1] - a[1]).map(([name]) => name) },
    };
  });
}

/** Held like the app's store holds a run's view: per-item summaries, the run record, the live items. */
const runView: { run: RunRecord | null; summaries: Array<ItemSummary | undefined>; live: LiveItem[] } = { run: null, summaries: [], live: [] };

async function runnerPrepare(count: number, seed = 20260101): Promise<{ runId: string; items: number }> {
  const items = benchItems(count, seed);
  const run = newRunRecord({
    id: crypto.randomUUID(),
    now: Date.now(),
    name: `bench ${count}`,
    dataset: { id: 'bench', name: 'bench', kind: 'rabench', origin: 'bench harness' },
    items,
    principleOverride: null,
    engine: FAKE_REF,
    sampling: SAMPLING,
    mask: true,
    subset: { filter: {}, size: count, seed, pool: count },
    concurrency: 1,
  });
  await createRun(run, items);
  runView.run = run;
  runView.summaries = new Array<ItemSummary | undefined>(count).fill(undefined);
  runView.live = [];
  return { runId: run.id, items: count };
}

/**
 * Runs every item of the prepared run through BenchRunner (the app's runner, with the app's IndexedDB storage) and an
 * engine that waits `prefillMs` per item and then streams a precomputed output. Time outside the engine = wall time −
 * the engine's own time (its waits plus its loop over the pieces).
 */
async function runnerRun(outputBytes = 3000, prefillMs = 20) {
  const run = runView.run;
  if (!run) throw new Error('runnerPrepare first');
  const sizes = Array.from({ length: 12 }, (_, i) => i + 1);
  const loopMs = await dryCost(new InstantEngine(outputBytes, 5), sizes);
  const fake = new InstantEngine(outputBytes, 5, prefillMs);
  for (const n of sizes) fake.output(n);
  let loopTotalMs = 0;
  const timed: JudgeEngine = {
    kind: 'webllm',
    load: () => fake.load(),
    unload: () => fake.unload(),
    judge: (messages, sampling, opts) => {
      loopTotalMs += loopMs.get(Object.keys((JSON.parse(messages[1]!.content) as { responses: object }).responses).length) ?? 0;
      return fake.judge(messages, sampling, opts);
    },
  };
  // The app's IndexedDB storage, every method wrapped to add up the time the runner waits on it (instrumentation only;
  // generic, so methods the storage gains later are timed too).
  const storageMs: Record<string, number> = {};
  const timedStorage = Object.fromEntries(
    Object.entries(idbRunStorage).map(([name, fn]) => [
      name,
      async (...a: unknown[]) => {
        const t = performance.now();
        try {
          return await (fn as (...x: unknown[]) => Promise<unknown>)(...a);
        } finally {
          storageMs[name] = (storageMs[name] ?? 0) + performance.now() - t;
        }
      },
    ]),
  ) as unknown as RunStorage;
  const runner = new BenchRunner({
    run,
    engine: timed,
    storage: timedStorage,
    pending: run.itemIds.map((_, i) => i),
    finished: new Map(),
    concurrency: 1,
    callbacks: {
      // The same bookkeeping as the app's store (runActions.ts): copy-on-write summaries and live list.
      onRun(r) {
        runView.run = r;
      },
      onResult(summary) {
        const summaries = runView.summaries.slice();
        summaries[summary.index] = summary;
        runView.summaries = summaries;
      },
      onLive(live) {
        runView.live = [...runView.live.filter((l) => l.index !== live.index), live];
      },
      onLiveEnd(index) {
        runView.live = runView.live.filter((l) => l.index !== index);
      },
    },
  });
  const t0 = performance.now();
  const final = await runner.start();
  const totalMs = performance.now() - t0;
  const engineMs = fake.waitedMs + loopTotalMs;
  const n = final.counts.done;
  const waitMs = Object.values(storageMs).reduce((a, b) => a + b, 0);
  return {
    items: n,
    failed: final.counts.failed,
    status: final.status,
    totalMs,
    engineMs,
    perItemMs: (totalMs - engineMs) / n,
    perItemIncludingEngineMs: totalMs / n,
    // Where an item's time goes: waiting on IndexedDB (per call kind), and everything else (runJudgment, summaries…).
    perItemStorageWaitMs: Object.fromEntries(Object.entries(storageMs).map(([k, v]) => [k, v / n])),
    perItemOtherMs: (totalMs - engineMs - waitMs) / n,
  };
}

/**
 * The scale run without the UI: the prepared run through the app's OpenAI-compatible engine (a real server at
 * `baseUrl`, `concurrency` requests in flight), BenchRunner and IndexedDB, with the store's bookkeeping as above.
 * What the page spends here is what a run costs below the UI (the bench reads the CPU time from outside).
 */
async function runnerServer(baseUrl: string, model: string, concurrency: number) {
  const run = runView.run;
  if (!run) throw new Error('runnerPrepare first');
  const engine = new OpenAIEngine({ baseUrl, model });
  await engine.load({ id: model, contextWindow: 32768 }, { onProgress: () => {}, signal: new AbortController().signal });
  // Where each request's time goes, as the page sees it: sent until its headers reach the page (`sent`), then open
  // until its answer is read (`open`). Summed over requests and divided by the run's time: how many are in each
  // phase on average (Little's law); the rest of the `concurrency` workers are between requests.
  const phaseMs = { sent: 0, open: 0 };
  const timed: JudgeEngine = {
    kind: engine.kind,
    load: (m, o) => engine.load(m, o),
    unload: () => engine.unload(),
    judge(messages, sampling, opts) {
      const t0 = performance.now();
      let opened: number | null = null;
      const done = () => {
        const t1 = performance.now();
        phaseMs.sent += (opened ?? t1) - t0;
        phaseMs.open += t1 - (opened ?? t1);
      };
      return engine
        .judge(messages, sampling, {
          ...opts,
          onOpen() {
            opened = performance.now();
            opts.onOpen?.();
          },
        })
        .finally(done);
    },
  };
  const runner = new BenchRunner({
    run: { ...run, concurrency },
    engine: timed,
    storage: idbRunStorage,
    pending: run.itemIds.map((_, i) => i),
    finished: new Map(),
    concurrency,
    callbacks: {
      onRun(r) {
        runView.run = r;
      },
      onResult(summary) {
        const summaries = runView.summaries.slice();
        summaries[summary.index] = summary;
        runView.summaries = summaries;
      },
      onLive(live) {
        runView.live = [...runView.live.filter((l) => l.index !== live.index), live].sort((x, y) => x.index - y.index);
      },
      onLiveEnd(index) {
        runView.live = runView.live.filter((l) => l.index !== index);
      },
    },
  });
  const t0 = performance.now();
  const final = await runner.start();
  const totalMs = performance.now() - t0;
  const meanSent = phaseMs.sent / totalMs;
  const meanOpen = phaseMs.open / totalMs;
  return {
    items: final.counts.done,
    failed: final.counts.failed,
    status: final.status,
    totalMs,
    lastError: final.lastError,
    peakOpenSeenByPage: final.figures?.peakInFlight ?? null,
    meanRequests: { sentAwaitingHeaders: meanSent, open: meanOpen, betweenRequests: concurrency - meanSent - meanOpen },
  };
}

async function storageEstimate(): Promise<{ usage: number; indexedDB: number | null }> {
  const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
  return { usage: e.usage ?? 0, indexedDB: e.usageDetails?.indexedDB ?? null };
}

// --- Core ----------------------------------------------------------------------------------------------------------

interface CorpusEntry {
  raw: string;
  maskedToReal: Array<[string, string]>;
  names: string[];
}
let corpus: CorpusEntry[] | null = null;

function parseCorpus(): CorpusEntry[] {
  if (corpus) return corpus;
  const rng = mulberry32(424242);
  corpus = Array.from({ length: 240 }, () => {
    const n = 2 + Math.floor(rng() * 9); // 2..10 candidates
    const names = Array.from({ length: n }, (_, i) => `Answer ${i + 1}`);
    const masked = maskedNames(n);
    const u = rng();
    const variant = u < 0.85 ? 'clean' : u < 0.95 ? 'fenced' : 'python';
    const raw = judgeOutput(rng, masked, 2048 + Math.floor(rng() * 6144), variant);
    return { raw, maskedToReal: masked.map((m, i): [string, string] => [m, names[i]!]), names };
  });
  return corpus;
}

/** parseJudgeOutput over a corpus of 240 realistic 2–8 KB outputs (85% clean, 10% fenced, 5% Python-style repaired), warm. */
function parseThroughput(minMs = 500) {
  const c = parseCorpus();
  const bytes = c.reduce((s, e) => s + e.raw.length, 0);
  let sink = 0;
  // Warm-up until the optimising compiler has caught up (it runs on a background thread, late on a busy machine):
  // the figure is the steady state a benchmark run of thousands of items sees.
  const w = performance.now();
  do for (const e of c) sink += parseJudgeOutput(e.raw, e.maskedToReal, e.names).scores.length;
  while (performance.now() - w < 1000);
  // Whole passes over the corpus until at least minMs has passed (a short window is all timer noise).
  let rounds = 0;
  const t = performance.now();
  do {
    for (const e of c) sink += parseJudgeOutput(e.raw, e.maskedToReal, e.names).scores.length;
    rounds++;
  } while (performance.now() - t < minMs);
  const ms = performance.now() - t;
  const outputs = rounds * c.length;
  return { outputs, bytes: bytes * rounds, ms, outputsPerSec: outputs / (ms / 1000), mbPerSec: (bytes * rounds) / 1048576 / (ms / 1000), avgBytes: bytes / c.length, sink };
}

/**
 * scoreItem on 1,002 items × 10 candidates, then aggregateReport (overall, 4 domains, 5 categories) with bootstrap, then
 * without it.
 */
function metrics(items = 1002, candidatesPerItem = 10) {
  const rng = mulberry32(99);
  const names = Array.from({ length: candidatesPerItem }, (_, i) => `Answer ${i + 1}`);
  const inputs = Array.from({ length: items }, () => {
    const gt = names.map((n) => [n, 1 + Math.floor(rng() * 10)] as [string, number]);
    const failed = rng() < 0.02;
    const scores = failed ? [] : gt.map(([n, s]) => [n, Math.max(1, Math.min(10, s + Math.round((rng() - 0.5) * 6)))] as [string, number]);
    return { gt, scores, ranking: [...scores].sort((a, b) => b[1] - a[1]).map(([n]) => n), failed };
  });
  const t0 = performance.now();
  const scored: SlicedItem[] = inputs.map((x, i) => ({ score: scoreItem({ gt: x.gt, scores: x.scores, ranking: x.ranking }), failed: x.failed, domain: DOMAINS[i % 4], category: CATEGORIES[i % 5] }));
  const t1 = performance.now();
  const report = aggregateReport(scored);
  const t2 = performance.now();
  // What the bench page still computes on the main thread: the point estimates (the intervals come from a worker).
  aggregateReport(scored, { bootstrap: false });
  const t3 = performance.now();
  return { items, candidates: candidatesPerItem, scoreItemsMs: t1 - t0, aggregateMs: t2 - t1, totalMs: t2 - t0, pointEstimatesMs: t3 - t2, accuracy: report.overall.accuracy.value, slices: 1 + report.byDomain.length + report.byCategory.length };
}

/**
 * A run's metrics on integer scores and, beside them, on expected scores (issue 14): 1,002 finished items × 10
 * candidates, every scored item with expected scores (integer 1–5 plus a fraction), as `runMetrics` computes them
 * for the run view: with intervals (the metrics worker's job) and as point estimates (the main thread's, once a
 * second while a run goes), each with the expected column and without it.
 */
function runMetricsBoth(items = 1002, candidatesPerItem = 10) {
  const rng = mulberry32(14);
  const names = Array.from({ length: candidatesPerItem }, (_, i) => `Answer ${i + 1}`);
  const summaries: ItemSummary[] = Array.from({ length: items }, (_, i) => {
    const gt = names.map((n): [string, number] => [n, 1 + Math.floor(rng() * 5)]);
    const failed = rng() < 0.02;
    const scores = failed ? [] : gt.map(([n, s]): [string, number] => [n, Math.max(1, Math.min(5, s + Math.round((rng() - 0.5) * 3)))]);
    const expectedScores = scores.map(([n, s]): [string, number] => [n, Math.max(1, Math.min(5, s + (rng() - 0.5)))]);
    const rank = (list: Array<[string, number]>) => [...list].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    const score = scoreItem({ gt, scores, ranking: rank(scores) });
    const summary: ItemSummary = {
      index: i, itemId: `item-${i}`, domain: DOMAINS[i % 4], category: CATEGORIES[i % 5], source: 'bench', failed, failure: failed ? 'unparseable' : null,
      score, scores, ranking: rank(scores), gtBest: [names[0]!], predBest: rank(scores)[0] ?? null, ms: 1000, decodeTokensPerSec: null, completionTokens: 500, attempts: 1,
    };
    if (!failed) summary.expected = { scores: expectedScores, score: scoreItem({ gt, scores: expectedScores, ranking: rank(expectedScores) }) };
    return summary;
  });
  const integerOnly = summaries.map(({ expected: _, ...s }) => s);
  const time = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  const both = runMetrics(summaries, false);
  return {
    items,
    candidates: candidatesPerItem,
    integerWithIntervalsMs: time(() => runMetrics(integerOnly, true)),
    bothWithIntervalsMs: time(() => runMetrics(summaries, true)),
    integerPointMs: time(() => runMetrics(integerOnly, false)),
    bothPointMs: time(() => runMetrics(summaries, false)),
    coverage: both.expected?.coverage ?? null,
  };
}

/**
 * A principle suite's agreement (issue 13): 200 cases × 5 candidates, a person's ranking (with ties) and one run's
 * scores each; with the bootstrap intervals (a worker's job) and the point estimates alone (the main thread's).
 */
function suites(cases = 200, candidates = 5) {
  const rng = mulberry32(13);
  const names = Array.from({ length: candidates }, (_, i) => `Answer ${i + 1}`);
  const suite: Suite = {
    id: 'bench',
    principleId: 'bench',
    cases: Array.from({ length: cases }, (_, c) => {
      const order = [...names].sort(() => rng() - 0.5);
      const tiers: string[][] = [];
      order.forEach((name, i) => (i === 0 || rng() < 0.8 ? tiers.push([name]) : tiers[tiers.length - 1]!.push(name)));
      return { id: `case-${c}`, prompt: `Prompt ${c}`, candidates: names.map((name) => ({ name, text: `${name} of ${c}` })), rankings: [{ rater: 'me', tiers }] };
    }),
  };
  const scores = new Map<string, NamedScores | null>(suite.cases.map((c) => [c.id, names.map((n): [string, number] => [n, 1 + Math.floor(rng() * 5)])]));
  const t0 = performance.now();
  const full = suiteAgreement(suite, scores);
  const t1 = performance.now();
  suiteAgreement(suite, scores, { bootstrap: false });
  const t2 = performance.now();
  return { cases, candidates, withIntervalsMs: t1 - t0, pointEstimatesMs: t2 - t1, pairwise: full.pairwise.value };
}

const api = { loadEngine, calibrate, engineAlone, overhead, runnerPrepare, runnerRun, runnerServer, storageEstimate, parseThroughput, metrics, runMetricsBoth, suites };
declare global {
  interface Window {
    __bench: typeof api;
  }
}
window.__bench = api;
const status = document.getElementById('status');
if (status) {
  status.textContent = 'Bench harness ready.';
  status.dataset.ready = 'true';
}
