import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SAMPLING } from '../../core/index.ts';
import { FakeEngine, FAKE_ENGINE_REF } from '../bench/fakes.testkit.ts';
import type { CompareJob } from './compare.ts';

// The engine a comparison judges with: a fake one, counting how many judgments run at once.
let engine = new FakeEngine('openai');
vi.mock('../judge/activeEngine.ts', () => ({
  engineFor: async () => ({ engine, ref: { ...FAKE_ENGINE_REF, kind: engine.kind } }),
  judgeConstraint: () => undefined,
}));

const { createAppStore } = await import('../store.ts');

const job = (label: string, prompt: string): CompareJob => ({
  label,
  input: { principle: `Prefer ${label}.`, prompt, responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }] },
  mask: false,
  sampling: DEFAULT_SAMPLING,
});

describe('a comparison', () => {
  it('runs its judgments one at a time and shows each result under its label', async () => {
    engine = new FakeEngine('openai');
    const store = createAppStore();
    await store.getState().compareActions.runCompare('principles', [job('P1', 'delay:20'), job('P2', 'delay:20'), job('P3', 'garbage')]);
    const c = store.getState().compare;
    expect(engine.maxActive).toBe(1);
    expect(c.running).toBe(false);
    expect(c.names).toEqual(['A', 'B']);
    expect(c.results.map((r) => [r.label, r.status])).toEqual([['P1', 'done'], ['P2', 'done'], ['P3', 'done']]);
    // An answer that does not read is still a finished judgment: it shows no scores, and says why.
    expect(c.results[2]?.record?.parsed?.scores).toEqual([]);
    expect(c.results[0]?.record?.tag).toBe('compare:principles');
  });

  it('is refused while another user holds the browser engine, keeping the earlier results', async () => {
    engine = new FakeEngine('openai');
    const store = createAppStore();
    await store.getState().compareActions.runCompare('principles', [job('P1', 'q')]);
    const release = store.getState().engineLeaseActions.acquireEngine('benchmark', 'webllm');
    // The user's engine is the browser one: the comparison needs it.
    store.getState().settingsActions.setEngineKind('webllm');
    await store.getState().compareActions.runCompare('principles', [job('P2', 'q')]);
    const c = store.getState().compare;
    expect(c.error?.message).toBe('A benchmark run is using the browser engine.');
    expect(c.results.map((r) => r.label)).toEqual(['P1']);
    release();
    store.getState().compareActions.dismissCompareError();
    expect(store.getState().compare.error).toBeNull();
  });

  it('Stop ends it after the judgment in progress, which is kept as stopped', async () => {
    engine = new FakeEngine('openai');
    const store = createAppStore();
    const run = store.getState().compareActions.runCompare('repeat', [job('1', 'delay:5000'), job('2', 'q')]);
    await vi.waitFor(() => expect(store.getState().compare.results[0]?.live?.reasoning).toBe('thinking'));
    store.getState().compareActions.stopCompare();
    await run;
    const c = store.getState().compare;
    expect(c.results.map((r) => r.status)).toEqual(['failed', 'pending']);
    expect(c.results[0]?.record?.status).toBe('stopped');
    expect(engine.calls).toBe(1);
  });
});
