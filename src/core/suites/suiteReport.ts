import type { BootstrapOptions } from '../metrics/bootstrap.ts';
import type { NamedScores } from '../metrics/types.ts';
import { raterCalibration, type Calibration } from './calibration.ts';
import type { Suite } from './suite.ts';
import { suiteAgreement, type SuiteAgreement } from './suiteAgreement.ts';

/** One version's run of a suite, as plain data (it crosses to a worker): the model's scores by case id. */
export interface VersionScores {
  version: number;
  scores: Array<[string, NamedScores | null]>;
}

export interface SuiteReport {
  /** Agreement per version, in the order given. */
  versions: Array<{ version: number; agreement: SuiteAgreement }>;
  /** People against each other, and against the run of `calibrateWith` (or none). */
  calibration: Calibration;
}

/**
 * Everything the Library shows of a suite's runs: agreement per version with 95% bootstrap intervals (or the point
 * estimates alone with `bootstrap: false`, what the main thread computes while a worker computes the intervals), and
 * the raters' calibration beside the model's run of version `calibrateWith`.
 */
export function suiteReport(
  suite: Pick<Suite, 'cases'>,
  runs: readonly VersionScores[],
  options: { rater?: string; calibrateWith?: number | null; bootstrap?: BootstrapOptions | false } = {},
): SuiteReport {
  const boot = options.bootstrap ?? {};
  const versions = runs.map((r) => ({ version: r.version, agreement: suiteAgreement(suite, new Map(r.scores), { rater: options.rater, bootstrap: boot }) }));
  const model = runs.find((r) => r.version === options.calibrateWith);
  return { versions, calibration: raterCalibration(suite, new Map(model?.scores ?? []), { bootstrap: boot }) };
}
