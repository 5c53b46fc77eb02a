import type { Suite, SuiteReport, VersionScores } from '../../core/index.ts';

export interface ReportRequestBody {
  suite: Pick<Suite, 'cases'>;
  runs: VersionScores[];
  rater?: string;
  calibrateWith: number | null;
}

export type ReportWorkerRequest = ReportRequestBody & { id: number };
export type ReportWorkerResponse = { id: number; report: SuiteReport } | { id: number; error: string };
