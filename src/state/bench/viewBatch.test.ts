import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_SHOWN, ViewBatcher, VIEW_FLUSH_MS, type ViewBatch } from './viewBatch.ts';
import type { ItemSummary, LiveItem } from '../../core/index.ts';
import { runRecord } from './fakes.testkit.ts';

const live = (index: number, chars: number): LiveItem => ({ index, itemId: `it-${index}`, phase: 'thinking', reasoningTail: 'x'.repeat(chars), chars, startedAt: 0 });
const summary = (index: number) => ({ index, itemId: `it-${index}` }) as ItemSummary;
const progress = () => ({ inFlight: 0, open: 0, itemsPerSec: null, tokensPerSec: null });

describe('ViewBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands on 64 items streaming for many frames as one batch per period, showing the first few', () => {
    const batches: ViewBatch[] = [];
    const b = new ViewBatcher(progress, (x) => batches.push(x));
    for (let frame = 0; frame < 10; frame++) for (let i = 63; i >= 0; i--) b.onLive(live(i, frame));
    b.onResult(summary(70));
    expect(batches).toHaveLength(0);
    vi.advanceTimersByTime(VIEW_FLUSH_MS);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.live.indices).toEqual(Array.from({ length: 64 }, (_, i) => i));
    expect(batches[0]!.live.shown.map((l) => [l.index, l.chars])).toEqual(Array.from({ length: LIVE_SHOWN }, (_, i) => [i, 9]));
    expect(batches[0]!.summaries.map((s) => s.index)).toEqual([70]);
    vi.advanceTimersByTime(VIEW_FLUSH_MS * 4);
    expect(batches).toHaveLength(1); // nothing new, nothing handed on
  });

  it('drops items that ended, hands on results once, and flushes what is left on close', () => {
    const batches: ViewBatch[] = [];
    const b = new ViewBatcher(progress, (x) => batches.push(x));
    b.onLive(live(0, 1));
    b.onLive(live(1, 1));
    b.onLiveEnd(0);
    b.onResult(summary(0));
    b.close();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.live.indices).toEqual([1]);
    expect(batches[0]!.summaries).toHaveLength(1);
    b.onResult(summary(1));
    vi.advanceTimersByTime(VIEW_FLUSH_MS * 2);
    expect(batches).toHaveLength(1);
  });

  it('shows a new status at once, and later records of the same status at the next flush', () => {
    const batches: ViewBatch[] = [];
    const b = new ViewBatcher(progress, (x) => batches.push(x));
    const rec = (status: 'running' | 'done', done: number) => ({ ...runRecord('r', []), status, counts: { done, failed: 0 } });
    b.onRun(rec('running', 0));
    expect(batches.map((x) => x.run?.status)).toEqual(['running']);
    b.onRun(rec('running', 1));
    b.onRun(rec('running', 2));
    expect(batches).toHaveLength(1);
    vi.advanceTimersByTime(VIEW_FLUSH_MS);
    expect(batches.map((x) => x.run?.counts.done)).toEqual([0, 2]);
  });
});
