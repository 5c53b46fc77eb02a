import type { PairCount } from './types.ts';

/**
 * Pairwise accuracy of one item (METRICS.md). Over every pair of ground-truth names whose `gt` scores differ:
 * when both names are in the ranking, 1 if the better one stands first, else 0; otherwise, when both have a predicted
 * score, 1 / 0.5 / 0 for higher / equal / lower; otherwise 0.
 */
export function pairwiseCounts(
  gt: ReadonlyMap<string, number>,
  pred: ReadonlyMap<string, number>,
  positions: ReadonlyMap<string, number>,
): PairCount {
  const names = [...gt.keys()];
  let correct = 0;
  let total = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i]!;
      const b = names[j]!;
      const ga = gt.get(a)!;
      const gb = gt.get(b)!;
      if (ga === gb) continue;
      total++;
      const [better, worse] = ga > gb ? [a, b] : [b, a];
      const pBetter = positions.get(better);
      const pWorse = positions.get(worse);
      if (pBetter !== undefined && pWorse !== undefined) {
        if (pBetter < pWorse) correct += 1;
        continue;
      }
      const sBetter = pred.get(better);
      const sWorse = pred.get(worse);
      if (sBetter !== undefined && sWorse !== undefined) {
        if (sBetter > sWorse) correct += 1;
        else if (sBetter === sWorse) correct += 0.5;
      }
    }
  }
  return { correct, total };
}
