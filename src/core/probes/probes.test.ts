import { describe, expect, it } from 'vitest';
import { probeOrders, rankingChanges, summarizeProbe } from './probes.ts';

describe('probeOrders', () => {
  it('starts with the given order, gives permutations, and is seeded', () => {
    const o = probeOrders(5, 4, 1);
    expect(o[0]).toEqual([0, 1, 2, 3, 4]);
    for (const p of o) expect([...p].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(probeOrders(5, 4, 1)).toEqual(o);
    expect(probeOrders(5, 4, 2)).not.toEqual(o);
  });
});

describe('summarizeProbe', () => {
  const names = ['A', 'B', 'C'];
  it('counts winner and ranking changes against the first run', () => {
    const s = summarizeProbe(names, [
      { scores: [['A', 5], ['B', 3], ['C', 1]], ranking: ['A', 'B', 'C'], failed: false },
      { scores: [['A', 5], ['B', 2], ['C', 3]], ranking: ['A', 'C', 'B'], failed: false },
      { scores: [['A', 2], ['B', 5], ['C', 1]], ranking: ['B', 'A', 'C'], failed: false },
      { scores: [], ranking: [], failed: true },
    ]);
    expect(s.failed).toBe(1);
    expect(s.winnerChangeRate).toBe(0.5);
    expect(s.rankingChangeRate).toBe(1);
    expect(s.winners).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    const a = s.candidates[0]!;
    expect(a.mean).toBe(4);
    expect(a.sd).toBeCloseTo(Math.sqrt(2), 12);
    expect(a.meanRank).toBeCloseTo(4 / 3, 12);
  });
  it('falls back to the scores when a run has no ranking, and is null with nothing to compare', () => {
    const s = summarizeProbe(names, [{ scores: [['C', 4], ['A', 2]], ranking: [], failed: false }]);
    expect(s.winners).toEqual([['C', 1]]);
    expect(s.winnerChangeRate).toBeNull();
  });
});

describe('rankingChanges', () => {
  it('marks the names whose rank moved', () => {
    expect(rankingChanges(['A', 'B', 'C'], ['A', 'B', 'C'], ['A', 'C', 'B']).map((r) => r.changed)).toEqual([false, true, true]);
  });
});
