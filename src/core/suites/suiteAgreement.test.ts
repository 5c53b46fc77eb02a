import { describe, expect, it } from 'vitest';
import type { NamedScores } from '../metrics/types.ts';
import type { Suite } from './suite.ts';
import { suiteAgreement } from './suiteAgreement.ts';
import { kase, runA, strict, suite } from './suites.testkit.ts';

describe('suiteAgreement', () => {
  it('sums pairs over cases (a failed case adds its pairs, none agreeing), averages τ-b where defined, counts top-1', () => {
    const r = suiteAgreement(suite, runA);
    expect(r.counts).toEqual({ scored: 3, failed: 1, pending: 1, unranked: 1, noOrder: 1 });
    // Agreeing pairs 3 + 0 + 2 + 0 over strict pairs 3 + 3 + 2 + 1.
    expect(r.pairwise.value).toBeCloseTo(5 / 9, 12);
    expect(r.pairwise.n).toBe(4);
    // τ-b: 1, −1 and (c3: one tie on each side, 2 concordant) 2 / √2 / √2 = 1.
    expect(r.tauB.value).toBeCloseTo(1 / 3, 12);
    expect(r.tauB.n).toBe(3);
    // Top-1: c1 yes, c2 no, c3 yes (the model's tie A = B is the person's best tier), c4 failed.
    expect(r.top1.value).toBe(0.5);
    expect(r.top1.n).toBe(4);
    expect(r.cases.map((c) => c.counted)).toEqual([1, 0, 1, 0, null, null, null]);
    expect(r.cases[5]!.rater).toBeNull();
    expect(r.fewCases).toBe(true);
  });

  it('gives a 95% interval around the figure, the same on every call, and a point when every case agrees alike', () => {
    const r = suiteAgreement(suite, runA);
    const ci = r.pairwise.ci!;
    expect(ci.lo).toBeLessThanOrEqual(r.pairwise.value!);
    expect(ci.hi).toBeGreaterThanOrEqual(r.pairwise.value!);
    expect(ci.lo).toBeGreaterThanOrEqual(0);
    expect(ci.hi).toBeLessThanOrEqual(1);
    expect(ci.hi - ci.lo).toBeGreaterThan(0.2);
    expect(suiteAgreement(suite, runA).pairwise.ci).toEqual(ci);
    const same = new Map<string, NamedScores | null>(['c1', 'c2', 'c5'].map((id) => [id, [['A', 5], ['B', 3], ['C', 1]]]));
    expect(suiteAgreement(suite, same).pairwise.ci).toEqual({ lo: 1, hi: 1 });
    expect(suiteAgreement(suite, same).tauB.ci).toEqual({ lo: 1, hi: 1 });
  });

  it('gives the same point estimates without intervals when asked for no bootstrap', () => {
    const full = suiteAgreement(suite, runA);
    const point = suiteAgreement(suite, runA, { bootstrap: false });
    expect([point.pairwise.value, point.tauB.value, point.top1.value]).toEqual([full.pairwise.value, full.tauB.value, full.top1.value]);
    expect([point.pairwise.ci, point.tauB.ci, point.top1.ci]).toEqual([null, null, null]);
  });

  it('compares with a chosen rater; cases that rater did not rank are left out', () => {
    const two: Suite = { ...suite, cases: [{ ...kase('c1', strict), rankings: [{ rater: 'me', tiers: strict }, { rater: 'ana', tiers: [['C'], ['B'], ['A']] }] }, kase('c2', strict)] };
    const r = suiteAgreement(two, runA, { rater: 'ana' });
    expect(r.pairwise.value).toBe(0);
    expect(r.counts.unranked).toBe(1);
    expect(r.cases[0]!.rater).toBe('ana');
  });

  it('has no figure when nothing counts', () => {
    const r = suiteAgreement(suite, new Map());
    expect(r.pairwise).toEqual({ value: null, ci: null, n: 0 });
    expect(r.tauB.value).toBeNull();
    expect(r.counts.pending).toBe(6);
  });
});
