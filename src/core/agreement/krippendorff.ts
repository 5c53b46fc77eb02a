/** How distances between values count in Krippendorff's α. */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/**
 * Krippendorff's α over a reliability matrix: `units[u][c]` is coder c's value for unit u, null where missing.
 * Units with fewer than two values are not pairable and left out. Built from the coincidence matrix as in
 * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 * The ordinal δ² of values c ≤ k is (Σ_{g=c..k} n_g − (n_c + n_k)/2)², which depends only on the values' order.
 * `null` when fewer than two pairable values exist or every pairable value is the same (no expected disagreement).
 */
export function krippendorffAlpha(units: ReadonlyArray<ReadonlyArray<number | null>>, metric: AlphaMetric): number | null {
  const pairable = units.map((u) => u.filter((x): x is number => x !== null)).filter((u) => u.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const v = values.length;
  if (v === 0) return null;
  const index = new Map(values.map((x, i) => [x, i]));
  const o = Array.from({ length: v }, () => new Float64Array(v));
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++) {
        if (i !== j) o[index.get(unit[i]!)!]![index.get(unit[j]!)!]! += weight;
      }
    }
  }
  const nc = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = nc.reduce((a, b) => a + b, 0);
  const delta2 = distance(metric, values, nc);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) {
      const d = delta2(c, k);
      observed += o[c]![k]! * d;
      expected += nc[c]! * nc[k]! * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

function distance(metric: AlphaMetric, values: readonly number[], nc: readonly number[]): (c: number, k: number) => number {
  if (metric === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (metric === 'interval') return (c, k) => (values[c]! - values[k]!) ** 2;
  const cumulative = [0];
  for (const count of nc) cumulative.push(cumulative[cumulative.length - 1]! + count);
  return (c, k) => {
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    return (cumulative[hi + 1]! - cumulative[lo]! - (nc[lo]! + nc[hi]!) / 2) ** 2;
  };
}
