import { describe, expect, it } from 'vitest';
import { moveCandidate, places, setRank, tieWith, untie } from './rankingEdits.ts';

const abc = [['A'], ['B'], ['C']];

describe('ranking edits', () => {
  it('moves a candidate one place up or down, and not past the ends', () => {
    expect(moveCandidate(abc, 'C', 'up')).toEqual([['A'], ['C'], ['B']]);
    expect(moveCandidate(abc, 'A', 'down')).toEqual([['B'], ['A'], ['C']]);
    expect(moveCandidate(abc, 'A', 'up')).toEqual(abc);
    expect(moveCandidate(abc, 'C', 'down')).toEqual(abc);
    expect(abc).toEqual([['A'], ['B'], ['C']]);
  });

  it('a tied candidate moved up leaves the tie and stands just above it', () => {
    expect(moveCandidate([['A'], ['B', 'C']], 'C', 'up')).toEqual([['A'], ['C'], ['B']]);
    expect(moveCandidate([['A', 'B'], ['C']], 'A', 'down')).toEqual([['B'], ['A'], ['C']]);
    expect(moveCandidate([['A'], ['B', 'C']], 'A', 'down')).toEqual([['B', 'C'], ['A']]);
  });

  it('typing a rank puts the candidate alone at that place', () => {
    expect(setRank(abc, 'C', 1)).toEqual([['C'], ['A'], ['B']]);
    expect(setRank(abc, 'A', 2)).toEqual([['B'], ['A'], ['C']]);
    expect(setRank(abc, 'A', 9)).toEqual([['B'], ['C'], ['A']]);
    expect(setRank([['A', 'B'], ['C']], 'C', 1)).toEqual([['C'], ['A', 'B']]);
    expect(setRank(abc, 'Z', 1)).toEqual(abc);
  });

  it('ties with the neighbour above or below and unties again', () => {
    expect(tieWith(abc, 'B', 'above')).toEqual([['A', 'B'], ['C']]);
    expect(tieWith(abc, 'B', 'below')).toEqual([['A'], ['C', 'B']]);
    expect(tieWith(abc, 'A', 'above')).toEqual(abc);
    expect(untie([['A', 'B'], ['C']], 'A')).toEqual([['B'], ['A'], ['C']]);
    expect(untie(abc, 'A')).toEqual(abc);
  });

  it('gives each candidate its place, tied ones sharing it', () => {
    expect([...places([['A', 'B'], [], ['C']])]).toEqual([['A', 1], ['B', 1], ['C', 3]]);
  });
});
