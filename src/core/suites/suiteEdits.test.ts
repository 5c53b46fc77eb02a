import { describe, expect, it } from 'vitest';
import type { Suite } from './suite.ts';
import { addCase, removeCase, restoreCase, setRanking } from './suiteEdits.ts';
import { kase, strict } from './suites.testkit.ts';

const empty: Suite = { id: 's', principleId: 'p', cases: [] };

describe('suite edits', () => {
  it('adds a case, and refuses a taken id, the same prompt and candidates again, or a bad case', () => {
    const one = addCase(empty, kase('c1', strict));
    expect(one.ok && one.suite.cases.map((c) => c.id)).toEqual(['c1']);
    expect(empty.cases).toEqual([]);
    const s = one.ok ? one.suite : empty;
    expect(addCase(s, kase('c1', strict))).toEqual({ ok: false, problems: ['The suite already has a case with the id "c1": give the new case another id.'] });
    const twin = addCase(s, { ...kase('c2', strict), prompt: 'c1' });
    expect(twin.ok ? [] : twin.problems).toEqual(['The suite already holds this prompt with these candidates (case "c1"): add your ranking to that case instead.']);
    const bad = addCase(s, { id: 'c3', prompt: 'q', candidates: [{ name: 'A', text: 'a' }], rankings: [] });
    expect(bad.ok ? [] : bad.problems[0]).toMatch(/only one candidate/);
  });

  it('sets a rater\'s ranking, replacing their earlier one, and refuses one naming an unknown candidate', () => {
    const s: Suite = { ...empty, cases: [kase('c1', strict)] };
    const ana = setRanking(s, 'c1', { rater: 'ana', tiers: [['C'], ['B'], ['A']] });
    expect(ana.ok && ana.suite.cases[0]!.rankings.map((r) => r.rater)).toEqual(['me', 'ana']);
    const again = setRanking(s, 'c1', { rater: 'me', tiers: [['B'], ['A', 'C']], note: 'changed my mind' });
    expect(again.ok && again.suite.cases[0]!.rankings).toEqual([{ rater: 'me', tiers: [['B'], ['A', 'C']], note: 'changed my mind' }]);
    const unknown = setRanking(s, 'c1', { rater: 'me', tiers: [['A'], ['D']] });
    expect(unknown.ok ? [] : unknown.problems[0]).toMatch(/"D", not a candidate/);
    expect(setRanking(s, 'nope', { rater: 'me', tiers: strict }).ok).toBe(false);
  });

  it('removes a case and puts it back where it was', () => {
    const s: Suite = { ...empty, cases: [kase('c1', strict), kase('c2', strict), kase('c3', strict)] };
    const removed = removeCase(s, 'c2');
    expect(removed.suite.cases.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(restoreCase(removed.suite, removed.undo!).cases.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(removeCase(s, 'zz').undo).toBeNull();
  });
});
