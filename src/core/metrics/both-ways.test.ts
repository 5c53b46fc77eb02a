import { describe, expect, it } from 'vitest';
import { summarizeSlice } from './aggregate.ts';
import type { ScoredItem } from './aggregate.ts';
import { figuresBothWays } from './both-ways.ts';
import type { ItemScore } from './types.ts';

function item(failed: boolean, s: Partial<ItemScore> & { correct: number; total: number }): ScoredItem {
  return {
    failed,
    score: {
      pairs: { correct: s.correct, total: s.total },
      kendallTauB: s.kendallTauB ?? null,
      ndcg: s.ndcg ?? null,
      variance: s.variance ?? null,
      weightedPairReward: s.weightedPairReward ?? 1,
    },
  };
}

const items: ScoredItem[] = [
  item(false, { correct: 3, total: 4, kendallTauB: 0.5, ndcg: 0.9, variance: 1, weightedPairReward: 0.8 }),
  item(false, { correct: 1, total: 2, ndcg: 0.7, variance: 2, weightedPairReward: 0.4 }),
  // An unparsed output: scored as an empty prediction, so its NDCG is defined (its ground truth has gains).
  item(true, { correct: 0, total: 6, ndcg: 0.95, weightedPairReward: 1 }),
  item(false, { correct: 2, total: 2, kendallTauB: 1, ndcg: 1, variance: 0, weightedPairReward: 1 }),
];

describe('figuresBothWays', () => {
  const f = figuresBothWays(items, { bootstrap: false });

  it('leaves the failure out, or counts it at the worst value (hand-computed)', () => {
    expect(f.failures).toBe(1);
    expect(f.accuracy.excluded.value).toBeCloseTo((6 / 8) * 100, 12);
    expect(f.accuracy.counted.value).toBeCloseTo((6 / 14) * 100, 12);
    expect(f.kendallTau.excluded.value).toBeCloseTo(75, 12);
    expect(f.kendallTau.counted.value).toBeCloseTo(((0.5 + 1 - 1) / 3) * 100, 12);
    expect(f.ndcg.excluded.value).toBeCloseTo(((0.9 + 0.7 + 1) / 3) * 100, 12);
    expect(f.ndcg.counted.value).toBeCloseTo(((0.9 + 0.7 + 1 + 0) / 4) * 100, 12);
    expect(f.weightedPairReward.excluded.value).toBeCloseTo(2.2 / 3, 12);
    expect(f.weightedPairReward.counted.value).toBeCloseTo(2.2 / 4, 12);
    expect(f.variance.value).toBeCloseTo(1, 12);
    expect([f.accuracy, f.kendallTau, f.ndcg, f.weightedPairReward].every((x) => x.differs)).toBe(true);
  });

  it("agrees with the report's usual figures: accuracy counted, the means excluded", () => {
    const usual = summarizeSlice(items, 'overall', { bootstrap: false });
    expect(f.accuracy.counted.value).toBe(usual.accuracy.value);
    expect(f.ndcg.excluded.value).toBe(usual.ndcg.value);
    expect(f.kendallTau.excluded.value).toBe(usual.kendallTau.value);
    expect(f.weightedPairReward.excluded.value).toBe(usual.weightedPairReward.value);
  });

  it('says the two ways agree when nothing failed', () => {
    const clean = figuresBothWays(items.filter((i) => !i.failed), { bootstrap: false });
    expect(clean.failures).toBe(0);
    for (const x of [clean.accuracy, clean.kendallTau, clean.ndcg, clean.weightedPairReward]) {
      expect(x.differs).toBe(false);
      expect(x.counted.value).toBe(x.excluded.value);
    }
  });

  it('gives seeded intervals; the counted NDCG interval lies below the excluded one', () => {
    const many = Array.from({ length: 40 }, (_, i) => items[i % items.length]!);
    const a = figuresBothWays(many);
    expect(figuresBothWays(many)).toEqual(a);
    expect(a.ndcg.excluded.ci).toEqual(summarizeSlice(many).ndcg.ci);
    expect(a.ndcg.counted.ci!.hi).toBeLessThan(a.ndcg.excluded.ci!.lo);
    for (const x of [a.accuracy, a.kendallTau, a.ndcg, a.weightedPairReward]) {
      for (const cell of [x.excluded, x.counted]) {
        expect(cell.ci!.lo).toBeLessThanOrEqual(cell.value!);
        expect(cell.ci!.hi).toBeGreaterThanOrEqual(cell.value!);
      }
    }
  });

  it('gives nulls for an empty slice', () => {
    const empty = figuresBothWays([]);
    expect(empty.ndcg.counted).toEqual({ value: null, ci: null, n: 0 });
    expect(empty.accuracy.differs).toBe(false);
  });
});
