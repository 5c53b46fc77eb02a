import { describe, expect, it } from 'vitest';
import { kendallTauB } from './kendall.ts';

describe('kendallTauB', () => {
  // Expected values from scipy.stats.kendalltau (τ-b).
  it.each([
    [[1, 2, 3, 4], [1, 3, 2, 4], 0.6666666666666669],
    [[1, 1, 2, 3], [1, 2, 2, 3], 0.7999999999999999],
    [[5, 4, 4, 2, 1], [1, 2, 3, 3, 5], -0.8888888888888888],
  ])('τ-b(%j, %j) = %d as scipy', (x, y, expected) => {
    expect(Math.abs(kendallTauB(x, y)! - expected)).toBeLessThan(1e-12);
  });

  it('is null for a constant side or fewer than two values', () => {
    expect(kendallTauB([1, 2], [3, 3])).toBeNull();
    expect(kendallTauB([1], [1])).toBeNull();
    expect(kendallTauB([], [])).toBeNull();
  });
});
