import { describe, expect, it } from 'vitest';
import { pendingIndices } from '../../core/index.ts';
import { BenchRunner, MAX_CONSECUTIVE_ENGINE_ERRORS } from './runner.ts';
import { FakeEngine, MemoryStorage, benchItem, runRecord } from './fakes.testkit.ts';
import type { ItemResult, ItemSummary, LiveItem, RunRecord, BenchItem } from '../../core/index.ts';

function setup(prompts: string[], runExtra: Partial<RunRecord> = {}) {
  const items = prompts.map((p, i) => benchItem(`it-${i}`, p));
  const storage = new MemoryStorage();
  storage.addItems('r1', items);
  const run = runRecord('r1', items, runExtra);
  return { items, storage, run };
}

function runner(o: { run: RunRecord; storage: MemoryStorage; engine: FakeEngine; concurrency: number; pending?: number[]; summaries?: ItemSummary[]; live?: LiveItem[] }) {
  const finished = o.storage.finishedOf(o.run.id);
  return new BenchRunner({
    run: o.run,
    engine: o.engine,
    storage: o.storage,
    pending: o.pending ?? pendingIndices(o.run.itemIds.length, finished),
    finished,
    concurrency: o.concurrency,
    retry: { retries: 2, baseMs: 5 },
    callbacks: { onResult: (s) => o.summaries?.push(s), onLive: (l) => o.live?.push(l) },
  });
}

const waitFor = async (cond: () => boolean, ms = 2000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};

