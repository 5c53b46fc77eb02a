import { normalCdf, studentTQuantile } from './distributions.ts';
import { DEFAULT_BOOTSTRAP_SEED, mulberry32 } from './prng.ts';
import { betaDraw } from './random-beta.ts';

/** A bootstrap interval. */
export interface Interval {
  lo: number;
  hi: number;
}

/**
 * How an interval is read from the resamples.
 * - `studentized` (default): the bootstrap-t interval — resample, studentize each resample's value by its own
 *   standard error, and read the interval from the quantiles of that t statistic. It holds its coverage at small n
 *   far better than the percentile interval on the skewed, bounded per-item metrics of a run (NDCG piles up near 1):
 *   see coverage.test.ts, which measures it, and docs/metrics.md.
 * - `percentile`: the plain percentile interval of the resampled values (what every interval was before).
 */
export type IntervalMethod = 'studentized' | 'percentile';

export interface BootstrapOptions {
  /** Number of resamples; at least {@link MIN_RESAMPLES} are always drawn. */
  resamples?: number;
  /** PRNG seed; every call restarts from it, so the same inputs always give the same interval. */
  seed?: number;
  /** Coverage of the interval, 0.95 by default. */
  confidence?: number;
  /** `studentized` by default. */
  method?: IntervalMethod;
}

export const MIN_RESAMPLES = 1000;
export const DEFAULT_CONFIDENCE = 0.95;

interface Resolved {
  resamples: number;
  seed: number;
  confidence: number;
  method: IntervalMethod;
}

function resolve(options: BootstrapOptions | undefined): Resolved {
  const resamples = Math.max(MIN_RESAMPLES, Math.floor(options?.resamples ?? MIN_RESAMPLES));
  const confidence = options?.confidence ?? DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return { resamples, seed: options?.seed ?? DEFAULT_BOOTSTRAP_SEED, confidence, method: options?.method ?? 'studentized' };
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
  // Equal neighbours (or an exact rank) need no interpolation, which also keeps ±Infinity from turning into NaN.
  if (fraction === 0 || sorted[low] === sorted[high]) return sorted[low]!;
  return sorted[low]! + (sorted[high]! - sorted[low]!) * fraction;
}

/** The resamples of a ratio Σnum / Σden (a mean when every den is 1), with what each interval method needs. */
interface Resampled {
  point: number;
  /** Standard error of the point estimate (linearization: the usual s / √n for a mean). */
  se: number;
  /** Resampled ratios, in draw order (resamples with Σden = 0 left out). */
  values: Float64Array;
  /** Studentized resamples (value − point) / se*, in draw order; ±Infinity where a resample has no spread. */
  t: Float64Array;
  /** The attainable range of the statistic: the smallest and largest per-item ratio. */
  min: number;
  max: number;
  n: number;
}

function resampleRatio(num: Float64Array, den: Float64Array, r: Resolved): Resampled | null {
  const n = num.length;
  let sumNum = 0;
  let sumDen = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    sumNum += num[i]!;
    sumDen += den[i]!;
    if (den[i]! !== 0) {
      const ratio = num[i]! / den[i]!;
      if (ratio < min) min = ratio;
      if (ratio > max) max = ratio;
    }
  }
  const point = sumDen !== 0 ? sumNum / sumDen : Number.NaN;
  const studentize = r.method === 'studentized' && n > 1;
  const se = studentize && sumDen !== 0 ? standardError(num, den, null, n, point, sumDen) : 0;
  const values = new Float64Array(r.resamples);
  const t = new Float64Array(studentize ? r.resamples : 0);
  const picked = new Int32Array(n);
  const random = mulberry32(r.seed);
  let count = 0;
  for (let b = 0; b < r.resamples; b++) {
    let top = 0;
    let bottom = 0;
    for (let k = 0; k < n; k++) {
      const index = Math.floor(random() * n);
      picked[k] = index;
      top += num[index]!;
      bottom += den[index]!;
    }
    if (bottom === 0) continue;
    const value = top / bottom;
    values[count] = value;
    if (studentize) {
      const seStar = standardError(num, den, picked, n, value, bottom);
      t[count] = seStar > 0 ? (value - point) / seStar : value === point ? 0 : value > point ? Infinity : -Infinity;
    }
    count++;
  }
  if (count === 0) return null;
  return { point, se, values: values.subarray(0, count), t: t.subarray(0, studentize ? count : 0), min, max, n };
}

/** Linearization standard error of a ratio over the items `picked` (all items when null). */
function standardError(
  num: Float64Array,
  den: Float64Array,
  picked: Int32Array | null,
  n: number,
  ratio: number,
  sumDen: number,
): number {
  let squares = 0;
  for (let k = 0; k < n; k++) {
    const i = picked ? picked[k]! : k;
    const residual = num[i]! - ratio * den[i]!;
    squares += residual * residual;
  }
  return Math.sqrt((squares * n) / (n - 1)) / Math.abs(sumDen);
}

