import { describe, expect, it } from 'vitest';
import { compareRuns } from './compareRuns.ts';
import { summarizeResult } from './itemSummary.ts';
import { benchItem } from './records.testkit.ts';
import type { ItemResult } from './run.ts';

const res = (index: number, ranking: string[], failed = false): ItemResult => ({
  runId: 'r', index, itemId: '', input: { principle: '', prompt: '', responses: [] }, mask: true, maskedToReal: null,
  engine: { kind: 'webllm', modelId: 'm', contextWindow: 1 }, raw: 'x', finishReason: 'stop', error: null,
  parsed: { reasoning: '', scores: ranking.map((n, i): [string, number] => [n, 5 - i]), ranking, diagnostics: {} as never },
  stats: null, failed, failure: failed ? 'unparseable' : null, startedAt: 0, finishedAt: 0, ms: 1, attempts: 1,
});

describe('compareRuns', () => {
  it('matches items by id and lists those whose verdict changed', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => benchItem(id, id));
    const A = [res(0, ['A', 'B', 'C']), res(1, ['C', 'B', 'A']), res(2, ['A', 'B', 'C'])].map((r, i) => summarizeResult(items[i]!, r));
    // B: item b fixed, item c broke, item d only in B; B's order differs from A's.
    const B = [summarizeResult(items[3]!, res(0, ['A', 'B', 'C'])), summarizeResult(items[2]!, res(1, [], true)), summarizeResult(items[1]!, res(2, ['A', 'B', 'C'])), summarizeResult(items[0]!, res(3, ['A', 'B', 'C']))];
    const c = compareRuns(A, B);
    expect(c).toMatchObject({ shared: 3, onlyA: 0, onlyB: 1, improved: 1, worsened: 1 });
    expect(c.changed.map((x) => [x.itemId, x.changes])).toEqual([['c', ['failure', 'winner', 'accuracy']], ['b', ['winner', 'accuracy']]]);
    expect(c.accuracyA).toBeCloseTo((6 / 9) * 100);
    expect(c.accuracyB).toBeCloseTo((6 / 9) * 100);
  });

  it('on expected scores, compares the items both runs have them for on them, and the others on integer scores', () => {
    const items = ['a', 'b'].map((id) => benchItem(id, id));
    const tied = (index: number, expected?: Array<[string, number]>): ItemResult => {
      const r = res(index, []);
      r.parsed = { ...r.parsed!, scores: [['A', 5], ['B', 3], ['C', 3]] };
      return expected ? { ...r, expected } : r;
    };
    // Item a: B and C tie on integers in both runs; A's expected scores put C above B (wrong), B's put B above C.
    const A = [summarizeResult(items[0]!, tied(0, [['A', 4.8], ['B', 2.9], ['C', 3.2]])), summarizeResult(items[1]!, tied(1))];
    const B = [summarizeResult(items[0]!, tied(0, [['A', 4.8], ['B', 3.2], ['C', 2.9]])), summarizeResult(items[1]!, tied(1, [['A', 4.8], ['B', 3.2], ['C', 2.9]]))];

    const integer = compareRuns(A, B);
    expect(integer).toMatchObject({ scores: 'integer', onExpected: 0, shared: 2, changed: [], improved: 0, worsened: 0 });
    expect(integer.accuracyA).toBe(integer.accuracyB);

    const expected = compareRuns(A, B, 'expected');
    // Item b has expected scores in B only: it stays on integer scores on both sides, unchanged.
    expect(expected).toMatchObject({ scores: 'expected', onExpected: 1, shared: 2, improved: 1, worsened: 0 });
    expect(expected.changed.map((c) => [c.itemId, c.changes, c.a.score.pairs.correct, c.b.score.pairs.correct])).toEqual([['a', ['accuracy'], 2, 3]]);
    expect(expected.accuracyA).toBeCloseTo(((2 + A[1]!.score.pairs.correct) / 6) * 100);
    expect(expected.accuracyB).toBeCloseTo(((3 + B[1]!.score.pairs.correct) / 6) * 100);
  });
});
