import { describe, expect, it, vi, beforeEach } from 'vitest';
import type { Suite } from '../../core/index.ts';

// The suites store is IndexedDB in the page; here, a map the test can read (and make fail).
const stored = new Map<string, Suite>();
let failWrites = false;
vi.mock('../persist/suitesDb.ts', () => ({
  listSuites: async () => ({ suites: [...stored.values()].map((s) => structuredClone(s)), problems: [] }),
  putSuite: async (s: Suite) => {
    if (failWrites) throw new DOMException('The quota was exceeded', 'QuotaExceededError');
    stored.set(s.principleId, structuredClone(s));
  },
}));

const { createAppStore } = await import('../store.ts');

const kase = (prompt: string) => ({
  prompt,
  candidates: [{ name: 'A', text: 'short' }, { name: 'B', text: 'a longer answer' }],
  rankings: [{ rater: 'You', tiers: [['B'], ['A']] }],
});

beforeEach(() => {
  stored.clear();
  failWrites = false;
});

describe('principle test suites', () => {
  it('adds a second rater’s ranking to the case the suite holds already; the same rater twice is refused', async () => {
    const store = createAppStore();
    const a = store.getState().suitesActions;
    expect(await a.addCaseOrRanking('p1', kase('Say hi'))).toEqual({ problems: [], joined: false });
    const ana = { ...kase('Say hi'), rankings: [{ rater: 'Ana', tiers: [['A'], ['B']] }] };
    expect(await a.addCaseOrRanking('p1', ana)).toEqual({ problems: [], joined: true });
    expect(store.getState().suites.byPrinciple.p1?.cases).toHaveLength(1);
    expect(store.getState().suites.byPrinciple.p1?.cases[0]?.rankings.map((r) => r.rater)).toEqual(['You', 'Ana']);
    const again = await a.addCaseOrRanking('p1', ana);
    expect(again.joined).toBe(false);
    expect(again.problems.join(' ')).toMatch(/already holds this prompt/);
  });

  it('adds a case to a principle’s suite and keeps it across a reload', async () => {
    const store = createAppStore();
    expect(await store.getState().suitesActions.addSuiteCase('p1', kase('Say hi'))).toEqual([]);
    expect(store.getState().suites.byPrinciple.p1?.cases.map((c) => c.prompt)).toEqual(['Say hi']);
    const again = createAppStore();
    await again.getState().suitesActions.loadSuites();
    expect(again.getState().suites.byPrinciple.p1?.cases[0]?.rankings).toEqual([{ rater: 'You', tiers: [['B'], ['A']] }]);
  });

  it('refuses a case with one candidate or the same one twice, saying what to do, and stores nothing', async () => {
    const store = createAppStore();
    const one = await store.getState().suitesActions.addSuiteCase('p1', { ...kase('x'), candidates: [{ name: 'A', text: 'a' }], rankings: [] });
    expect(one.join(' ')).toContain('add at least two');
    await store.getState().suitesActions.addSuiteCase('p1', kase('Say hi'));
    const twice = await store.getState().suitesActions.addSuiteCase('p1', kase('Say hi'));
    expect(twice.join(' ')).toContain('already holds this prompt');
    expect(stored.get('p1')?.cases).toHaveLength(1);
  });

  it('removes a case with an undo that puts it back in its place', async () => {
    const store = createAppStore();
    const a = store.getState().suitesActions;
    await a.addSuiteCase('p1', kase('first'));
    await a.addSuiteCase('p1', kase('second'));
    const id = store.getState().suites.byPrinciple.p1!.cases[0]!.id;
    await a.removeSuiteCase('p1', id);
    expect(stored.get('p1')?.cases.map((c) => c.prompt)).toEqual(['second']);
    const toast = store.getState().toasts.shown.at(-1)!;
    expect(toast.message).toContain('first');
    store.getState().toastsActions.runToastAction(toast.id);
    await vi.waitFor(() => expect(stored.get('p1')?.cases.map((c) => c.prompt)).toEqual(['first', 'second']));
  });

  it('exports then imports into another principle: the same cases; a bad row is listed by line and the good kept', async () => {
    const store = createAppStore();
    const a = store.getState().suitesActions;
    await a.addSuiteCase('p1', kase('first'));
    await a.addSuiteCase('p1', kase('second'));
    const out = a.exportSuite('p1', 'Prefer longer answers.');
    expect(out.skipped).toEqual([]);
    const lines = out.text.split('\n');
    const withBad = [lines[0], '{"prompt": "no responses"', lines[1]].join('\n');
    const report = await a.importSuite('p2', withBad);
    expect(report.added).toBe(2);
    expect(report.errors.map((e) => e.where)).toEqual(['line 2']);
    const strip = (s: Suite | undefined) => s?.cases.map(({ prompt, candidates, rankings }) => ({ prompt, candidates, rankings }));
    expect(strip(store.getState().suites.byPrinciple.p2)).toEqual(strip(store.getState().suites.byPrinciple.p1));
    // Imported again: nothing is duplicated or overwritten.
    const again = await a.importSuite('p2', out.text);
    expect([again.added, again.rankingsAdded, again.kept]).toEqual([0, 0, 2]);
    expect(stored.get('p2')?.cases).toHaveLength(2);
  });

  it('takes a plain RABench row (no rater) as the ranking of the rater the user names, joining a case the suite holds', async () => {
    const store = createAppStore();
    const a = store.getState().suitesActions;
    await a.addSuiteCase('p1', kase('first'));
    const plain = JSON.stringify({ principle: 'x', prompt: 'first', responses: { A: 'short', B: 'a longer answer' }, gt: { scores: { A: 2, B: 1 } } });
    const report = await a.importSuite('p1', plain, ' Ana ');
    expect([report.added, report.rankingsAdded]).toEqual([0, 1]);
    expect(store.getState().suites.byPrinciple.p1?.cases[0]?.rankings.map((r) => [r.rater, r.tiers])).toEqual([['You', [['B'], ['A']]], ['Ana', [['A'], ['B']]]]);
  });

  it('a failed write is reported in the save status and leaves the suite as it was', async () => {
    const store = createAppStore();
    failWrites = true;
    await expect(store.getState().suitesActions.addSuiteCase('p1', kase('first'))).rejects.toThrow();
    expect(store.getState().saveStatus.problems.suites).toBeDefined();
    expect(store.getState().suites.byPrinciple.p1).toBeUndefined();
    failWrites = false;
    await store.getState().suitesActions.addSuiteCase('p1', kase('first'));
    expect(store.getState().saveStatus.problems.suites).toBeUndefined();
  });
});
