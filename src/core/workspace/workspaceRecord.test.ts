import { describe, expect, it } from 'vitest';
import { EXAMPLE_WORKSPACE, nextCandidateName, rankingOfCandidates, readMyRanking, renameInRanking, workspaceInput } from './workspaceRecord.ts';

describe('the workspace', () => {
  it('names a new candidate with the first letter not taken, then AA, AB, …', () => {
    expect(nextCandidateName([])).toBe('A');
    expect(nextCandidateName(['A', 'C'])).toBe('B');
    expect(nextCandidateName(Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)))).toBe('AA');
  });

  it('hands a judgment the candidates in their order, without the list keys', () => {
    const input = workspaceInput(EXAMPLE_WORKSPACE);
    expect(input.responses.map((r) => r.name)).toEqual(['A', 'B', 'C']);
    expect(input.responses[0]).not.toHaveProperty('key');
    expect(input.principle).toBe(EXAMPLE_WORKSPACE.principle);
  });
});

describe('the user’s ranking of the workspace', () => {
  const mine = { tiers: [['C'], ['A', 'B']], scores: [['C', 5], ['A', 2], ['B', 2]] as Array<[string, number]>, saved: true };

  it('follows the candidates: a removed one leaves the ranking with its score, a new one waits unranked', () => {
    const { ranking, unranked } = rankingOfCandidates(mine, ['A', 'C', 'D']);
    expect(ranking).toEqual({ tiers: [['C'], ['A']], scores: [['C', 5], ['A', 2]], saved: true });
    expect(unranked).toEqual(['D']);
    expect(rankingOfCandidates(null, ['A', 'B']).unranked).toEqual(['A', 'B']);
  });

  it('a renamed candidate keeps its place and score', () => {
    expect(renameInRanking(mine, 'A', 'Alpha')).toEqual({ tiers: [['C'], ['Alpha', 'B']], scores: [['C', 5], ['Alpha', 2], ['B', 2]], saved: true });
    expect(renameInRanking(null, 'A', 'B')).toBeNull();
  });

  it('a stored ranking is read through its schema; anything else is no ranking', () => {
    expect(readMyRanking(mine)).toEqual(mine);
    expect(readMyRanking({ tiers: 'C > A', saved: true })).toBeNull();
    expect(readMyRanking(null)).toBeNull();
  });
});
