/**
 * The reference package's `calculate_weighted_pair_penalty` (a reward despite its name). Over every pair of names
 * that have both a predicted and a `gt` score: weight `1 + |gt_a − gt_b|`; penalty = the full weight when the
 * predicted order is reversed, half of it when the prediction ties where `gt` does not. Reward
 * `max(0, 1 − penalty / weight)`; 1.0 when fewer than two names are shared (as the reference).
 */
export function weightedPairReward(gt: ReadonlyMap<string, number>, pred: ReadonlyMap<string, number>): number {
  const shared = [...gt.keys()].filter((name) => pred.has(name));
  if (shared.length < 2) return 1;
  let penalty = 0;
  let weight = 0;
  for (let i = 0; i < shared.length; i++) {
    for (let j = i + 1; j < shared.length; j++) {
      const a = shared[i]!;
      const b = shared[j]!;
      const gtOrder = gt.get(a)! - gt.get(b)!;
      const predOrder = pred.get(a)! - pred.get(b)!;
      const w = 1 + Math.abs(gtOrder);
      if (predOrder * gtOrder < 0) penalty += w;
      else if (predOrder === 0 && gtOrder !== 0) penalty += w * 0.5;
      weight += w;
    }
  }
  if (weight === 0) return 0;
  return Math.max(0, 1 - penalty / weight);
}
