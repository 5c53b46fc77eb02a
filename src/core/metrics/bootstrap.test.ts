import { describe, expect, it } from 'vitest';
import { bootstrapMean, bootstrapMeanCountingFailures, bootstrapRatio, quantileSorted } from './bootstrap.ts';

describe('quantileSorted', () => {
  it('interpolates linearly like numpy.percentile', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([0, 10], 0.025)).toBeCloseTo(0.25, 12);
  });
});

describe('bootstrapMean', () => {
  const values = Array.from({ length: 50 }, (_, i) => (i * 37) % 11);

  it('gives the same interval for the same seed', () => {
    expect(bootstrapMean(values, { seed: 5 })).toEqual(bootstrapMean(values, { seed: 5 }));
    expect(bootstrapMean(values)).toEqual(bootstrapMean(values));
  });

  it('changes with the seed', () => {
    expect(bootstrapMean(values, { seed: 5 })).not.toEqual(bootstrapMean(values, { seed: 6 }));
  });

  it('contains the point estimate and is ordered', () => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const ci = bootstrapMean(values)!;
    expect(ci.lo).toBeLessThanOrEqual(mean);
    expect(ci.hi).toBeGreaterThanOrEqual(mean);
    expect(ci.hi - ci.lo).toBeGreaterThan(0);
  });

  it('is degenerate for constant data and null for no data', () => {
    expect(bootstrapMean([3, 3, 3])).toEqual({ lo: 3, hi: 3 });
    expect(bootstrapMean([])).toBeNull();
  });

  it('narrows roughly with 1/sqrt(n) (sanity against the normal approximation)', () => {
    // Bernoulli(0.5) with 400 items: SE = 0.025, 95% interval ≈ ±0.049
    const coin = Array.from({ length: 400 }, (_, i) => i % 2);
    const ci = bootstrapMean(coin)!;
    expect(ci.hi - ci.lo).toBeGreaterThan(0.08);
    expect(ci.hi - ci.lo).toBeLessThan(0.12);
  });
});

describe('bootstrapRatio', () => {
  it('resamples items and recomputes Σnum / Σden', () => {
    const num = [1, 2, 0, 3, 4, 1, 0, 2];
    const den = [2, 3, 1, 3, 5, 2, 1, 3];
    const point = num.reduce((a, b) => a + b) / den.reduce((a, b) => a + b);
    const ci = bootstrapRatio(num, den, { seed: 11 })!;
    expect(ci.lo).toBeLessThanOrEqual(point);
    expect(ci.hi).toBeGreaterThanOrEqual(point);
    expect(bootstrapRatio(num, den, { seed: 11 })).toEqual(ci);
  });

  it('skips resamples with a zero denominator and is null when none is defined', () => {
    expect(bootstrapRatio([0, 0], [0, 0])).toBeNull();
    const ci = bootstrapRatio([1, 0], [1, 0])!;
    expect(ci).toEqual({ lo: 1, hi: 1 });
  });

  it('rejects mismatched lengths', () => {
    expect(() => bootstrapRatio([1], [1, 2])).toThrow(RangeError);
  });

  it('handles 1,002 items × 1,000 resamples quickly', () => {
    const n = 1002;
    const num = Float64Array.from({ length: n }, (_, i) => (i * 7) % 10);
    const den = Float64Array.from({ length: n }, () => 10);
    const start = performance.now();
    const ci = bootstrapRatio(num, den, { resamples: 1000 });
    const elapsed = performance.now() - start;
    expect(ci).not.toBeNull();
    // Generous bound (CI machines are slow); typically a few milliseconds.
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('interval methods', () => {
  const skewed = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 1 : 1 - ((i * 7) % 10) / 25));

  it('the studentized interval is wider than the percentile one where the data are skewed, and stays in range', () => {
    const t = bootstrapMean(skewed)!;
    const p = bootstrapMean(skewed, { method: 'percentile' })!;
    expect(t.hi - t.lo).toBeGreaterThan(p.hi - p.lo);
    expect(t.hi).toBeLessThanOrEqual(1);
    expect(t.lo).toBeGreaterThanOrEqual(Math.min(...skewed));
  });

  it('gives a finite interval for nearly constant data (where the t statistic is infinite in a tail)', () => {
    const ci = bootstrapMean([...Array<number>(29).fill(1), 0])!;
    expect(Number.isFinite(ci.lo) && Number.isFinite(ci.hi)).toBe(true);
    expect(ci.lo).toBeLessThan(29 / 30);
    expect(ci.hi).toBe(1);
  });
});

describe('bootstrapMeanCountingFailures', () => {
  const parsed = Array.from({ length: 30 }, (_, i) => 0.9 + ((i * 7) % 10) / 100);

  it('reaches below the parsed mean even when the run happened to have no failure', () => {
    const plain = bootstrapMean(parsed)!;
    const counted = bootstrapMeanCountingFailures(parsed, 0, 0)!;
    expect(counted.lo).toBeLessThan(plain.lo - 0.01);
    expect(counted.hi).toBeLessThanOrEqual(plain.hi);
  });

  it('moves towards the worst value as failures grow, and is seeded', () => {
    const few = bootstrapMeanCountingFailures(parsed, 1, 0)!;
    const many = bootstrapMeanCountingFailures(parsed, 10, 0)!;
    const point = parsed.reduce((a, b) => a + b, 0) / 40;
    expect(many.lo).toBeLessThan(few.lo);
    expect(many.hi).toBeLessThan(few.hi);
    expect(many.lo).toBeLessThanOrEqual(point);
    expect(many.hi).toBeGreaterThanOrEqual(point);
    expect(bootstrapMeanCountingFailures(parsed, 10, 0)).toEqual(many);
    expect(bootstrapMeanCountingFailures(parsed, 10, 0, { seed: 2 })).not.toEqual(many);
  });

  it('is null when nothing was parsed', () => {
    expect(bootstrapMeanCountingFailures([], 5, 0)).toBeNull();
  });
});
