import { describe, expect, it } from 'vitest';
import { describeWinners, summarizeWinners, type ComparedResult } from './winnerSummary.ts';

const done = (label: string, winner: string): ComparedResult => ({ label, complete: true, outcome: 'scored', winner });

describe('summarizeWinners', () => {
  it('compares winners of complete results only, naming the others', () => {
    const failed: ComparedResult = { label: 'B', complete: false, outcome: 'failed', winner: null };
    const partial: ComparedResult = { label: 'C', complete: false, outcome: 'partly scored (3 of 10)', winner: 'x' };
    const s = summarizeWinners([done('A', 'x'), done('D', 'x'), failed, partial]);
    expect(s).toEqual({ kind: 'same', winner: 'x', leftOut: [failed, partial] });
    expect(describeWinners(s, 4)).toBe('Same winner in the 2 complete results (x). Left out: B failed; C partly scored (3 of 10).');
  });

  it('does not claim agreement from one complete result', () => {
    const s = summarizeWinners([done('A', 'x'), { label: 'B', complete: false, outcome: 'failed', winner: null }]);
    expect(s.kind).toBe('too-few');
    expect(describeWinners(s, 2)).toBe('Fewer than two complete results, so winners cannot be compared: B failed.');
  });

  it('reports a change of winner among complete results', () => {
    const s = summarizeWinners([done('P1', 'C'), done('P2', 'B')]);
    expect(describeWinners(s, 2)).toBe('The winner changes: C under “P1”, B under “P2”.');
    expect(describeWinners(summarizeWinners([done('P1', 'C'), done('P2', 'C')]), 2)).toBe('Same winner everywhere (C).');
  });
});
