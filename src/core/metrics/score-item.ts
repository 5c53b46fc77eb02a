import { kendallTauB } from './kendall.ts';
import { ndcg } from './ndcg.ts';
import { pairwiseCounts } from './pairwise.ts';
import { firstPositions, toScoreMap } from './score-map.ts';
import type { ItemScore, ItemScoreInput } from './types.ts';
import { populationVariance } from './variance.ts';
import { weightedPairReward } from './weighted-pair-reward.ts';

/**
 * All per-item metrics of METRICS.md for one benchmark item: pairwise accuracy counts, Kendall's τ-b, NDCG,
 * population variance of the predicted scores and the reference's weighted pair reward.
 * Repeated names follow Python dict semantics (first position, last value); a `NaN` score counts as missing.
 */
export function scoreItem(input: ItemScoreInput): ItemScore {
  const gt = toScoreMap(input.gt);
  const pred = toScoreMap(input.scores);
  const positions = firstPositions(input.ranking);

  const shared = [...gt.keys()].filter((name) => pred.has(name));
  const tau = kendallTauB(
    shared.map((name) => gt.get(name)!),
    shared.map((name) => pred.get(name)!),
  );

  return {
    pairs: pairwiseCounts(gt, pred, positions),
    kendallTauB: tau,
    ndcg: ndcg(gt, pred, input.ranking),
    variance: populationVariance([...pred.values()]),
    weightedPairReward: weightedPairReward(gt, pred),
  };
}
