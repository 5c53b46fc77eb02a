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
});