describe('BenchRunner', () => {
  it('keeps several requests in flight and stores each result under its own index, whatever order they finish in', async () => {
    // Earlier items are slower, so they finish last.
    const { storage, run } = setup(['delay:60', 'delay:40', 'delay:20', 'delay:1', 'delay:1', 'delay:1']);
    const engine = new FakeEngine();
    const summaries: ItemSummary[] = [];
    const final = await runner({ run, storage, engine, concurrency: 3, summaries }).start();
    expect(final.status).toBe('done');
    expect(final.counts).toEqual({ done: 6, failed: 0 });
    expect(engine.maxActive).toBe(3);
    // Started in item order, finished out of order.
    expect(engine.started).toEqual(['delay:60', 'delay:40', 'delay:20', 'delay:1', 'delay:1', 'delay:1']);
    expect(storage.writes[0]).not.toBe(0);
    for (let i = 0; i < 6; i++) {
      const r = storage.results.get(`r1:${i}`)!;
      expect(r.index).toBe(i);
      expect(r.itemId).toBe(`it-${i}`);
      expect(r.failed).toBe(false);
      expect(r.parsed?.scores.length).toBe(3);
    }
    expect(summaries.map((s) => s.index).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(storage.runs.get('r1')?.status).toBe('done');
  });

  it('runs one at a time for the browser engine (concurrency 1)', async () => {
    const { storage, run } = setup(['delay:5', 'delay:5', 'delay:5', 'delay:5']);
    const engine = new FakeEngine('webllm');
    await runner({ run, storage, engine, concurrency: 1 }).start();
    expect(engine.maxActive).toBe(1);
    expect(storage.writes).toEqual([0, 1, 2, 3]);
  });

  it('pause aborts the items in flight without storing them; resume runs exactly the rest', async () => {
    const prompts = Array.from({ length: 8 }, () => 'delay:25');
    const { storage, run } = setup(prompts);
    const engine = new FakeEngine();
    const r = runner({ run, storage, engine, concurrency: 2 });
    const done = r.start();
    await waitFor(() => storage.results.size >= 3);
    r.pause();
    const paused = await done;
    expect(paused.status).toBe('paused');
    const afterPause = storage.results.size;
    expect(afterPause).toBeGreaterThanOrEqual(3);
    expect(afterPause).toBeLessThan(8);
    expect(paused.counts.done).toBe(afterPause);
    // Nothing aborted was stored as a result.
    for (const res of storage.results.values()) expect(res.finishReason).toBe('stop');

    const finished = storage.finishedOf('r1');
    const pending = pendingIndices(8, finished);
    expect(pending.length).toBe(8 - afterPause);
    const callsBefore = engine.calls;
    const resumed = await runner({ run: paused, storage, engine, concurrency: 2 }).start();
    expect(resumed.status).toBe('done');
    expect(resumed.counts.done).toBe(8);
    expect(engine.calls - callsBefore).toBe(pending.length);
    // Each index written once overall, except the aborted ones which were never written before.
    const counts = new Map<number, number>();
    for (const w of storage.writes) counts.set(w, (counts.get(w) ?? 0) + 1);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect(resumed.activeMs).toBeGreaterThanOrEqual(paused.activeMs);
  });

  it('cancel ends the run as cancelled; a later resume can finish it', async () => {
    const { storage, run } = setup(['delay:30', 'delay:30', 'delay:30']);
    const engine = new FakeEngine();
    const r = runner({ run, storage, engine, concurrency: 1 });
    const done = r.start();
    await waitFor(() => storage.results.size >= 1);
    r.cancel();
    const cancelled = await done;
    expect(cancelled.status).toBe('cancelled');
    const finished = await runner({ run: cancelled, storage, engine, concurrency: 1 }).start();
    expect(finished.status).toBe('done');
  });

  it('keeps failures per item with their kind and counts them', async () => {
    const { storage, run } = setup(['fine', 'garbage', 'ctx', 'fine too']);
    const summaries: ItemSummary[] = [];
    const final = await runner({ run, storage, engine: new FakeEngine(), concurrency: 2, summaries }).start();
    expect(final.status).toBe('done');
    expect(final.counts).toEqual({ done: 4, failed: 2 });
    expect(storage.results.get('r1:1')).toMatchObject({ failed: true, failure: 'unparseable' });
    expect(storage.results.get('r1:1')?.raw).toContain('I cannot decide.');
    expect(storage.results.get('r1:2')).toMatchObject({ failed: true, failure: 'context-exceeded', raw: '' });
    expect(storage.results.get('r1:2')?.error?.kind).toBe('context-exceeded');
    const failed = summaries.find((s) => s.index === 1)!;
    expect(failed.score.pairs).toEqual({ correct: 0, total: 3 });
    expect(failed.scores).toEqual([]);
  });

  it('a failed item can be retried and replaces its result', async () => {
    const items: BenchItem[] = [benchItem('a', 'fine'), benchItem('b', 'garbage'), benchItem('c', 'fine')];
    const storage = new MemoryStorage();
    storage.addItems('r1', items);
    const first = await runner({ run: runRecord('r1', items), storage, engine: new FakeEngine(), concurrency: 1 }).start();
    expect(first.counts.failed).toBe(1);
    // The file is fixed (as after a larger context window): retry only the failed index.
    storage.items.set('r1:1', benchItem('b', 'fine now'));
    const engine = new FakeEngine();
    const retried = await runner({ run: first, storage, engine, concurrency: 1, pending: [1] }).start();
    expect(engine.calls).toBe(1);
    expect(retried.status).toBe('done');
    expect(retried.counts).toEqual({ done: 3, failed: 0 });
    expect(storage.results.get('r1:1')?.failed).toBe(false);
  });

  it('an engine error that would fail every item pauses the run with the error and stores nothing for it', async () => {
    const { storage, run } = setup(['fine', 'fatal', 'fine', 'fine']);
    const engine = new FakeEngine();
    const final = await runner({ run, storage, engine, concurrency: 1 }).start();
    expect(final.status).toBe('paused');
    expect(final.lastError?.kind).toBe('not-loaded');
    expect([...storage.results.keys()]).toEqual(['r1:0']);
    expect(engine.calls).toBe(2);
  });

  it(`pauses after ${MAX_CONSECUTIVE_ENGINE_ERRORS} engine errors in a row (after back-off)`, async () => {
    const { storage, run } = setup(['down', 'down', 'down', 'fine', 'fine']);
    const final = await runner({ run, storage, engine: new FakeEngine(), concurrency: 1 }).start();
    expect(final.status).toBe('paused');
    expect(final.lastError?.message).toContain('in a row');
    expect(final.counts).toEqual({ done: 3, failed: 3 });
    expect(storage.results.get('r1:0')).toMatchObject({ failure: 'engine-error', attempts: 3 });
  });

  it('backs off on 429 and records the attempts', async () => {
    const { storage, run } = setup(['429once a', '429once b']);
    const final = await runner({ run, storage, engine: new FakeEngine(), concurrency: 2 }).start();
    expect(final.counts).toEqual({ done: 2, failed: 0 });
    expect(storage.results.get('r1:0')?.attempts).toBe(2);
  });

  it('keeps the run\'s figures: retries and errors by kind, tokens, most requests open at once, kept across a resume', async () => {
    const { storage, run } = setup(['429once delay:60 a', 'garbage delay:60', 'delay:60 c', 'delay:60 d']);
    const final = await runner({ run, storage, engine: new FakeEngine(), concurrency: 4 }).start();
    expect(final.figures).toMatchObject({ retries: 1, errors: { 'rate-limited': 1, unparseable: 1 }, peakInFlight: 4, protocol: null });
    expect(final.figures!.tokens).toBeGreaterThan(0);
    expect(storage.runs.get('r1')?.figures).toEqual(final.figures);
    // Judged again by a fresh server, item 0 meets its 429 again: the figures add up over the run's sessions.
    const again = await runner({ run: final, storage, engine: new FakeEngine(), concurrency: 1, pending: [0] }).start();
    expect(again.figures).toMatchObject({ retries: 2, errors: { 'rate-limited': 2, unparseable: 1 }, peakInFlight: 4 });
  });

  it('gives items and tokens per second over the last 10 s (a sliding window, not the whole run), and requests open', async () => {
    const { storage, run } = setup(['delay:20 a', 'delay:20 b', 'delay:20 c', 'delay:20 d']);
    const r = runner({ run, storage, engine: new FakeEngine(), concurrency: 2 });
    const going = r.start();
    await waitFor(() => r.progress().open === 2);
    expect(r.progress().inFlight).toBe(2);
    await going;
    const now = performance.now();
    // 4 items of 20 tokens finished just now: over a 4-second window, 1 item/s and 20 tokens/s.
    expect(r.progress(now + 4000)).toMatchObject({ inFlight: 0, open: 0, itemsPerSec: expect.closeTo(1, 1), tokensPerSec: expect.closeTo(20, 0) });
    // 20 s later they have left the window: no recent rate, whatever the run's average.
    expect(r.progress(now + 20_000)).toMatchObject({ itemsPerSec: null, tokensPerSec: null });
  });

  it('sends a stream dropped before the answer again, and counts the item once', async () => {
    const { storage, run } = setup(['cutonce a', 'fine b']);
    const engine = new FakeEngine();
    const final = await runner({ run, storage, engine, concurrency: 2 }).start();
    expect(final.counts).toEqual({ done: 2, failed: 0 });
    expect(engine.calls).toBe(3);
    expect(storage.results.get('r1:0')).toMatchObject({ failed: false, attempts: 2 });
    expect(final.figures).toMatchObject({ retries: 1, errors: { 'stream-cut': 1 } });
  });

  it('applies the principle override to every item', async () => {
    const { storage, run } = setup(['fine'], { principleOverride: 'Prefer brevity.' });
    await runner({ run, storage, engine: new FakeEngine(), concurrency: 1 }).start();
    expect(storage.results.get('r1:0')?.input.principle).toBe('Prefer brevity.');
  });

  it('reports live progress for items in flight', async () => {
    const { storage, run } = setup(['delay:30']);
    const live: LiveItem[] = [];
    await runner({ run, storage, engine: new FakeEngine(), concurrency: 1, live }).start();
    expect(live.length).toBeGreaterThan(0);
    expect(live[0]).toMatchObject({ index: 0, itemId: 'it-0' });
  });

  it('writes items finished during a commit together in the next one, each once, with counts that match what is stored', async () => {
    const { storage, run } = setup(Array.from({ length: 12 }, (_, i) => `delay:${1 + (i % 3)} item ${i}`));
    const commits: Array<{ indices: number[]; done: number; stored: number }> = [];
    const batching = Object.assign(storage, {
      async putResultsAndRun(results: readonly ItemResult[], r: RunRecord) {
        await new Promise((res) => setTimeout(res, 15)); // a slow commit: items finish meanwhile
        for (const x of results) await storage.putResult(x);
        await storage.putRun(r);
        commits.push({ indices: results.map((x) => x.index), done: r.counts.done, stored: storage.results.size });
      },
    });
    const final = await runner({ run, storage: batching, engine: new FakeEngine(), concurrency: 6 }).start();
    expect(final.counts).toEqual({ done: 12, failed: 0 });
    expect(commits.length).toBeLessThan(12);
    expect(commits.some((c) => c.indices.length > 1)).toBe(true);
    expect(commits.flatMap((c) => c.indices).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    for (const c of commits) expect(c.done).toBe(c.stored);
  });

  it('stops on a failed write, counts only what is stored, and a resume judges the rest once', async () => {
    const { storage, run } = setup(Array.from({ length: 6 }, (_, i) => `delay:2 item ${i}`));
    let commits = 0;
    const failing = Object.assign(storage, {
      async putResultsAndRun(results: readonly ItemResult[], r: RunRecord) {
        if (++commits === 2) throw new Error('QuotaExceededError');
        for (const x of results) await storage.putResult(x);
        await storage.putRun(r);
      },
    });
    const paused = await runner({ run, storage: failing, engine: new FakeEngine(), concurrency: 2 }).start();
    expect(paused.status).toBe('paused');
    expect(paused.lastError).toMatchObject({ kind: 'storage' });
    expect(paused.counts.done).toBe(storage.results.size);
    expect(paused.counts.done).toBeLessThan(6);
    const done = await runner({ run: paused, storage: failing, engine: new FakeEngine(), concurrency: 2 }).start();
    expect(done.counts).toEqual({ done: 6, failed: 0 });
    expect(storage.writes.slice().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('adds little work of its own per item', async () => {
    const n = 300;
    const { storage, run } = setup(Array.from({ length: n }, (_, i) => `item ${i}`));
    const engine = new FakeEngine();
    const t0 = performance.now();
    await runner({ run, storage, engine, concurrency: 1 }).start();
    const perItem = (performance.now() - t0) / n;
    // Includes the fake engine, masking, parsing and scoring: the runner's own share is smaller still.
    expect(perItem).toBeLessThan(5);
  });

  it('judges with the run’s constraint and keeps each candidate’s expected score, or why there is none', async () => {
    const constraint = { grammar: true, coversReasoning: true, thinkingBudget: null, topLogprobs: 5, temperatureScaled: false };
    const { storage, run } = setup(['one', 'two nologprobs'], { constraint });
    const engine = new FakeEngine();
    const summaries: ItemSummary[] = [];
    await runner({ run, storage, engine, concurrency: 1, summaries }).start();
    expect(engine.asked).toEqual([{ grammar: true, topLogprobs: 5 }, { grammar: true, topLogprobs: 5 }]);
    const first = storage.results.get('r1:0')!;
    // The fake's 70% on the written score and 30% one down: 5 → 4.7, 4 → 3.7, 3 → 2.7, under the real names.
    const byName = new Map(first.expected);
    expect(first.parsed?.scores.map(([n, v]) => [n, byName.get(n)! - v])).toEqual(first.parsed?.scores.map(([n]) => [n, expect.closeTo(-0.3, 9)]));
    expect(summaries.find((s) => s.index === 0)?.expected?.scores).toHaveLength(3);
    const second = storage.results.get('r1:1')!;
    expect(second.expected).toBeUndefined();
    expect(second.expectedNote).toMatch(/no log probabilities/);
  });

  it('asks for neither a grammar nor log probabilities when the run has no constraint (runs made before it was kept)', async () => {
    const { storage, run } = setup(['one']);
    const engine = new FakeEngine();
    await runner({ run, storage, engine, concurrency: 1 }).start();
    expect(engine.asked).toEqual([{ grammar: false, topLogprobs: null }]);
    expect(storage.results.get('r1:0')!.expected).toBeUndefined();
    expect(storage.results.get('r1:0')!.expectedNote).toBeUndefined();
  });

  it('lets a thinking budget ask the browser engine whether it can continue a reply (the engine is wrapped to count requests)', async () => {
    const constraint = { grammar: false, coversReasoning: true, thinkingBudget: 100, topLogprobs: null, temperatureScaled: true };
    const { storage, run } = setup(['one'], { constraint });
    const engine = Object.assign(new FakeEngine('webllm'), { asks: 0 });
    const withSupport = Object.assign(engine, { continueSupport: () => (engine.asks++, { reason: 'the fake cannot' }) });
    await new BenchRunner({ run, engine: withSupport, storage, pending: [0], finished: new Map(), concurrency: 1 }).start();
    expect(engine.asks).toBeGreaterThan(0);
  });

  it("keeps the thinking budget on an item whose reasoning it cut, as the Playground records it, and on no other item", async () => {
    const constraint = { grammar: false, coversReasoning: true, thinkingBudget: 100, topLogprobs: null, temperatureScaled: true };
    const { storage, run, items } = setup(['longthink', 'short'], { constraint });
    const engine = Object.assign(new FakeEngine('webllm'), { continueSupport: () => ({ grammar: false }) });
    const summaries: ItemSummary[] = [];
    await new BenchRunner({ run, engine, storage, pending: [0, 1], finished: new Map(), concurrency: 1, callbacks: { onResult: (s) => summaries.push(s) } }).start();
    const cut = storage.results.get('r1:0')!;
    expect(cut.reasoningBudget).toEqual({ tokens: 100, cut: true });
    expect(cut.failed).toBe(false);
    expect(cut.parsed?.scores.length).toBe(items[0]!.responses.length);
    // The second reasoning ended within the budget: nothing is kept for it.
    expect(storage.results.get('r1:1')!.reasoningBudget).toBeUndefined();
    expect(summaries.find((x) => x.index === 0)?.budgetCut).toBe(true);
    expect(summaries.find((x) => x.index === 1)?.budgetCut).toBeUndefined();
  });
});
