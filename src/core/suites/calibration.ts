import { caseAgreement } from '../agreement/caseAgreement.ts';
import { kendallW } from '../agreement/kendallW.ts';
import { krippendorffAlpha } from '../agreement/krippendorff.ts';
import { rankingLabels, tiersFromScores } from '../agreement/ranking.ts';
import { places } from '../agreement/rankingEdits.ts';
import type { MetricCell } from '../metrics/aggregate.ts';
import type { BootstrapOptions } from '../metrics/bootstrap.ts';
import { kendallTauB } from '../metrics/kendall.ts';
import type { NamedScores } from '../metrics/types.ts';
import type { RaterRanking, Suite } from './suite.ts';
import { meanCell } from './suiteAgreement.ts';

export interface Calibration {
  /** Every rater of the suite, in order of first appearance. */
  raters: string[];
  /** Cases ranked by two raters or more. */
  sharedCases: number;
  /** Each pair of raters: mean τ-b over the cases both ranked (where defined). */
  pairs: Array<{ a: string; b: string; tauB: MetricCell }>;
  /** Per case, the mean τ-b over its pairs of raters; averaged over cases (bootstrap over cases). */
  raterTauB: MetricCell;
  /** Each rater against the model: mean τ-b between the rater's labels and the model's scores. */
  modelVsRater: Array<{ rater: string; tauB: MetricCell }>;
  /** Per case, the mean τ-b of the model against its raters; averaged over cases. Comparable with `raterTauB`. */
  modelTauB: MetricCell;
  /** Kendall's W per case over its raters (the candidates all of them ranked), averaged over cases. */
  kendallW: MetricCell;
  /** Krippendorff's ordinal α over raters; units are (case, candidate), values the candidate's place (see below). */
  alpha: number | null;
  /** The same α with the model as one more rater (its place from its scores): close to `alpha` = it ranks like a person. */
  alphaWithModel: number | null;
}

/**
 * How far the people who ranked a suite agree with each other, and the model with them. `modelScores` (optional)
 * are one run's scores by case id, as for {@link suiteAgreement}; cases the model failed on are left out of its
 * figures. A candidate's place, for α, is 1 + the number of candidates ranked above it (tied candidates share a
 * place: A = B > C gives A 1, B 1, C 3), so places from raters who tie differently stay comparable.
 */
export function raterCalibration(
  suite: Pick<Suite, 'cases'>,
  modelScores: ReadonlyMap<string, NamedScores | null> = new Map(),
  options: { bootstrap?: BootstrapOptions | false } = {},
): Calibration {
  const boot = options.bootstrap ?? {};
  const raters = [...new Set(suite.cases.flatMap((c) => c.rankings.map((r) => r.rater)))];
  const pairTaus = new Map<string, number[]>();
  const modelTaus = new Map<string, number[]>(raters.map((r) => [r, []]));
  const perCaseRater: number[] = [];
  const perCaseModel: number[] = [];
  const ws: number[] = [];
  const units: Array<Array<number | null>> = [];
  const unitsWithModel: Array<Array<number | null>> = [];
  let sharedCases = 0;

  for (const c of suite.cases) {
    const rankings = uniqueRaters(c.rankings);
    if (rankings.length >= 2) sharedCases++;
    const labels = rankings.map((r) => rankingLabels(r));
    const caseTaus: number[] = [];
    for (let i = 0; i < rankings.length; i++) {
      for (let j = i + 1; j < rankings.length; j++) {
        const shared = [...labels[i]!.keys()].filter((name) => labels[j]!.has(name));
        const tau = kendallTauB(shared.map((x) => labels[i]!.get(x)!), shared.map((x) => labels[j]!.get(x)!));
        if (tau === null) continue;
        caseTaus.push(tau);
        const key = JSON.stringify([rankings[i]!.rater, rankings[j]!.rater]);
        pairTaus.set(key, [...(pairTaus.get(key) ?? []), tau]);
      }
    }
    if (caseTaus.length > 0) perCaseRater.push(mean(caseTaus));

    const common = c.candidates.map((x) => x.name).filter((name) => labels.every((l) => l.has(name)));
    if (rankings.length >= 2) {
      const w = kendallW(labels.map((l) => common.map((name) => l.get(name)!)));
      if (w !== null) ws.push(w);
    }

    const scores = modelScores.get(c.id);
    const caseModel: number[] = [];
    for (const ranking of rankings) {
      const agreement = caseAgreement(ranking, scores ?? null);
      if (agreement.ok && agreement.tauB !== null) {
        caseModel.push(agreement.tauB);
        modelTaus.get(ranking.rater)!.push(agreement.tauB);
      }
    }
    if (caseModel.length > 0) perCaseModel.push(mean(caseModel));

    const placesOf = new Map(rankings.map((r) => [r.rater, places(r.tiers)]));
    const modelPlaces = scores ? places(tiersFromScores(scores)) : null;
    for (const { name } of c.candidates) {
      const row = raters.map((rater) => placesOf.get(rater)?.get(name) ?? null);
      units.push(row);
      unitsWithModel.push([...row, modelPlaces?.get(name) ?? null]);
    }
  }

  const pairs: Calibration['pairs'] = [];
  for (let i = 0; i < raters.length; i++) {
    for (let j = i + 1; j < raters.length; j++) {
      const [a, b] = [raters[i]!, raters[j]!];
      const taus = [...(pairTaus.get(JSON.stringify([a, b])) ?? []), ...(pairTaus.get(JSON.stringify([b, a])) ?? [])];
      pairs.push({ a, b, tauB: meanCell(taus, boot) });
    }
  }
  return {
    raters,
    sharedCases,
    pairs,
    raterTauB: meanCell(perCaseRater, boot),
    modelVsRater: raters.map((rater) => ({ rater, tauB: meanCell(modelTaus.get(rater)!, boot) })),
    modelTauB: meanCell(perCaseModel, boot),
    kendallW: meanCell(ws, boot),
    alpha: krippendorffAlpha(units, 'ordinal'),
    alphaWithModel: krippendorffAlpha(unitsWithModel, 'ordinal'),
  };
}

/** A rater who ranked a case twice counts once (the first ranking). */
function uniqueRaters(rankings: readonly RaterRanking[]): RaterRanking[] {
  const seen = new Set<string>();
  return rankings.filter((r) => !seen.has(r.rater) && seen.add(r.rater));
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
