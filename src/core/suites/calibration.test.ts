import { describe, expect, it } from 'vitest';
import type { NamedScores } from '../metrics/types.ts';
import { raterCalibration } from './calibration.ts';
import type { Suite } from './suite.ts';
import { abc } from './suites.testkit.ts';

const suite: Suite = {
  id: 's',
  principleId: 'p',
  cases: [
    { id: 'c1', prompt: 'q1', candidates: abc, rankings: [{ rater: 'me', tiers: [['A'], ['B'], ['C']] }, { rater: 'ana', tiers: [['A'], ['C'], ['B']] }] },
    { id: 'c2', prompt: 'q2', candidates: abc, rankings: [{ rater: 'me', tiers: [['A', 'B'], ['C']] }, { rater: 'ana', tiers: [['A'], ['B'], ['C']] }] },
    { id: 'c3', prompt: 'q3', candidates: abc, rankings: [{ rater: 'bo', tiers: [['C'], ['B'], ['A']] }] },
  ],
};
const model = new Map<string, NamedScores | null>([
  ['c1', [['A', 3], ['B', 2], ['C', 1]]],
  ['c2', [['A', 1], ['B', 2], ['C', 3]]],
  ['c3', null],
]);
const avg = (...xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const r6 = 2 / Math.sqrt(6);

describe('raterCalibration', () => {
  const cal = raterCalibration(suite, model);

  it('τ-b between raters per case: c1 (2 concordant, 1 discordant) = 1/3, c2 with one tie = 2 / √2 / √3', () => {
    expect(cal.raters).toEqual(['me', 'ana', 'bo']);
    expect(cal.sharedCases).toBe(2);
    expect(cal.raterTauB.value).toBeCloseTo(avg(1 / 3, r6), 12);
    expect(cal.pairs.map((p) => [p.a, p.b, p.tauB.n])).toEqual([['me', 'ana', 2], ['me', 'bo', 0], ['ana', 'bo', 0]]);
    expect(cal.pairs[0]!.tauB.value).toBeCloseTo(avg(1 / 3, r6), 12);
  });

  it('puts the model beside the raters: its τ-b against each, per case averaged', () => {
    expect(cal.modelVsRater[0]!.tauB.value).toBeCloseTo(avg(1, -r6), 12);
    expect(cal.modelVsRater[1]!.tauB.value).toBeCloseTo(avg(1 / 3, -1), 12);
    expect(cal.modelVsRater[2]!.tauB.n).toBe(0);
    expect(cal.modelTauB.value).toBeCloseTo(avg(avg(1, 1 / 3), avg(-r6, -1)), 12);
  });

  it('Kendall\'s W per case: c1 = (ρ + 1)/2 = 0.75, c2 with the tie correction = 78 / 84', () => {
    expect(cal.kendallW.value).toBeCloseTo(avg(0.75, 78 / 84), 12);
    expect(cal.kendallW.n).toBe(2);
  });

  it('ordinal α over the places, hand-computed from the coincidence matrix', () => {
    // Places (me, ana): c1 A(1,1) B(2,3) C(3,2); c2 A(1,1) B(1,2) C(3,3). o11 = 4, o12 = o21 = 1, o23 = o32 = 2,
    // o33 = 2; n1 = 5, n2 = 3, n3 = 4, n = 12. δ²12 = (8 − 4)² = 16, δ²23 = (7 − 3.5)² = 12.25, δ²13 = (12 − 4.5)² = 56.25.
    // α = 1 − 11 · (2·16 + 4·12.25) / (2 · (5·3·16 + 3·4·12.25 + 5·4·56.25)) = 1 − 891 / 3024.
    expect(cal.alpha).toBeCloseTo(1 - 891 / 3024, 12);
    expect(cal.alphaWithModel).not.toBeNull();
    expect(cal.alphaWithModel!).toBeLessThan(cal.alpha!);
  });

  it('without a model run, the model figures are empty', () => {
    const none = raterCalibration(suite);
    expect(none.modelTauB).toEqual({ value: null, ci: null, n: 0 });
    expect(none.alphaWithModel).toBeCloseTo(none.alpha!, 12);
  });
});
