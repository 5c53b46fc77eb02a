import { caseAgreement, type CaseAgreement } from '../agreement/caseAgreement.ts';
import { rankingLabels } from '../agreement/ranking.ts';
import { FEW_ITEMS_THRESHOLD, type MetricCell } from '../metrics/aggregate.ts';
import { bootstrapMean, bootstrapMeanCountingFailures, bootstrapRatio, type BootstrapOptions } from '../metrics/bootstrap.ts';
import type { NamedScores } from '../metrics/types.ts';
import type { RaterRanking, Suite, SuiteCase } from './suite.ts';

/** One case of a suite run: `agreement` is null while the case has not run (or has no ranking by the rater). */
export interface SuiteCaseResult {
  caseId: string;
  /** Whose ranking it is compared with; null when the case has none by the chosen rater. */
  rater: string | null;
  agreement: CaseAgreement | null;
  /**
   * The case's pairwise agreement as it enters the overall figure: the figure when there is one, 0 when the model
   * failed (gave no score, or left a ranked candidate without one), null when the case does not count.
   */
  counted: number | null;
}

export interface SuiteAgreement {
  cases: SuiteCaseResult[];
  /** Cases with an agreement figure; failed (the model's scores missing); not run yet; no ranking by the rater; a ranking with fewer than two labels. */
  counts: { scored: number; failed: number; pending: number; unranked: number; noOrder: number };
  /** Σ agreeing pairs (model ties ½) / Σ the person's strict pairs, 0..1; a failed case adds its pairs, none agreeing. */
  pairwise: MetricCell;
  /** Mean Kendall's τ-b (−1..1) over the cases where it is defined. */
  tauB: MetricCell;
  /**
   * Share of cases (0..1) whose top-1 matches; a failed case counts as no match (its interval as the benchmark's
   * figures that count failures: bootstrapMeanCountingFailures).
   */
  top1: MetricCell;
  /** Fewer than 20 cases count: the intervals are wide, say so. */
  fewCases: boolean;
}

export interface SuiteAgreementOptions {
  /** Whose rankings to compare with; by default each case's first ranking. */
  rater?: string;
  /**
   * Bootstrap settings (≥ 1,000 resamples, seeded: the same results always give the same intervals), or `false` for
   * the point estimates alone (every `ci` null): what to compute on the main thread while a worker computes the rest.
   */
  bootstrap?: BootstrapOptions | false;
}

/** The ranking of `c` a run is compared with: the rater's, or the case's first. */
export function rankingFor(c: Pick<SuiteCase, 'rankings'>, rater?: string): RaterRanking | undefined {
  return rater === undefined ? c.rankings[0] : c.rankings.find((r) => r.rater === rater);
}

/**
 * Agreement of one suite run: per case (in suite order) and overall with 95% bootstrap intervals over cases.
 * `modelScores` maps a case id to the model's scores for it (null: the output could not be read); a case without
 * an entry has not run yet and is left out.
 */
export function suiteAgreement(
  suite: Pick<Suite, 'cases'>,
  modelScores: ReadonlyMap<string, NamedScores | null>,
  options: SuiteAgreementOptions = {},
): SuiteAgreement {
  const counts = { scored: 0, failed: 0, pending: 0, unranked: 0, noOrder: 0 };
  const correct: number[] = [];
  const total: number[] = [];
  const taus: number[] = [];
  const tops: number[] = [];
  const cases = suite.cases.map((c): SuiteCaseResult => {
    const ranking = rankingFor(c, options.rater);
    if (!ranking) {
      counts.unranked++;
      return { caseId: c.id, rater: null, agreement: null, counted: null };
    }
    if (!modelScores.has(c.id)) {
      counts.pending++;
      return { caseId: c.id, rater: ranking.rater, agreement: null, counted: null };
    }
    const agreement = caseAgreement(ranking, modelScores.get(c.id) ?? null);
    let counted: number | null = null;
    if (agreement.ok) {
      counts.scored++;
      counted = agreement.pairwise;
      correct.push(agreement.pairs.agree + agreement.pairs.tied / 2);
      total.push(agreement.pairs.total);
      if (agreement.tauB !== null) taus.push(agreement.tauB);
      tops.push(agreement.top1 ? 1 : 0);
    } else if (agreement.reason.kind === 'too-few-labels') {
      counts.noOrder++;
    } else {
      counts.failed++;
      counted = 0;
      correct.push(0);
      total.push(strictPairs(ranking));
    }
    return { caseId: c.id, rater: ranking.rater, agreement, counted };
  });
  const sumTotal = total.reduce((a, b) => a + b, 0);
  const boot = options.bootstrap ?? {};
  const ratioCi = boot === false ? null : bootstrapRatio(correct, total, boot);
  return {
    cases,
    counts,
    pairwise: {
      value: sumTotal > 0 ? correct.reduce((a, b) => a + b, 0) / sumTotal : null,
      ci: ratioCi,
      n: total.length,
    },
    tauB: meanCell(taus, boot),
    top1: top1Cell(tops, counts.failed, boot),
    fewCases: total.length < FEW_ITEMS_THRESHOLD,
  };
}

export function meanCell(values: readonly number[], boot: BootstrapOptions | false): MetricCell {
  if (values.length === 0) return { value: null, ci: null, n: 0 };
  return { value: values.reduce((a, b) => a + b, 0) / values.length, ci: boot === false ? null : bootstrapMean(values, boot), n: values.length };
}

function top1Cell(matches: readonly number[], failed: number, boot: BootstrapOptions | false): MetricCell {
  const n = matches.length + failed;
  if (n === 0) return { value: null, ci: null, n: 0 };
  const value = matches.reduce((a, b) => a + b, 0) / n;
  return { value, ci: boot === false ? null : bootstrapMeanCountingFailures(matches, failed, 0, boot), n };
}

/** How many pairs the person orders strictly. */
function strictPairs(ranking: Pick<RaterRanking, 'tiers'>): number {
  const perLabel = new Map<number, number>();
  for (const label of rankingLabels(ranking).values()) perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
  let n = 0;
  let tiedPairs = 0;
  for (const size of perLabel.values()) {
    n += size;
    tiedPairs += (size * (size - 1)) / 2;
  }
  return (n * (n - 1)) / 2 - tiedPairs;
}
