import { describe, expect, it } from 'vitest';
import { kendallW, midRanks } from './kendallW.ts';

// Labels are "higher is better"; as ranks 1 = best, label 3 of 3 is rank 1.
const asLabels = (ranks: number[]) => ranks.map((r) => 10 - r);

describe('kendallW', () => {
  it('hand-computed, no ties: ranks (1,2,3), (1,3,2), (2,1,3) → sums 4, 6, 8, S = 8, W = 12·8 / (9·24) = 4/9', () => {
    expect(kendallW([[1, 2, 3], [1, 3, 2], [2, 1, 3]].map(asLabels))).toBeCloseTo(4 / 9, 12);
  });

  it('hand-computed with a tie: ranks (1,2,3) and (1.5,1.5,3) → S = 6.5, T = 6, W = 78 / (96 − 12) = 13/14', () => {
    expect(kendallW([[3, 2, 1], [2, 2, 1]])).toBeCloseTo(13 / 14, 12);
  });

  it('for two raters equals (Spearman ρ + 1) / 2 (ρ of (1,2,3,4,5) and (2,1,4,3,5) is 1 − 6·4/120 = 0.8)', () => {
    expect(kendallW([[1, 2, 3, 4, 5], [2, 1, 4, 3, 5]].map(asLabels))).toBeCloseTo(0.9, 12);
  });

  it('is 1 for identical rankings, 0 for two opposite ones, null when undefined', () => {
    expect(kendallW([[3, 2, 1], [3, 2, 1], [3, 2, 1]])).toBeCloseTo(1, 12);
    expect(kendallW([[3, 2, 1], [1, 2, 3]])).toBeCloseTo(0, 12);
    expect(kendallW([[3, 2, 1]])).toBeNull();
    expect(kendallW([[1, 1], [2, 2]])).toBeNull();
    expect(kendallW([[1, 2], [1, 2, 3]])).toBeNull();
  });

  it('mid-ranks tied labels', () => {
    expect(midRanks([5, 3, 5, 1])).toEqual({ ranks: [1.5, 3, 1.5, 4], ties: 6 });
  });
});
