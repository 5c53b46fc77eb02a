import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONTEXT_WINDOW } from '../../engine/types.ts';

// Stored prefs, as a user's browser holds them; reset per test before the slice reads them.
const stored = new Map<string, unknown>();
vi.mock('../persist/prefs.ts', () => ({
  readPrefValue: <T,>(key: string, fallback: T): T => (stored.has(key) ? (stored.get(key) as T) : fallback),
  readCheckedPref: <T,>(key: string, read: (raw: unknown) => T): T => read(stored.has(key) ? stored.get(key) : null),
  takePrefResets: () => [],
  writePref: (key: string, value: unknown) => stored.set(key, value),
  removePref: (key: string) => stored.delete(key),
}));

const { createAppStore } = await import('../store.ts');

const settingsStore = createAppStore;

describe('server context length setting', () => {
  it('loads server settings saved before it existed, with the default length', () => {
    stored.clear();
    stored.set('openai', { baseUrl: 'http://gpu:8000/v1', model: 'rewardanything-8b', rememberKey: false, concurrency: 2 });
    const { openai } = settingsStore().getState();
    expect(openai).toMatchObject({ baseUrl: 'http://gpu:8000/v1', model: 'rewardanything-8b', concurrency: 2, contextLength: DEFAULT_CONTEXT_WINDOW });
  });

  it('is saved with the server settings and read back', () => {
    stored.clear();
    settingsStore().getState().setOpenAI({ contextLength: 32768 });
    expect(settingsStore().getState().openai.contextLength).toBe(32768);
  });

  it('replaces a broken saved length with the default', () => {
    stored.clear();
    stored.set('openai', { baseUrl: 'http://gpu:8000/v1', model: 'm', rememberKey: false, concurrency: 1, contextLength: 'big' });
    expect(settingsStore().getState().openai.contextLength).toBe(DEFAULT_CONTEXT_WINDOW);
  });
});

describe('stored settings read through their schemas', () => {
  it('a broken stored value gets its default and the valid ones are kept, so no request carries it', () => {
    stored.clear();
    stored.set('engine-kind', 'gpu');
    stored.set('sampling', { temperature: 'hot', top_p: 0.5, max_tokens: 2048, enable_thinking: true });
    stored.set('context-window', '16384');
    const s = settingsStore().getState();
    expect(s.engineKind).toBe('webllm');
    expect(s.sampling).toEqual({ temperature: 0, top_p: 0.5, max_tokens: 2048, enable_thinking: true });
    expect(s.contextWindow).toBe(DEFAULT_CONTEXT_WINDOW);
  });
});
