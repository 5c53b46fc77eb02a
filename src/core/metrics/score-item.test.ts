import { describe, expect, it } from 'vitest';
import reference from '../testdata/metrics-reference.json';
import { scoreItem } from './score-item.ts';

interface ReferenceCase {
  gt: Array<[string, number]>;
  pred_scores: Array<[string, number]>;
  pred_ranking: string[];
  pairwise: { correct: number; total: number };
  kendall_tau_b: number | null;
  ndcg: number | null;
  variance: number | null;
  weighted_pair_reward: number;
}

const cases = (reference as unknown as { cases: ReferenceCase[] }).cases;

function expectClose(actual: number | null, expected: number | null): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9);
}

describe('scoreItem against metrics-reference.json', () => {
  it('has the 40 reference cases', () => {
    expect(cases).toHaveLength(40);
  });

  cases.forEach((c, index) => {
    it(`case ${index}`, () => {
      const result = scoreItem({ gt: c.gt, scores: c.pred_scores, ranking: c.pred_ranking });
      expect(result.pairs.total).toBe(c.pairwise.total);
      expectClose(result.pairs.correct, c.pairwise.correct);
      expectClose(result.kendallTauB, c.kendall_tau_b);
      expectClose(result.ndcg, c.ndcg);
      expectClose(result.variance, c.variance);
      expectClose(result.weightedPairReward, c.weighted_pair_reward);
    });
  });
});

describe('scoreItem edge cases', () => {
  it('returns nulls, never NaN, for an empty prediction', () => {
    const result = scoreItem({ gt: [['a', 2], ['b', 1]], scores: [], ranking: [] });
    expect(result).toEqual({
      pairs: { correct: 0, total: 1 },
      kendallTauB: null,
      ndcg: 1,
      variance: null,
      weightedPairReward: 1,
    });
  });

  it('counts a name repeated in the ranking at its first position', () => {
    const result = scoreItem({ gt: [['a', 2], ['b', 1]], scores: [], ranking: ['a', 'b', 'a'] });
    expect(result.pairs).toEqual({ correct: 1, total: 1 });
    const reversed = scoreItem({ gt: [['a', 2], ['b', 1]], scores: [], ranking: ['b', 'a', 'b'] });
    expect(reversed.pairs).toEqual({ correct: 0, total: 1 });
  });

  it('prefers the ranking over scores and falls back to scores with half credit for ties', () => {
    const result = scoreItem({
      gt: [['a', 3], ['b', 2], ['c', 1]],
      scores: [['a', 1], ['b', 5], ['c', 5]],
      ranking: ['a', 'b'],
    });
    // a>b from ranking (1); a vs c: scores 1 < 5 (0); b vs c: tie (0.5)
    expect(result.pairs).toEqual({ correct: 1.5, total: 3 });
  });

  it('gives null NDCG when the ideal DCG is 0 and null tau for constant sides', () => {
    const result = scoreItem({ gt: [['a', 0], ['b', 0]], scores: [['a', 1], ['b', 2]], ranking: [] });
    expect(result.ndcg).toBeNull();
    expect(result.kendallTauB).toBeNull();
    expect(result.pairs.total).toBe(0);
  });

  it('treats NaN scores as missing and an infinite score as giving null variance', () => {
    const result = scoreItem({
      gt: [['a', 2], ['b', 1]],
      scores: [['a', Number.NaN], ['b', Number.POSITIVE_INFINITY]],
      ranking: [],
    });
    expect(result.variance).toBeNull();
    expect(result.kendallTauB).toBeNull();
    expect(result.pairs).toEqual({ correct: 0, total: 1 });
  });

  it('uses Python dict semantics for repeated names (first position, last value)', () => {
    const result = scoreItem({ gt: [['a', 1], ['b', 2], ['a', 3]], scores: [['a', 5], ['b', 1]], ranking: [] });
    expect(result.pairs).toEqual({ correct: 1, total: 1 });
    expect(result.kendallTauB).toBe(1);
  });
});
