/**
 * Kendall's coefficient of concordance W of m raters over the same n items, with the correction for ties:
 * W = 12 S / (m² (n³ − n) − m Σ_j T_j), where S is the sum of squared deviations of the items' rank sums from their
 * mean and T_j = Σ (t³ − t) over the groups of t tied items of rater j. `scores[j][i]` is rater j's label for item i,
 * higher is better (converted to mid-ranks). 0 = no agreement beyond chance, 1 = identical rankings.
 * `null` with fewer than two raters or items, rows of unequal length, or when every rater ties everything.
 */
export function kendallW(scores: ReadonlyArray<readonly number[]>): number | null {
  const m = scores.length;
  const n = scores[0]?.length ?? 0;
  if (m < 2 || n < 2 || scores.some((row) => row.length !== n)) return null;
  const sums = new Float64Array(n);
  let tieTerm = 0;
  for (const row of scores) {
    const { ranks, ties } = midRanks(row);
    ranks.forEach((r, i) => (sums[i]! += r));
    tieTerm += ties;
  }
  const mean = (m * (n + 1)) / 2;
  let s = 0;
  for (const total of sums) s += (total - mean) ** 2;
  const denominator = m * m * (n ** 3 - n) - m * tieTerm;
  return denominator === 0 ? null : (12 * s) / denominator;
}

/** Mid-ranks (1 = best) of labels where higher is better, and Σ (t³ − t) over the tie groups. */
export function midRanks(labels: readonly number[]): { ranks: number[]; ties: number } {
  const order = labels.map((x, i) => ({ x, i })).sort((a, b) => b.x - a.x);
  const ranks = new Array<number>(labels.length);
  let ties = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.x === order[start]!.x) end++;
    const t = end - start + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.i] = (start + end) / 2 + 1;
    ties += t ** 3 - t;
    start = end + 1;
  }
  return { ranks, ties };
}
