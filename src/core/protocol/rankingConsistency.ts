// Ranking/score consistency (METRICS.md, "Consistency"; the check the reference's `format_reward` meant to call):
// over the pairs of names that both appear in the ranking and have different predicted scores, the share whose
// ranking order agrees with the scores (the higher score stands earlier). A name repeated in the ranking counts at
// its first position. O(k log k) for k scored names (a Fenwick tree counts the disagreeing pairs).

export interface RankingConsistency {
  agreeing: number;
  total: number;
}

export function rankingConsistency(
  scores: ReadonlyArray<readonly [string, number]>,
  ranking: readonly string[],
): RankingConsistency {
  const position = new Map<string, number>();
  ranking.forEach((name, i) => {
    if (!position.has(name)) position.set(name, i);
  });
  const scoreOf = new Map<string, number>();
  for (const [name, score] of scores) scoreOf.set(name, score);

  // The ranked, scored names in ranking order, as their scores.
  const sequence: number[] = [];
  for (const [name] of [...position].sort((a, b) => a[1] - b[1])) {
    const score = scoreOf.get(name);
    if (score !== undefined) sequence.push(score);
  }
  const n = sequence.length;
  if (n < 2) return { agreeing: 0, total: 0 };

  // total = pairs with different scores = all pairs minus tied pairs.
  const distinct = [...new Set(sequence)].sort((a, b) => a - b);
  const rank = new Map(distinct.map((s, i) => [s, i + 1]));
  const counts = new Map<number, number>();
  for (const s of sequence) counts.set(s, (counts.get(s) ?? 0) + 1);
  let total = (n * (n - 1)) / 2;
  for (const c of counts.values()) total -= (c * (c - 1)) / 2;

  // Disagreeing pairs: an earlier (better-ranked) name with a strictly lower score than a later one.
  const tree = new Array<number>(distinct.length + 1).fill(0);
  let disagreeing = 0;
  for (const s of sequence) {
    const r = rank.get(s)!;
    for (let i = r - 1; i > 0; i -= i & -i) disagreeing += tree[i]!; // earlier names scoring below s
    for (let i = r; i < tree.length; i += i & -i) tree[i] = tree[i]! + 1;
  }
  return { agreeing: total - disagreeing, total };
}
