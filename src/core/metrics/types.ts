/** Ordered `[name, value]` pairs: a JavaScript object would re-order integer-like names. */
export type NamedScores = ReadonlyArray<readonly [string, number]>;

/** Pairwise accuracy counts of one item (or a slice): `correct` may hold halves (predicted ties). */
export interface PairCount {
  correct: number;
  total: number;
}

/** One benchmark item's ground truth and parsed prediction. */
export interface ItemScoreInput {
  gt: NamedScores;
  scores: NamedScores;
  ranking: readonly string[];
}

/** Per-item metrics (METRICS.md). Undefined values are `null`, never `NaN`. */
export interface ItemScore {
  pairs: PairCount;
  kendallTauB: number | null;
  ndcg: number | null;
  variance: number | null;
  weightedPairReward: number;
}
