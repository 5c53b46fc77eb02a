import { rankingConsistency } from '../protocol/rankingConsistency.ts';
import { toScoreMap } from './score-map.ts';
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
  // One implementation of the check lives in the protocol (the parser's diagnostics use it); metrics only apply
  // their own reading of the scores first (NaN means "no score").
  return rankingConsistency([...toScoreMap(scores)], ranking);
}
