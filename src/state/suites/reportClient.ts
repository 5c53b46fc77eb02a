import { suiteReport, type SuiteReport } from '../../core/index.ts';
import type { ReportRequestBody, ReportWorkerResponse } from './reportProtocol.ts';

let worker: Worker | null = null;
/** Set when the browser cannot start the worker: reports are then computed on the main thread, later. */
let workerBroken = false;
let nextId = 1;
const waiting = new Map<number, { body: ReportRequestBody; done: (report: SuiteReport) => void }>();

const onMainThread = (body: ReportRequestBody, done: (r: SuiteReport) => void) =>
  setTimeout(() => done(suiteReport(body.suite, body.runs, { rater: body.rater, calibrateWith: body.calibrateWith })), 0);

function startWorker(): Worker | null {
  if (worker || workerBroken) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'suite-report' });
  } catch {
    worker = null;
  }
  if (!worker) {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (e: MessageEvent<ReportWorkerResponse>) => {
    const job = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (job && 'report' in e.data) job.done(e.data.report);
    else if (job) onMainThread(job.body, job.done);
  };
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    workerBroken = true;
    const stranded = [...waiting.values()];
    waiting.clear();
    for (const job of stranded) onMainThread(job.body, job.done);
  };
  return worker;
}

/**
 * A suite's report with its bootstrap intervals, computed in a worker; `done` gets it unless the returned cancel
 * comes first (a newer request from the same view cancels the older).
 */
export function requestSuiteReport(body: ReportRequestBody, done: (report: SuiteReport) => void): () => void {
  let cancelled = false;
  const guarded = (r: SuiteReport) => {
    if (!cancelled) done(r);
  };
  const w = startWorker();
  const id = nextId++;
  if (w) {
    waiting.set(id, { body, done: guarded });
    w.postMessage({ ...body, id });
  } else {
    onMainThread(body, guarded);
  }
  return () => {
    cancelled = true;
    waiting.delete(id);
  };
}
