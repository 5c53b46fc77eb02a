import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { rankingConsistency } from './rankingConsistency.ts';

/** The definition, pair by pair. */
function bruteForce(scores: Array<[string, number]>, ranking: string[]): { agreeing: number; total: number } {
  const score = new Map(scores);
  const names = [...score.keys()].filter((n) => ranking.includes(n));
  let agreeing = 0;
  let total = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i]!;
      const b = names[j]!;
      if (score.get(a) === score.get(b)) continue;
      total++;
      const aBetter = score.get(a)! > score.get(b)!;
      if (aBetter === ranking.indexOf(a) < ranking.indexOf(b)) agreeing++;
    }
  }
  return { agreeing, total };
}

describe('rankingConsistency', () => {
  test('examples', () => {
    expect(rankingConsistency([['a', 5], ['b', 1]], ['a', 'b'])).toEqual({ agreeing: 1, total: 1 });
    expect(rankingConsistency([['a', 5], ['b', 1]], ['b', 'a'])).toEqual({ agreeing: 0, total: 1 });
    expect(rankingConsistency([['a', 3], ['b', 3]], ['b', 'a'])).toEqual({ agreeing: 0, total: 0 });
    expect(rankingConsistency([['a', 5], ['b', 1]], ['a'])).toEqual({ agreeing: 0, total: 0 });
    // a repeated name counts at its first position
    expect(rankingConsistency([['a', 5], ['b', 1]], ['b', 'a', 'b'])).toEqual({ agreeing: 0, total: 1 });
    expect(rankingConsistency([], [])).toEqual({ agreeing: 0, total: 0 });
  });

  test('equals the pairwise definition', () => {
    const name = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, fc.integer({ min: 1, max: 5 })), { selector: ([n]) => n }),
        fc.array(name, { maxLength: 10 }),
        (scores, ranking) => {
          expect(rankingConsistency(scores, ranking)).toEqual(bruteForce(scores, ranking));
        },
      ),
    );
  });

  test('handles many names quickly (n log n)', () => {
    const n = 50_000;
    const scores: Array<[string, number]> = Array.from({ length: n }, (_, i) => [`m${i}`, i % 7]);
    const ranking = scores.map(([name]) => name).reverse();
    const r = rankingConsistency(scores, ranking);
    expect(r.total).toBeGreaterThan(0);
    expect(r.agreeing).toBeLessThan(r.total);
  });
});
