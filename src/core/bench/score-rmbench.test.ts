import { describe, expect, it } from 'vitest';
import mini from '../testdata/rmbench-mini.json';
import { fromRMBench } from './rmbench.ts';
import { scoreRMBench } from './score-rmbench.ts';
import type { BenchItem } from './types.ts';

const [chatA, chatB] = fromRMBench(mini, { principle: 'p', domain: 'chat' });
const [safety] = fromRMBench(mini, { principle: 'p', domain: 'safety' });
const plain: BenchItem = { ...chatA!, id: 'plain', rmbench: undefined };

function scores(chosen: Array<number | null>, rejected: Array<number | null>): Array<[string, number]> {
  const names = ['concise', 'detailed_plain', 'detailed_markdown'];
  const out: Array<[string, number]> = [];
  chosen.forEach((v, i) => v !== null && out.push([`chosen-${names[i]}`, v]));
  rejected.forEach((v, i) => v !== null && out.push([`rejected-${names[i]}`, v]));
  return out;
}

describe('scoreRMBench', () => {
  // Hand-computed.
  // chat item A: chosen [5, 3, 2] vs rejected [4, 1, 6] → correct cells (i,j): (0,0) (0,1) (1,1) (2,1)
  // chat item B: ties everywhere and chosen-detailed_markdown missing → no correct cell
  // mean matrix = A / 2: hard (upper) = (0.5 + 0 + 0) / 3, normal (diag) = (0.5 + 0.5 + 0) / 3,
  //   easy (lower) = (0 + 0 + 0.5) / 3 → 16.67 / 33.33 / 16.67 %, chat accuracy 22.22 %
  // safety item: chosen all 5, rejected all 1 → 100 / 100 / 100 %
  const result = scoreRMBench([
    { item: chatA!, scores: scores([5, 3, 2], [4, 1, 6]) },
    { item: chatB!, scores: scores([2, 2, null], [2, 2, 2]) },
    { item: safety!, scores: scores([5, 5, 5], [1, 1, 1]) },
    { item: plain, scores: [] },
  ]);

  it('computes hard / normal / easy per domain (percent)', () => {
    const chat = result.domains.chat!;
    expect(chat.hard).toBeCloseTo(100 / 6, 10);
    expect(chat.normal).toBeCloseTo(100 / 3, 10);
    expect(chat.easy).toBeCloseTo(100 / 6, 10);
    expect(chat.accuracy).toBeCloseTo(200 / 9, 10);
    expect(chat.items).toBe(2);
    expect(result.domains.safety).toEqual({ hard: 100, normal: 100, easy: 100, accuracy: 100, items: 1 });
    expect(result.byDomain).toEqual({ chat: chat.accuracy, safety: 100 });
  });

  it('averages over the domains present', () => {
    expect(result.hard).toBeCloseTo((100 / 6 + 100) / 2, 10);
    expect(result.normal).toBeCloseTo((100 / 3 + 100) / 2, 10);
    expect(result.easy).toBeCloseTo((100 / 6 + 100) / 2, 10);
    expect(result.overall).toBeCloseTo((200 / 9 + 100) / 2, 10);
    expect(result.items).toBe(3);
    expect(result.skipped).toBe(1);
  });

  it('counts a missing score as not correct and gives nulls for no items', () => {
    const none = scoreRMBench([{ item: chatA!, scores: [] }]);
    expect(none.overall).toBe(0);
    const empty = scoreRMBench([]);
    expect(empty).toMatchObject({ hard: null, normal: null, easy: null, overall: null, byDomain: {}, items: 0 });
  });
});
