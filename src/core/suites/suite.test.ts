import { describe, expect, it } from 'vitest';
import { caseProblems, readSuite } from './suite.ts';

const candidates = [{ name: 'A', text: 'one' }, { name: 'B', text: 'two' }];

describe('caseProblems', () => {
  it('accepts a case with two candidates and a ranking of them', () => {
    expect(caseProblems({ prompt: 'q', candidates, rankings: [{ rater: 'me', tiers: [['A'], ['B']] }] })).toEqual([]);
    expect(caseProblems({ prompt: 'q', candidates, rankings: [] })).toEqual([]);
  });

  it('refuses a case without a prompt or with a nameless candidate', () => {
    expect(caseProblems({ prompt: ' ', candidates, rankings: [] })).toEqual(['The case has no prompt: write the prompt the candidates answer.']);
    expect(caseProblems({ prompt: 'q', candidates: [...candidates, { name: ' ', text: 'x' }], rankings: [] })).toEqual(['A candidate has no name: give each candidate a name.']);
  });

  it('refuses one candidate, repeated names, the same text twice, a rater twice and unknown names, each with what to do', () => {
    expect(caseProblems({ prompt: 'q', candidates: [candidates[0]!], rankings: [] })).toEqual(['The case has only one candidate: add at least two (a ranking compares candidates).']);
    expect(caseProblems({ prompt: 'q', candidates: [...candidates, { name: 'A', text: 'three' }], rankings: [] })).toEqual(['Two candidates are named "A": rename one.']);
    expect(caseProblems({ prompt: 'q', candidates: [...candidates, { name: 'C', text: 'two\n' }], rankings: [] })[0]).toMatch(/"B" and "C" have the same text: remove one or change its text/);
    const twice = caseProblems({ prompt: 'q', candidates, rankings: [{ rater: 'me', tiers: [['A'], ['B']] }, { rater: 'me', tiers: [['B'], ['A']] }] });
    expect(twice).toEqual(['"me" ranked this case twice: keep one of the two rankings.']);
    const unknown = caseProblems({ prompt: 'q', candidates, rankings: [{ rater: 'ana', tiers: [['A'], ['C']] }] });
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(/^Ranking by "ana": The ranking names "C", not a candidate/);
  });
});

describe('readSuite', () => {
  it('keeps the valid cases of a stored suite and lists the dropped ones', () => {
    const ok = { id: 'c1', prompt: 'Q', candidates, rankings: [{ rater: 'me', tiers: [['A'], ['B']] }] };
    const { suite, problems } = readSuite({ id: 's', principleId: 'p', cases: [ok, { id: 'c2', prompt: 'Q', candidates: 'x', rankings: [] }] });
    expect(suite).toEqual({ id: 's', principleId: 'p', cases: [ok] });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('case 2');
    expect(problems[0]!.message).toMatch(/^"candidates": .*; the case was dropped$/);
    expect(readSuite({ cases: [] }).suite).toBeNull();
  });
});
