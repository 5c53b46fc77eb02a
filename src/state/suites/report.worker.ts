// A suite's agreement with its 95% bootstrap intervals, off the main thread: 1,000 resamples per figure per version
// take tens of milliseconds on 200 cases (npm run bench), too long for a page that must stay responsive.
import { suiteReport } from '../../core/index.ts';
import type { ReportWorkerRequest, ReportWorkerResponse } from './reportProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<ReportWorkerRequest>) => {
  const { id, suite, runs, rater, calibrateWith } = e.data;
  try {
    scope.postMessage({ id, report: suiteReport(suite, runs, { rater, calibrateWith }) } satisfies ReportWorkerResponse);
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies ReportWorkerResponse);
  }
};
