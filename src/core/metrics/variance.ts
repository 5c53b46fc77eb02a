/** Population variance; `null` for no values or a non-finite result (e.g. an infinite score). */
export function populationVariance(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  const variance = squares / values.length;
  return Number.isFinite(variance) ? variance : null;
}
