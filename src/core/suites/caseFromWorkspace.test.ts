import { describe, expect, it } from 'vitest';
import { caseFromWorkspace } from './caseFromWorkspace.ts';

const w = { prompt: 'Hi', candidates: [{ key: 'k1', name: 'A', text: 'a' }, { key: 'k2', name: 'B', text: 'b' }] };

describe('the playground case as a suite case', () => {
  it('keeps the candidates without their keys and the ranking as the rater’s', () => {
    expect(caseFromWorkspace(w, { tiers: [['B'], ['A']], scores: [], saved: true }, 'You')).toEqual({
      prompt: 'Hi',
      candidates: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }],
      rankings: [{ rater: 'You', tiers: [['B'], ['A']] }],
    });
  });
  it('keeps scores when the user gave some', () => {
    const c = caseFromWorkspace(w, { tiers: [['B'], ['A']], scores: [['B', 5], ['A', 2]], saved: true }, 'You');
    expect(c.rankings[0]!.scores).toEqual([['B', 5], ['A', 2]]);
  });
});
