import { describe, expect, it } from 'vitest';
import { aggregateBy, aggregateReport, summarizeSlice } from './aggregate.ts';
import type { SlicedItem } from './aggregate.ts';
import type { ItemScore } from './types.ts';

function score(partial: Partial<ItemScore> & { correct: number; total: number }): ItemScore {
  return {
    pairs: { correct: partial.correct, total: partial.total },
    kendallTauB: partial.kendallTauB ?? null,
    ndcg: partial.ndcg ?? null,
    variance: partial.variance ?? null,
    weightedPairReward: partial.weightedPairReward ?? 1,
  };
}

const items: SlicedItem[] = [
  { domain: 'chat', category: 'tone', failed: false, score: score({ correct: 3, total: 4, kendallTauB: 0.5, ndcg: 0.9, variance: 1, weightedPairReward: 0.8 }) },
  { domain: 'chat', category: 'logic', failed: false, score: score({ correct: 1, total: 2, kendallTauB: null, ndcg: 0.7, variance: 2, weightedPairReward: 0.4 }) },
  { domain: 'code', category: 'tone', failed: true, score: score({ correct: 0, total: 6, ndcg: 0.95, weightedPairReward: 1 }) },
  { domain: 'code', failed: false, score: score({ correct: 2, total: 2, kendallTauB: 1, ndcg: 1, variance: 0, weightedPairReward: 1 }) },
];

describe('summarizeSlice', () => {
  const s = summarizeSlice(items, 'overall', { bootstrap: false });

  it('micro-averages accuracy with failures in the denominator only', () => {
    expect(s.pairs).toEqual({ correct: 6, total: 14 });
    expect(s.accuracy.value).toBeCloseTo((6 / 14) * 100, 12);
  });

  it('means τ, NDCG, variance over defined values of parsed items', () => {
    expect(s.kendallTau.value).toBeCloseTo(75, 12);
    expect(s.kendallTau.n).toBe(2);
    expect(s.ndcg.value).toBeCloseTo(((0.9 + 0.7 + 1) / 3) * 100, 12);
    expect(s.variance.value).toBeCloseTo(1, 12);
    expect(s.weightedPairReward.value).toBeCloseTo((0.8 + 0.4 + 1) / 3, 12);
    expect(s.weightedPairReward.n).toBe(3);
  });

  it('counts failures and flags small slices', () => {
    expect(s.n).toBe(4);
    expect(s.failures).toBe(1);
    expect(s.failureRate).toBe(0.25);
    expect(s.fewItems).toBe(true);
    expect(s.accuracy.ci).toBeNull();
  });

  it('gives null values (never NaN) for an empty slice', () => {
    const empty = summarizeSlice([], 'none');
    expect(empty.accuracy.value).toBeNull();
    expect(empty.kendallTau).toEqual({ value: null, ci: null, n: 0 });
    expect(empty.failureRate).toBe(0);
  });

  it('attaches deterministic intervals containing the point estimate', () => {
    const many = Array.from({ length: 40 }, (_, i) => items[i % items.length]!);
    const a = summarizeSlice(many);
    const b = summarizeSlice(many);
    expect(a).toEqual(b);
    expect(a.fewItems).toBe(false);
    for (const cell of [a.accuracy, a.kendallTau, a.ndcg, a.variance, a.weightedPairReward]) {
      expect(cell.ci).not.toBeNull();
      expect(cell.ci!.lo).toBeLessThanOrEqual(cell.value!);
      expect(cell.ci!.hi).toBeGreaterThanOrEqual(cell.value!);
    }
  });
});

describe('aggregateBy / aggregateReport', () => {
  it('groups by a key selector in order of first appearance, skipping missing keys', () => {
    const byCategory = aggregateBy(items, (item) => item.category, { bootstrap: false });
    expect(byCategory.map((s) => [s.key, s.n])).toEqual([['tone', 2], ['logic', 1]]);
    expect(byCategory[0]!.pairs).toEqual({ correct: 3, total: 10 });
  });

  it('builds overall, domain and category slices', () => {
    const report = aggregateReport(items, { bootstrap: false });
    expect(report.overall.n).toBe(4);
    expect(report.byDomain.map((s) => s.key)).toEqual(['chat', 'code']);
    expect(report.byDomain[1]!.accuracy.value).toBeCloseTo(25, 12);
    expect(report.byCategory.map((s) => s.key)).toEqual(['tone', 'logic']);
  });
});
