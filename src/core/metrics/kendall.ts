/**
 * Kendall's τ-b between two paired samples, as `scipy.stats.kendalltau` (its default variant):
 * `(concordant − discordant) / sqrt(tot − xtie) / sqrt(tot − ytie)`, where a pair tied in x (or y) counts in
 * `xtie` (or `ytie`), joint ties in both. `null` when there are fewer than 2 values or either side is constant.
 * O(n²), which is fine for the ≤ a few dozen candidates of one item.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 2) return null;
  const tot = (n * (n - 1)) / 2;
  let xtie = 0;
  let ytie = 0;
  let conMinusDis = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0) xtie++;
      if (dy === 0) ytie++;
      if (dx !== 0 && dy !== 0) conMinusDis += dx === dy ? 1 : -1;
    }
  }
  if (xtie === tot || ytie === tot) return null;
  const tau = conMinusDis / Math.sqrt(tot - xtie) / Math.sqrt(tot - ytie);
  return Math.min(1, Math.max(-1, tau));
}
