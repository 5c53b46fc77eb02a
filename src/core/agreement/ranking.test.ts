import { describe, expect, it } from 'vitest';
import { rankingLabels, rankingProblems, scoresFromTiers, tiersFromScores } from './ranking.ts';

describe('ranking', () => {
  it('labels tiers best = number of tiers … worst = 1, skipping empty tiers; a repeat keeps its first place', () => {
    expect([...rankingLabels({ tiers: [['A'], [], ['B', 'C'], ['D', 'A']] })]).toEqual([['A', 3], ['B', 2], ['C', 2], ['D', 1]]);
    expect(scoresFromTiers({ tiers: [['C'], ['A', 'B']] })).toEqual([['C', 2], ['A', 1], ['B', 1]]);
  });

  it('groups equal scores into tiers, higher first, keeping a given order within a tier', () => {
    expect(tiersFromScores([['A', 1], ['B', 5], ['C', 1], ['D', 3]])).toEqual([['B'], ['D'], ['A', 'C']]);
    expect(tiersFromScores([['A', 1], ['B', 5], ['C', 1]], ['B', 'C', 'A'])).toEqual([['B'], ['C', 'A']]);
  });

  it('names each problem with what to do', () => {
    expect(rankingProblems({ tiers: [['A'], ['B']] }, ['A', 'B'])).toEqual([]);
    const unknown = rankingProblems({ tiers: [['A'], ['X']] }, ['A', 'B']);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(/"X", not a candidate.*rename it to one of them or remove it/);
    expect(rankingProblems({ tiers: [['A'], ['A', 'B']] }, ['A', 'B'])[0]).toMatch(/"A" more than once/);
    expect(rankingProblems({ tiers: [['A'], ['B']], scores: [['A', 2], ['B', 4]] }, ['A', 'B'])[0]).toMatch(/"A" is ranked above "B" but scored 2 against 4/);
    expect(rankingProblems({ tiers: [['A', 'B']], scores: [['A', 2], ['B', 4]] }, ['A', 'B'])[0]).toMatch(/tied in the ranking but scored 2 and 4/);
    expect(rankingProblems({ tiers: [['A'], ['B']], scores: [['A', 3], ['B', 3]] }, ['A', 'B'])[0]).toMatch(/both are scored 3: tie them/);
    expect(rankingProblems({ tiers: [['A'], ['B']], scores: [['C', 3]] }, ['A', 'B', 'C'])[0]).toMatch(/"C" has a score but is not in the ranking/);
  });
});
