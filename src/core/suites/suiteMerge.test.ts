import { describe, expect, it } from 'vitest';
import { mergeSuite } from './suiteMerge.ts';
import type { Suite, SuiteCase } from './suite.ts';

const kase = (id: string, prompt: string, rater = 'You'): SuiteCase => ({
  id,
  prompt,
  candidates: [{ name: 'A', text: 'one' }, { name: 'B', text: 'two' }],
  rankings: [{ rater, tiers: [['A'], ['B']] }],
});
const suite = (cases: SuiteCase[]): Suite => ({ id: 's', principleId: 'p', cases });

describe('merging imported cases into a suite', () => {
  it('adds new cases, giving a taken id a new one', () => {
    const ids = ['n1'];
    const r = mergeSuite(suite([kase('c1', 'first')]), [kase('c1', 'second'), kase('c2', 'third')], () => ids.shift()!);
    expect(r.suite.cases.map((c) => [c.id, c.prompt])).toEqual([['c1', 'first'], ['n1', 'second'], ['c2', 'third']]);
    expect(r.added).toBe(2);
  });

  it('never overwrites a ranking: a held case gains only raters it lacks', () => {
    const held = kase('c1', 'first');
    const incoming = { ...kase('x', 'first'), rankings: [{ rater: 'You', tiers: [['B'], ['A']] }, { rater: 'Ana', tiers: [['B'], ['A']] }] };
    const r = mergeSuite(suite([held]), [incoming], () => 'unused');
    expect(r.suite.cases).toHaveLength(1);
    expect(r.suite.cases[0]!.rankings).toEqual([held.rankings[0], { rater: 'Ana', tiers: [['B'], ['A']] }]);
    expect([r.added, r.rankingsAdded, r.kept]).toEqual([0, 1, 1]);
  });
});
