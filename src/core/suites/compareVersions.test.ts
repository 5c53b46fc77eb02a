import { describe, expect, it } from 'vitest';
import type { NamedScores } from '../metrics/types.ts';
import { compareVersions, wordDiff } from './compareVersions.ts';
import { suiteAgreement } from './suiteAgreement.ts';
import { runA, suite } from './suites.testkit.ts';

const runB = new Map<string, NamedScores | null>([
  ['c1', [['A', 3], ['B', 1], ['C', 2]]], // 1 → 2/3: B above C broken
  ['c2', [['A', 3], ['B', 2], ['C', 1]]], // 0 → 1: all three pairs fixed
  ['c3', [['A', 2], ['B', 2], ['C', 1]]], // unchanged
  ['c4', [['A', 2], ['B', 1]]], // failed (0) → 1
  ['c5', [['A', 2], ['B', 1], ['C', 0]]], // not run in A
]);

describe('compareVersions', () => {
  it('lists the changed cases, regressions first, with the pairs each version broke or fixed', () => {
    const r = compareVersions(suiteAgreement(suite, runA), suiteAgreement(suite, runB), 'Prefer short answers.', 'Prefer short, correct answers.');
    expect(r.changed.map((c) => [c.caseId, c.kind])).toEqual([['c1', 'regression'], ['c2', 'improvement'], ['c4', 'improvement']]);
    expect(r.changed[0]).toMatchObject({ before: 1, broken: [{ better: 'B', worse: 'C' }], fixed: [] });
    expect(r.changed[0]!.after).toBeCloseTo(2 / 3, 12);
    expect(r.changed[0]!.delta).toBeCloseTo(-1 / 3, 12);
    expect(r.changed[1]!.fixed).toEqual([{ better: 'A', worse: 'B' }, { better: 'A', worse: 'C' }, { better: 'B', worse: 'C' }]);
    expect(r.changed[2]).toMatchObject({ before: 0, after: 1, broken: [], fixed: [] });
    expect(r.unchanged).toBe(1);
    expect(r.notCompared).toEqual(['c5']);
  });

  it('orders regressions by the size of the drop', () => {
    const worse = new Map<string, NamedScores | null>([
      ['c1', [['A', 3], ['B', 1], ['C', 2]]],
      ['c3', [['A', 1], ['B', 1], ['C', 2]]],
    ]);
    const r = compareVersions(suiteAgreement(suite, runA), suiteAgreement(suite, worse), 'a', 'b');
    expect(r.changed.map((c) => c.caseId)).toEqual(['c3', 'c1']);
  });

  it('diffs the two texts word by word, white space kept', () => {
    const a = 'Prefer short answers.\nNo jokes.';
    const b = 'Prefer short, correct answers.\nNo jokes.';
    const pieces = wordDiff(a, b);
    expect(pieces.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(a);
    expect(pieces.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(b);
    expect(pieces.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toContain('correct');
    expect(pieces.filter((p) => p.kind === 'same').map((p) => p.text).join('')).toContain('No jokes.');
  });
});
