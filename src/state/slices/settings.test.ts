import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONTEXT_WINDOW } from '../../engine/types.ts';
import { createAppStore } from '../store.ts';
import { PREFS_KEY, takePrefResets } from '../persist/prefsPersist.ts';
import { memoryStorage } from '../persist/memoryStorage.testkit.ts';

/** A store opened in a browser whose localStorage holds `stored`. */
function storeWith(stored: Record<string, string>) {
  const storage = memoryStorage(stored);
  vi.stubGlobal('localStorage', storage);
  takePrefResets();
  return { store: createAppStore(), storage };
}

const storedPrefs = (storage: Storage) => JSON.parse(storage.getItem(PREFS_KEY) ?? 'null') as { state: Record<string, unknown>; version: number } | null;

afterEach(() => vi.unstubAllGlobals());

describe('preferences saved by an earlier version (one key each)', () => {
  it('are read into the store, written as version 1 under one key, and the old keys go', () => {
    const { store, storage } = storeWith({
      'ra:engine-kind': '"openai"',
      'ra:openai': JSON.stringify({ baseUrl: 'http://gpu:8000/v1', model: 'rewardanything-8b', rememberKey: false, concurrency: 2 }),
      'ra:theme': 'dark',
      'ra:sampling': JSON.stringify({ temperature: 0.6, top_p: 0.95, max_tokens: 4096, enable_thinking: false }),
      'ra:user-models': JSON.stringify({ rewardAnything: { weightsUrl: 'https://h/ra', quant: 'q4f32_1' }, custom: [] }),
      'ra:workspace': '{"principle":"kept"}',
    });
    const s = store.getState();
    expect(s.settings.engineKind).toBe('openai');
    // Saved before the context length existed: it gets the default.
    expect(s.settings.server).toMatchObject({ baseUrl: 'http://gpu:8000/v1', model: 'rewardanything-8b', concurrency: 2, contextLength: DEFAULT_CONTEXT_WINDOW, apiKey: '' });
    expect(s.settings.sampling).toEqual({ temperature: 0.6, top_p: 0.95, max_tokens: 4096, enable_thinking: false });
    expect(s.theme.choice).toBe('dark');
    expect(s.models.userModels.rewardAnything).toEqual({ weightsUrl: 'https://h/ra', quant: 'q4f32_1' });
    expect(storedPrefs(storage)).toMatchObject({ version: 1, state: { engineKind: 'openai', theme: 'dark', server: { model: 'rewardanything-8b' } } });
    expect(storage.getItem('ra:engine-kind')).toBeNull();
    expect(storage.getItem('ra:theme')).toBeNull();
    // Not a preference: left alone.
    expect(storage.getItem('ra:workspace')).toBe('{"principle":"kept"}');
    expect(takePrefResets()).toEqual([]);
  });

  it('a broken one gets its default and is named; the valid ones are kept', () => {
    const { store } = storeWith({
      'ra:engine-kind': '"gpu"',
      'ra:sampling': JSON.stringify({ temperature: 'hot', top_p: 0.5, max_tokens: 2048, enable_thinking: true }),
      'ra:context-window': '"16384"',
    });
    const s = store.getState();
    expect(s.settings.engineKind).toBe('webllm');
    expect(s.settings.sampling).toEqual({ temperature: 0, top_p: 0.5, max_tokens: 2048, enable_thinking: true });
    expect(s.settings.contextWindow).toBe(DEFAULT_CONTEXT_WINDOW);
    expect(takePrefResets()).toEqual(['engine choice', 'sampling (temperature)', 'context window']);
  });
});

describe('preferences of version 1', () => {
  it('a change is stored and read back by the next visit', () => {
    const first = storeWith({});
    first.store.getState().settingsActions.setServer({ contextLength: 32768 });
    first.store.getState().themeActions.setTheme('light');
    const next = storeWith(Object.fromEntries([[PREFS_KEY, first.storage.getItem(PREFS_KEY)!]]));
    expect(next.store.getState().settings.server.contextLength).toBe(32768);
    expect(next.store.getState().theme.choice).toBe('light');
  });

  it('are written only when a preference changes, not on every change of the store', () => {
    const { store, storage } = storeWith({});
    const write = vi.spyOn(storage, 'setItem');
    store.getState().settingsActions.setSampling({ temperature: 0.3 });
    expect(write).toHaveBeenCalledTimes(1);
    store.getState().toastsActions.showToast({ message: 'not a preference' });
    store.getState().workspaceActions.setMask(false);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('keep the API key only when the user asks to remember it', () => {
    const { store, storage } = storeWith({});
    store.getState().settingsActions.setServer({ apiKey: 'sk-secret' });
    expect(storage.getItem(PREFS_KEY)).not.toContain('sk-secret');
    expect(store.getState().settings.server.apiKey).toBe('sk-secret');
    store.getState().settingsActions.setServer({ rememberKey: true });
    expect(storedPrefs(storage)?.state.serverApiKey).toBe('sk-secret');
  });

  it('another tab’s change, read again, keeps a key typed here and not remembered', async () => {
    const { store, storage } = storeWith({});
    store.getState().settingsActions.setServer({ apiKey: 'sk-typed-here' });
    const other = storedPrefs(storage)!;
    storage.setItem(PREFS_KEY, JSON.stringify({ ...other, state: { ...other.state, engineKind: 'openai' } }));
    await store.persist.rehydrate();
    expect(store.getState().settings.engineKind).toBe('openai');
    expect(store.getState().settings.server.apiKey).toBe('sk-typed-here');
  });

  it('an unreadable stored copy gives the defaults and says so', () => {
    const { store } = storeWith({ [PREFS_KEY]: '{not json' });
    expect(store.getState().settings.engineKind).toBe('webllm');
    expect(takePrefResets()).toEqual(['all settings (the stored copy was unreadable)']);
  });
});
