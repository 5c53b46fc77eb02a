import { firstPositions, toScoreMap } from './score-map.ts';
import type { NamedScores } from './types.ts';

/** Agreement between a prediction's scores and its ranking. */
export interface Consistency {
  agreeing: number;
  total: number;
}

/**
 * The format check the reference meant to do (`check_ranking_consistency`): over every pair of scored names with
 * different predicted scores that both appear in `ranking`, count how often the higher-scored one is ranked first.
 * The share is `agreeing / total` (undefined when `total` is 0).
 */
export function consistency(scores: NamedScores, ranking: readonly string[]): Consistency {
  const pred = toScoreMap(scores);
  const positions = firstPositions(ranking);
  const names = [...pred.keys()].filter((name) => positions.has(name));
  let agreeing = 0;
  let total = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i]!;
      const b = names[j]!;
      const sa = pred.get(a)!;
      const sb = pred.get(b)!;
      if (sa === sb) continue;
      total++;
      const aFirst = positions.get(a)! < positions.get(b)!;
      if (aFirst === sa > sb) agreeing++;
    }
  }
  return { agreeing, total };
}
