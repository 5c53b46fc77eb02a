// Small statistics helpers for `npm run bench`: each figure is measured several times and reported as its median and
// spread (the machine is shared and noisy).

/** Linear-interpolated quantile of a sorted array. */
function quantileSorted(s, p) {
  if (s.length === 0) return null;
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}

/** median, quartiles, min, max and n of a list of numbers (nulls dropped). */
export function summarize(samples) {
  const s = samples.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return {
    n: s.length,
    median: quantileSorted(s, 0.5),
    p25: quantileSorted(s, 0.25),
    p75: quantileSorted(s, 0.75),
    min: s.length ? s[0] : null,
    max: s.length ? s[s.length - 1] : null,
  };
}

export function fmt(x, digits = 1) {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const abs = Math.abs(x);
  const d = abs >= 1000 ? 0 : abs >= 100 ? Math.min(digits, 0) : digits;
  return x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}
