import { DEFAULT_BOOTSTRAP_SEED, mulberry32 } from './prng.ts';

/** A percentile bootstrap interval. */
export interface Interval {
  lo: number;
  hi: number;
}

export interface BootstrapOptions {
  /** Number of resamples; at least {@link MIN_RESAMPLES} are always drawn. */
  resamples?: number;
  /** PRNG seed; every call restarts from it, so the same inputs always give the same interval. */
  seed?: number;
  /** Coverage of the interval, 0.95 by default. */
  confidence?: number;
}

export const MIN_RESAMPLES = 1000;
export const DEFAULT_CONFIDENCE = 0.95;

interface Resolved {
  resamples: number;
  seed: number;
  confidence: number;
}

function resolve(options: BootstrapOptions | undefined): Resolved {
  const resamples = Math.max(MIN_RESAMPLES, Math.floor(options?.resamples ?? MIN_RESAMPLES));
  const confidence = options?.confidence ?? DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return { resamples, seed: options?.seed ?? DEFAULT_BOOTSTRAP_SEED, confidence };
}

/**
 * Quantile `q` (0..1) of ascending-sorted values by linear interpolation between the closest ranks
 * (numpy's default `percentile` method).
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of no values');
  const position = (n - 1) * q;
  const low = Math.floor(position);
  const high = Math.min(n - 1, low + 1);
  const fraction = position - low;
  return sorted[low]! + (sorted[high]! - sorted[low]!) * fraction;
}

function intervalFrom(stats: Float64Array, count: number, confidence: number): Interval | null {
  if (count === 0) return null;
  const defined = stats.subarray(0, count).sort();
  const tail = (1 - confidence) / 2;
  return { lo: quantileSorted(defined, tail), hi: quantileSorted(defined, 1 - tail) };
}

/**
 * 95% (by default) percentile-bootstrap interval of the mean of `values`: resample the values with replacement.
 * `null` when there are no values.
 */
export function bootstrapMean(values: ArrayLike<number>, options?: BootstrapOptions): Interval | null {
  const n = values.length;
  if (n === 0) return null;
  const { resamples, seed, confidence } = resolve(options);
  const data = Float64Array.from(values);
  const stats = new Float64Array(resamples);
  const random = mulberry32(seed);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += data[Math.floor(random() * n)]!;
    stats[r] = sum / n;
  }
  return intervalFrom(stats, resamples, confidence);
}

/**
 * Percentile-bootstrap interval of a ratio `Σ numerators / Σ denominators` (micro average, e.g. pairwise accuracy
 * = Σcorrect / Σtotal): resample items (index pairs) with replacement and recompute the ratio. Resamples whose
 * denominator sums to 0 are left out; `null` when none is defined.
 */
export function bootstrapRatio(
  numerators: ArrayLike<number>,
  denominators: ArrayLike<number>,
  options?: BootstrapOptions,
): Interval | null {
  const n = numerators.length;
  if (n !== denominators.length) throw new RangeError('numerators and denominators differ in length');
  if (n === 0) return null;
  const { resamples, seed, confidence } = resolve(options);
  const num = Float64Array.from(numerators);
  const den = Float64Array.from(denominators);
  const stats = new Float64Array(resamples);
  const random = mulberry32(seed);
  let count = 0;
  for (let r = 0; r < resamples; r++) {
    let top = 0;
    let bottom = 0;
    for (let k = 0; k < n; k++) {
      const index = Math.floor(random() * n);
      top += num[index]!;
      bottom += den[index]!;
    }
    if (bottom !== 0) stats[count++] = top / bottom;
  }
  return intervalFrom(stats, count, confidence);
}
