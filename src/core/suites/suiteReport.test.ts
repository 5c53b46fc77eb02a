import { describe, expect, it } from 'vitest';
import { suiteReport } from './suiteReport.ts';

const kase = (id: string, tiers: string[][], other?: string[][]) => ({
  id,
  prompt: id,
  candidates: ['A', 'B', 'C'].map((name) => ({ name, text: `${name} of ${id}` })),
  rankings: [{ rater: 'You', tiers }, ...(other ? [{ rater: 'Ana', tiers: other }] : [])],
});

describe('suiteReport', () => {
  const suite = { cases: [kase('one', [['A'], ['B'], ['C']], [['A'], ['C'], ['B']]), kase('two', [['C'], ['B'], ['A']])] };
  const v1: Array<[string, Array<[string, number]>]> = [['one', [['A', 5], ['B', 4], ['C', 3]]], ['two', [['A', 5], ['B', 4], ['C', 3]]]];
  const v2: Array<[string, Array<[string, number]>]> = [['one', [['A', 3], ['B', 4], ['C', 5]]], ['two', [['A', 3], ['B', 4], ['C', 5]]]];

  it('gives each version its agreement and the same point figures with and without intervals', () => {
    const full = suiteReport(suite, [{ version: 0, scores: v1 }, { version: 1, scores: v2 }], { calibrateWith: 1 });
    // v1 agrees with case one (3 of 3 pairs) and not with two (0 of 3): 3/6. v2 the other way round.
    expect(full.versions.map((x) => x.agreement.pairwise.value)).toEqual([0.5, 0.5]);
    expect(full.versions[0]!.agreement.cases.map((c) => c.counted)).toEqual([1, 0]);
    expect(full.versions[0]!.agreement.pairwise.ci).not.toBeNull();
    const quick = suiteReport(suite, [{ version: 0, scores: v1 }, { version: 1, scores: v2 }], { calibrateWith: 1, bootstrap: false });
    expect(quick.versions.map((x) => x.agreement.pairwise.value)).toEqual([0.5, 0.5]);
    expect(quick.versions[0]!.agreement.pairwise.ci).toBeNull();
  });

  it('calibrates the raters against each other and against the chosen version', () => {
    const r = suiteReport(suite, [{ version: 1, scores: v2 }], { calibrateWith: 1, bootstrap: false });
    expect(r.calibration.raters).toEqual(['You', 'Ana']);
    // Case one: You A>B>C, Ana A>C>B: τ-b = (2 concordant − 1 discordant) / 3 = 1/3.
    expect(r.calibration.raterTauB.value).toBeCloseTo(1 / 3, 12);
    expect(r.calibration.modelVsRater.find((m) => m.rater === 'Ana')!.tauB.value).toBeCloseTo(-1 / 3, 12);
  });
});
