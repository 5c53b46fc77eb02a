import { describe, expect, it, vi } from 'vitest';
import type { JudgmentRecord } from '../../core/index.ts';
import { FakeEngine, FAKE_ENGINE_REF } from '../bench/fakes.testkit.ts';

// The judgments store is IndexedDB in the page; here, a list the test can read.
const stored = new Map<string, JudgmentRecord>();
vi.mock('../persist/judgments.ts', () => ({
  putJudgment: async (r: JudgmentRecord) => void stored.set(r.id, structuredClone(r)),
  listJudgments: async () => [...stored.values()].sort((a, b) => b.createdAt - a.createdAt),
  deleteJudgment: async (id: string) => void stored.delete(id),
  markInterrupted: async () => 0,
}));
// The engine the user picked: a fake one (the browser engine needs a GPU and a worker).
let engine = new FakeEngine('webllm');
vi.mock('../judge/activeEngine.ts', () => ({
  activeEngine: async () => ({ engine, ref: { ...FAKE_ENGINE_REF, kind: engine.kind } }),
  judgeConstraint: () => undefined,
}));

const { createAppStore } = await import('../store.ts');

function playground(prompt = 'What is 2+2?') {
  engine = new FakeEngine('webllm');
  stored.clear();
  const store = createAppStore();
  store.getState().workspaceActions.setPrompt(prompt);
  return store;
}

describe('the playground', () => {
  it('judges the workspace, shows the record, keeps it in the history and frees the engine', async () => {
    const store = playground();
    await store.getState().playgroundActions.runPlayground();
    const { playground: p, engineLease } = store.getState();
    expect(p.running).toBe(false);
    expect(p.shown?.status).toBe('done');
    expect(p.shown?.parsed?.scores.map(([n]) => n).sort()).toEqual(['A', 'B', 'C']);
    expect(p.shown?.input.prompt).toBe('What is 2+2?');
    expect(p.history.map((h) => h.id)).toEqual([p.shown?.id]);
    expect(stored.get(p.shown!.id)?.status).toBe('done');
    expect(engineLease.browserHolder).toBeNull();
  });

  it('refuses a case that cannot be judged, saying what to fix, and runs nothing', async () => {
    const store = playground();
    store.getState().workspaceActions.setPrinciple('   ');
    await store.getState().playgroundActions.runPlayground();
    expect(store.getState().playground.runError?.kind).toBe('invalid-input');
    expect(engine.calls).toBe(0);
  });

  it('a second Run while one is running starts nothing', async () => {
    const store = playground('delay:50');
    const first = store.getState().playgroundActions.runPlayground();
    void store.getState().playgroundActions.runPlayground();
    await first;
    expect(engine.calls).toBe(1);
  });

  it('Stop keeps what streamed, as a stopped judgment', async () => {
    const store = playground('delay:5000');
    const run = store.getState().playgroundActions.runPlayground();
    await vi.waitFor(() => expect(store.getState().playground.live?.reasoning).toBe('thinking'));
    store.getState().playgroundActions.stopPlayground();
    await run;
    expect(store.getState().playground.shown).toMatchObject({ status: 'stopped', raw: '<think>thinking</think>' });
  });

  it('a deleted judgment can be put back, where its time places it', async () => {
    const store = playground();
    await store.getState().playgroundActions.runPlayground();
    await store.getState().playgroundActions.runPlayground();
    const [newer, older] = store.getState().playground.history;
    await store.getState().playgroundActions.removeJudgment(older!.id);
    expect(store.getState().playground.history.map((h) => h.id)).toEqual([newer!.id]);
    expect(stored.has(older!.id)).toBe(false);
    const undo = store.getState().toasts.shown.at(-1)!;
    expect(undo.message).toMatch(/^Deleted the judgment/);
    store.getState().toastsActions.runToastAction(undo.id);
    await vi.waitFor(() => expect(store.getState().playground.history.map((h) => h.id)).toEqual([newer!.id, older!.id]));
    expect(stored.has(older!.id)).toBe(true);
  });
});
