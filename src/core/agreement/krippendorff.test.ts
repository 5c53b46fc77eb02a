import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff.ts';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units, missing data.
// Rows are observers A–D, columns units 1–12. Published: α nominal 0.743, ordinal 0.815, interval 0.849.
const _ = null;
const observers = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const units = observers[0]!.map((_x, u) => observers.map((row) => row[u]!));

describe('krippendorffAlpha', () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
  ] as const)('matches Krippendorff\'s worked example (%s α = %d)', (metric, published) => {
    expect(krippendorffAlpha(units, metric)).toBeCloseTo(published, 3);
  });

  it('matches a hand-computed two-coder case', () => {
    // Units (1,1), (2,2), (1,2): o11 = 2, o22 = 2, o12 = o21 = 1; n1 = n2 = 3, n = 6.
    // Nominal: α = 1 − (6 − 1)·2 / (3·3 + 3·3) = 1 − 10/18.
    expect(krippendorffAlpha([[1, 1], [2, 2], [1, 2]], 'nominal')).toBeCloseTo(1 - 10 / 18, 12);
    // Ordinal δ²(1,2) = (3 + 3 − 3)² = 9 → α = 1 − 5·2·9 / (2·9·9) = 1 − 10/18 as well (two values).
    expect(krippendorffAlpha([[1, 1], [2, 2], [1, 2]], 'ordinal')).toBeCloseTo(1 - 10 / 18, 12);
  });

  it('is 1 for perfect agreement and null when there is nothing to compare', () => {
    expect(krippendorffAlpha([[1, 1, 1], [3, 3, null], [2, 2, 2]], 'ordinal')).toBe(1);
    expect(krippendorffAlpha([[1, null], [null, 2]], 'ordinal')).toBeNull();
    expect(krippendorffAlpha([[2, 2], [2, 2]], 'ordinal')).toBeNull();
  });

  it('ordinal α depends on the order of the values only, interval α on their distances', () => {
    const stretched = units.map((u) => u.map((x) => (x === null ? null : x ** 3)));
    expect(krippendorffAlpha(stretched, 'ordinal')).toBeCloseTo(krippendorffAlpha(units, 'ordinal')!, 12);
    expect(krippendorffAlpha(stretched, 'interval')).not.toBeCloseTo(krippendorffAlpha(units, 'interval')!, 3);
  });
});
