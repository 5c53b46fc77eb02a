/**
 * NDCG at full depth (METRICS.md). Order: the ranking's names that are in `gt` (first occurrence), then the remaining
 * `gt` names by predicted score descending (names without a score last; ties keep `gt` order). Gain = `gt` score
 * (linear), discount `1 / log2(position + 1)` with positions from 1, divided by the ideal DCG (`gt` sorted
 * descending). `null` when the ideal DCG is 0.
 */
export function ndcg(
  gt: ReadonlyMap<string, number>,
  pred: ReadonlyMap<string, number>,
  ranking: readonly string[],
): number | null {
  const ordered: string[] = [];
  const placed = new Set<string>();
  for (const name of ranking) {
    if (gt.has(name) && !placed.has(name)) {
      placed.add(name);
      ordered.push(name);
    }
  }
  const rest = [...gt.keys()].filter((name) => !placed.has(name));
  const scored = rest.filter((name) => pred.has(name));
  const unscored = rest.filter((name) => !pred.has(name));
  // Array.prototype.sort is stable: ties keep gt order.
  scored.sort((a, b) => {
    const sa = pred.get(a)!;
    const sb = pred.get(b)!;
    return sa === sb ? 0 : sa > sb ? -1 : 1;
  });
  ordered.push(...scored, ...unscored);

  const dcg = discounted(ordered.map((name) => gt.get(name)!));
  const ideal = discounted([...gt.values()].sort((a, b) => b - a));
  if (ideal === 0) return null;
  return dcg / ideal;
}

function discounted(gains: readonly number[]): number {
  let sum = 0;
  gains.forEach((gain, index) => {
    sum += gain / Math.log2(index + 2);
  });
  return sum;
}
