import { describe, expect, it } from 'vitest';
import { pendingCases, readSuiteRun, runPerVersion, runScores, type SuiteRun } from './suiteRun.ts';

const suite = { cases: [{ id: 'a' }, { id: 'b' }, { id: 'c' }].map((c) => ({ ...c, prompt: 'p', candidates: [], rankings: [] })) };
const run = (over: Partial<SuiteRun>): SuiteRun => ({
  id: 'r', principleId: 'p', version: 0, principleText: 'x', engine: { kind: 'openai', modelId: 'm' }, status: 'paused', results: [], createdAt: 1, updatedAt: 1, ...over,
});

describe('suite runs', () => {
  it('lists the cases without a result, in suite order, and reads the scores by case', () => {
    const r = run({ results: [{ caseId: 'b', scores: [['A', 5]] }, { caseId: 'gone', scores: null, problem: 'no JSON' }] });
    expect(pendingCases(r, suite)).toEqual(['a', 'c']);
    expect(runScores(r).get('b')).toEqual([['A', 5]]);
    expect(runScores(r).get('gone')).toBeNull();
  });

  it('picks per version the run with the most results for the current cases, the newest among equals', () => {
    const done = run({ id: 'done', results: [{ caseId: 'a', scores: [] }, { caseId: 'b', scores: [] }], updatedAt: 1 });
    const newer = run({ id: 'newer', results: [{ caseId: 'a', scores: [] }], updatedAt: 5 });
    const other = run({ id: 'v2', version: 1, results: [{ caseId: 'a', scores: [] }], updatedAt: 2 });
    const again = run({ id: 'v2b', version: 1, results: [{ caseId: 'c', scores: [] }], updatedAt: 3 });
    const picked = runPerVersion([newer, other, done, again], suite);
    expect([...picked.keys()]).toEqual([0, 1]);
    expect(picked.get(0)!.id).toBe('done');
    expect(picked.get(1)!.id).toBe('v2b');
  });

  it('refuses a stored run that does not match its schema, saying where', () => {
    expect(readSuiteRun({ ...run({}), status: 'lost' }).problem).toMatch(/^"status": /);
    expect(readSuiteRun(run({})).run?.id).toBe('r');
  });
});
