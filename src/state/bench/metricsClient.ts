import { runMetrics, type RunMetrics, type ItemSummary } from '../../core/index.ts';

export interface MetricsWorkerRequest {
  id: number;
  summaries: ItemSummary[];
}

export type MetricsWorkerResponse = { id: number; metrics: RunMetrics } | { id: number; error: string };

interface Job {
  id: number;
  summaries: ItemSummary[];
  done: (metrics: RunMetrics) => void;
}

let worker: Worker | null = null;
/** Set when the browser cannot start the worker: later requests are computed on the main thread. */
let workerBroken = false;
let inFlight: Job | null = null;
/** The newest request waiting for the worker; a newer one replaces it (a live run asks after every item). */
let waiting: Job | null = null;
let nextId = 1;

function onMainThread(job: Job): void {
  setTimeout(() => job.done(runMetrics(job.summaries, true)), 0);
}

function startWorker(): Worker | null {
  if (worker || workerBroken) return worker;
  if (typeof Worker === 'undefined') {
    workerBroken = true;
    return null;
  }
  try {
    worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module', name: 'bench-metrics' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (e: MessageEvent<MetricsWorkerResponse>) => {
    const job = inFlight;
    if (!job || e.data.id !== job.id) return;
    inFlight = null;
    if ('metrics' in e.data) job.done(e.data.metrics);
    else onMainThread(job);
    pump();
  };
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    workerBroken = true;
    const stranded = [inFlight, waiting].filter((j): j is Job => j !== null);
    inFlight = waiting = null;
    for (const job of stranded) onMainThread(job);
  };
  return worker;
}

function pump(): void {
  if (inFlight || !waiting) return;
  const job = waiting;
  waiting = null;
  const w = startWorker();
  if (!w) return onMainThread(job);
  inFlight = job;
  w.postMessage({ id: job.id, summaries: job.summaries } satisfies MetricsWorkerRequest);
}

/**
 * Computes metrics with intervals in a worker and calls `done` with them, unless a newer request or the returned
 * cancel comes first. Requests are coalesced: at most one computes while the newest waits.
 */
export function requestMetricsWithIntervals(summaries: ItemSummary[], done: (metrics: RunMetrics) => void): () => void {
  const job: Job = { id: nextId++, summaries, done };
  let cancelled = false;
  job.done = (metrics) => {
    if (!cancelled) done(metrics);
  };
  waiting = job;
  pump();
  return () => {
    cancelled = true;
    if (waiting === job) waiting = null;
  };
}
