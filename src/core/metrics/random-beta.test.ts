import { describe, expect, it } from 'vitest';
import { betaDraw } from './random-beta.ts';
import { mulberry32 } from './prng.ts';

describe('betaDraw', () => {
  it.each([
    [0.5, 30.5],
    [5.5, 95.5],
    [2, 3],
  ])('Beta(%d, %d) draws have its mean and variance', (a, b) => {
    const random = mulberry32(3);
    const n = 20_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const x = betaDraw(random, a, b);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
      sum += x;
      squares += x * x;
    }
    const mean = sum / n;
    const variance = squares / n - mean * mean;
    const expectedVariance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(Math.abs(mean - a / (a + b))).toBeLessThan(5 * Math.sqrt(expectedVariance / n));
    expect(variance / expectedVariance).toBeGreaterThan(0.9);
    expect(variance / expectedVariance).toBeLessThan(1.1);
  });
});