function tails(confidence: number): [number, number] {
  const tail = (1 - confidence) / 2;
  return [tail, 1 - tail];
}

function percentileInterval(values: Float64Array, confidence: number): Interval {
  const sorted = Float64Array.from(values).sort();
  const [lo, hi] = tails(confidence);
  return { lo: quantileSorted(sorted, lo), hi: quantileSorted(sorted, hi) };
}

/**
 * Hesterberg's expanded percentile interval (the percentile levels widened as Student's t widens the normal, by
 * √(n/(n−1)) · t(n−1)): the fallback for data so nearly constant that the t statistic is infinite in a tail.
 */
function expandedPercentileInterval(values: Float64Array, n: number, confidence: number): Interval {
  const [, upper] = tails(confidence);
  const widened = n > 1 ? Math.sqrt(n / (n - 1)) * studentTQuantile(upper, n - 1) : Number.POSITIVE_INFINITY;
  const sorted = Float64Array.from(values).sort();
  return { lo: quantileSorted(sorted, normalCdf(-widened)), hi: quantileSorted(sorted, normalCdf(widened)) };
}

function studentizedInterval(s: Resampled, confidence: number): Interval {
  if (s.se === 0) return { lo: s.point, hi: s.point };
  const sorted = Float64Array.from(s.t).sort();
  const [lo, hi] = tails(confidence);
  const tHi = quantileSorted(sorted, hi);
  const tLo = quantileSorted(sorted, lo);
  if (!Number.isFinite(tHi) || !Number.isFinite(tLo)) return expandedPercentileInterval(s.values, s.n, confidence);
  return { lo: Math.max(s.min, s.point - tHi * s.se), hi: Math.min(s.max, s.point - tLo * s.se) };
}

function intervalOf(s: Resampled, r: Resolved): Interval {
  return r.method === 'studentized' ? studentizedInterval(s, r.confidence) : percentileInterval(s.values, r.confidence);
}

/**
 * 95% (by default) bootstrap interval of the mean of `values` (see {@link IntervalMethod}). `null` when there are no
 * values.
 */
export function bootstrapMean(values: ArrayLike<number>, options?: BootstrapOptions): Interval | null {
  if (values.length === 0) return null;
  const r = resolve(options);
  const s = resampleRatio(Float64Array.from(values), new Float64Array(values.length).fill(1), r);
  return s && intervalOf(s, r);
}

/**
 * Bootstrap interval of a ratio `Σ numerators / Σ denominators` (micro average, e.g. pairwise accuracy
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
  const r = resolve(options);
  const s = resampleRatio(Float64Array.from(numerators), Float64Array.from(denominators), r);
  return s && intervalOf(s, r);
}

/**
 * Interval of a mean in which each of `failures` items (outputs that could not be parsed) counts as the value
 * `worst` (NDCG 0, τ −1): the mean is (1 − f)·m + f·worst, with f the failure share and m the parsed items' mean.
 * Resampling the items as they are cannot see failures a small run happened not to have (at n = 30 and 5%
 * unparseable, one run in five has none, and its percentile interval misses the truth); so each resample draws
 * f from its Jeffreys posterior Beta(failures + ½, parsed + ½), and m from the studentized bootstrap of the parsed
 * values. `null` when nothing was parsed (the mean says nothing of m then) or there are no items.
 */
export function bootstrapMeanCountingFailures(
  parsed: ArrayLike<number>,
  failures: number,
  worst: number,
  options?: BootstrapOptions,
): Interval | null {
  const p = parsed.length;
  if (p === 0) return null;
  const r = resolve(options);
  if (r.method === 'percentile') return bootstrapMean([...Array.from(parsed), ...Array<number>(failures).fill(worst)], options);
  const s = resampleRatio(Float64Array.from(parsed), new Float64Array(p).fill(1), r)!;
  const sortedT = Float64Array.from(s.t).sort();
  const [lo, hi] = tails(r.confidence);
  const useT = s.se > 0 && Number.isFinite(quantileSorted(sortedT, lo)) && Number.isFinite(quantileSorted(sortedT, hi));
  // The failure shares come from their own stream, so the parsed part is the same as bootstrapMean(parsed) draws.
  const random = mulberry32(r.seed ^ 0x5bd1e995);
  const mixed = new Float64Array(s.values.length);
  for (let b = 0; b < mixed.length; b++) {
    const share = betaDraw(random, failures + 0.5, p + 0.5);
    const m = useT ? Math.min(s.max, Math.max(s.min, s.point - s.t[b]! * s.se)) : s.values[b]!;
    mixed[b] = (1 - share) * m + share * worst;
  }
  return percentileInterval(mixed, r.confidence);
}
