import { describe, expect, it } from 'vitest';
import { caseAgreement, type AgreementFigures } from './caseAgreement.ts';

const figures = (r: ReturnType<typeof caseAgreement>): AgreementFigures => {
  if (!r.ok) throw new Error(r.reason.message);
  return r;
};

describe('caseAgreement', () => {
  it('strict ranking, one swapped pair: 5 of 6 pairs, τ-b = (5 − 1) / 6', () => {
    const r = figures(caseAgreement({ tiers: [['A'], ['B'], ['C'], ['D']] }, [['A', 5], ['B', 3], ['C', 4], ['D', 1]]));
    expect(r.pairs).toEqual({ agree: 5, reversed: 1, tied: 0, total: 6 });
    expect(r.pairwise).toBeCloseTo(5 / 6, 12);
    expect(r.tauB).toBeCloseTo(4 / 6, 12);
    expect(r.top1).toBe(true);
    expect(r.disagreements).toEqual([{ better: 'B', worse: 'C', kind: 'reversed', betterScore: 3, worseScore: 4 }]);
  });

  it('a person\'s tie is no pair; a model tie on a strict pair counts half; τ-b corrects for both ties', () => {
    // Person: A = B > C. Model: A 4, B 2, C 2. Strict pairs (A,C) agree, (B,C) tied by the model → 1.5 / 2.
    // τ-b: pairs (A,B) tied in x, (A,C) concordant, (B,C) tied in y → 1 / √(3−1) / √(3−1) = 0.5.
    const r = figures(caseAgreement({ tiers: [['A', 'B'], ['C']] }, [['A', 4], ['B', 2], ['C', 2]]));
    expect(r.pairs).toEqual({ agree: 1, reversed: 0, tied: 1, total: 2 });
    expect(r.pairwise).toBe(0.75);
    expect(r.tauB).toBeCloseTo(0.5, 12);
    expect(r.userBest).toEqual(['A', 'B']);
    expect(r.modelBest).toEqual(['A']);
    expect(r.top1).toBe(true);
    expect(r.disagreements).toEqual([{ better: 'B', worse: 'C', kind: 'tied', betterScore: 2, worseScore: 2 }]);
  });

  it('a model tie at the top matches only when all its names are in the person\'s best tier', () => {
    const tied = figures(caseAgreement({ tiers: [['A'], ['B'], ['C']] }, [['A', 3], ['B', 3], ['C', 1]]));
    expect(tied.top1).toBe(false);
    expect(tied.pairwise).toBeCloseTo(2.5 / 3, 12);
    const inside = figures(caseAgreement({ tiers: [['A', 'B'], ['C']] }, [['A', 3], ['B', 3], ['C', 1]]));
    expect(inside.top1).toBe(true);
    expect(inside.pairwise).toBe(1);
    expect(inside.tauB).toBeCloseTo(1, 12);
  });

  it('the model giving one score to all: pairwise ½, no τ-b, no top-1 match', () => {
    const r = figures(caseAgreement({ tiers: [['A'], ['B']] }, [['A', 3], ['B', 3]]));
    expect(r.pairwise).toBe(0.5);
    expect(r.tauB).toBeNull();
    expect(r.top1).toBe(false);
  });

  it('a fully reversed model: 0 agreement, τ-b −1, reversed pairs listed before ties in the person\'s order', () => {
    const r = figures(caseAgreement({ tiers: [['A'], ['B'], ['C']] }, [['A', 1], ['B', 2], ['C', 3]]));
    expect(r.pairwise).toBe(0);
    expect(r.tauB).toBeCloseTo(-1, 12);
    expect(r.disagreements.map((d) => `${d.better}>${d.worse}`)).toEqual(['A>B', 'A>C', 'B>C']);
    const mixed = figures(caseAgreement({ tiers: [['A'], ['B'], ['C']] }, [['A', 2], ['B', 2], ['C', 5]]));
    expect(mixed.disagreements.map((d) => `${d.kind}:${d.better}>${d.worse}`)).toEqual(['reversed:A>C', 'reversed:B>C', 'tied:A>B']);
  });

  it('counts only the ranked names: extra model scores are ignored', () => {
    const r = figures(caseAgreement({ tiers: [['B'], ['A']] }, [['A', 1], ['B', 4], ['Z', 5]]));
    expect(r.pairs.total).toBe(1);
    expect(r.top1).toBe(true);
  });

  it('says why there is no figure', () => {
    const one = caseAgreement({ tiers: [['A', 'B', 'C']] }, [['A', 1], ['B', 2], ['C', 3]]);
    expect(one.ok ? null : one.reason.kind).toBe('too-few-labels');
    expect(one.ok ? '' : one.reason.message).toMatch(/one tie/);
    const single = caseAgreement({ tiers: [['A']] }, [['A', 1]]);
    expect(single.ok ? '' : single.reason.message).toMatch(/Fewer than two candidates/);
    const none = caseAgreement({ tiers: [['A'], ['B']] }, null);
    expect(none.ok ? null : none.reason.kind).toBe('no-scores');
    const missing = caseAgreement({ tiers: [['A'], ['B'], ['C']] }, [['A', 5], ['C', 1]]);
    expect(missing.ok ? null : missing.reason).toMatchObject({ kind: 'unscored', names: ['B'] });
    expect(missing.ok ? '' : missing.reason.message).toMatch(/no score for "B"/);
  });
});
