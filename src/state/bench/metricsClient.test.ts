import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runMetrics, type RunMetrics } from '../../core/index.ts';
import { sampleSummaries } from './fakes.testkit.ts';
import type { MetricsWorkerRequest, MetricsWorkerResponse } from './metricsClient.ts';

/** Stands in for the browser's Worker: records what is posted; the test answers by hand. */
class ManualWorker {
  static made: ManualWorker[] = [];
  posted: MetricsWorkerRequest[] = [];
  onmessage: ((e: MessageEvent<MetricsWorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    ManualWorker.made.push(this);
  }
  postMessage(req: MetricsWorkerRequest) {
    this.posted.push(req);
  }
  terminate() {}
  answer(req: MetricsWorkerRequest) {
    this.onmessage?.({ data: { id: req.id, metrics: runMetrics(req.summaries, true) } } as MessageEvent<MetricsWorkerResponse>);
  }
}

async function client() {
  vi.resetModules();
  return import('./metricsClient.ts');
}

const summaries = sampleSummaries();

describe('requestMetricsWithIntervals', () => {
  beforeEach(() => {
    ManualWorker.made = [];
    vi.stubGlobal('Worker', ManualWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('answers with the intervals computed in the worker', async () => {
    const { requestMetricsWithIntervals } = await client();
    const got: RunMetrics[] = [];
    requestMetricsWithIntervals(summaries, (m) => got.push(m));
    const [w] = ManualWorker.made;
    expect(w.posted).toHaveLength(1);
    w.answer(w.posted[0]);
    expect(got).toHaveLength(1);
    expect(got[0].intervals).toBe(true);
    expect(got[0].report.overall.accuracy.ci).toEqual(runMetrics(summaries, true).report.overall.accuracy.ci);
  });

  it('while one computes, only the newest of the later requests is sent, and superseded callers hear nothing', async () => {
    const { requestMetricsWithIntervals } = await client();
    const heard: string[] = [];
    requestMetricsWithIntervals(summaries.slice(0, 4), () => heard.push('first'));
    requestMetricsWithIntervals(summaries.slice(0, 6), () => heard.push('second'));
    requestMetricsWithIntervals(summaries.slice(0, 8), () => heard.push('third'));
    const [w] = ManualWorker.made;
    expect(w.posted.map((r) => r.summaries.length)).toEqual([4]);
    w.answer(w.posted[0]);
    expect(w.posted.map((r) => r.summaries.length)).toEqual([4, 8]);
    w.answer(w.posted[1]);
    expect(heard).toEqual(['first', 'third']);
    expect(ManualWorker.made).toHaveLength(1);
  });

  it('a cancelled request is never answered', async () => {
    const { requestMetricsWithIntervals } = await client();
    const heard: string[] = [];
    const cancel = requestMetricsWithIntervals(summaries, () => heard.push('cancelled'));
    cancel();
    const [w] = ManualWorker.made;
    w.answer(w.posted[0]);
    expect(heard).toEqual([]);
  });

  it('when the worker fails, the waiting requests are computed on the page instead', async () => {
    const { requestMetricsWithIntervals } = await client();
    const got = new Promise<RunMetrics>((resolve) => requestMetricsWithIntervals(summaries, resolve));
    ManualWorker.made[0].onerror?.({ message: 'boom' } as ErrorEvent);
    const m = await got;
    expect(m.report.overall.pairs).toEqual({ correct: 24, total: 36 });
    expect(m.intervals).toBe(true);
  });

  it('without workers at all, it still answers', async () => {
    vi.stubGlobal('Worker', undefined);
    const { requestMetricsWithIntervals } = await client();
    const m = await new Promise<RunMetrics>((resolve) => requestMetricsWithIntervals(summaries, resolve));
    expect(m.report.overall.n).toBe(12);
  });
});
