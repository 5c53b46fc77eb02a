import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, legacyPrefs, prefsToStore, readPrefs } from './storedPrefs.ts';

describe('stored preferences (version 1)', () => {
  it('keep every valid field, default the missing, and name each broken one reset', () => {
    const { prefs, resets } = readPrefs({ engineKind: 'gpu', sampling: { temperature: 'hot', top_p: 0.5, max_tokens: 2048, enable_thinking: true }, theme: 'dark', contextWindow: 16384 });
    expect(prefs.engineKind).toBe('webllm');
    expect(prefs.sampling).toEqual({ temperature: DEFAULT_PREFS.sampling.temperature, top_p: 0.5, max_tokens: 2048, enable_thinking: true });
    expect(prefs.theme).toBe('dark');
    expect(prefs.contextWindow).toBe(16384);
    expect(prefs.loadStallTimeoutSec).toBe(120);
    expect(resets).toEqual(['engine choice', 'sampling (temperature)']);
  });

  it('read anything that is not a record as the defaults, with nothing to report', () => {
    expect(readPrefs('x')).toEqual({ prefs: DEFAULT_PREFS, resets: [] });
    expect(readPrefs(null).prefs.server.baseUrl).toBe('http://localhost:8000/v1');
  });

  it('keep the API key only while the user asks to remember it', () => {
    const server = { baseUrl: 'http://gpu/v1', model: 'm', rememberKey: false, concurrency: 4, contextLength: 8192, dialect: 'none' as const, splitsReasoning: false, topLogprobs: 0 };
    expect(readPrefs({ server, serverApiKey: 'sk-1' }).prefs.serverApiKey).toBe('');
    expect(readPrefs({ server: { ...server, rememberKey: true }, serverApiKey: 'sk-1' }).prefs.serverApiKey).toBe('sk-1');
    const p = { ...DEFAULT_PREFS, server, serverApiKey: 'sk-typed' };
    expect(prefsToStore(p).serverApiKey).toBe('');
    expect(prefsToStore({ ...p, server: { ...server, rememberKey: true } }).serverApiKey).toBe('sk-typed');
  });
});

describe('preferences stored by version 0 (one key each)', () => {
  it('become the fields of version 1, the theme read as a bare word and the others as JSON', () => {
    const old = {
      'ra:engine-kind': '"openai"',
      'ra:openai': JSON.stringify({ baseUrl: 'http://gpu:8000/v1', model: 'ra-8b', rememberKey: true, concurrency: 16 }),
      'ra:openai-key': '"sk-kept"',
      'ra:theme': 'dark',
      'ra:context-window': '16384',
      'ra:sampling': JSON.stringify({ temperature: 0.6, top_p: 0.95, max_tokens: 4096, enable_thinking: false }),
      'ra:workspace': '{"principle":"not a preference"}',
    };
    const { prefs, resets } = readPrefs(legacyPrefs(old));
    expect(resets).toEqual([]);
    expect(prefs).toMatchObject({
      engineKind: 'openai',
      server: { baseUrl: 'http://gpu:8000/v1', model: 'ra-8b', rememberKey: true, concurrency: 16, contextLength: 8192, dialect: 'none', topLogprobs: 0 },
      serverApiKey: 'sk-kept',
      theme: 'dark',
      contextWindow: 16384,
      sampling: { temperature: 0.6, top_p: 0.95, max_tokens: 4096, enable_thinking: false },
    });
    expect(legacyPrefs(old)).not.toHaveProperty('workspace');
  });

  it('a value that is not JSON is kept as text, then reset by its schema with its name', () => {
    const { prefs, resets } = readPrefs(legacyPrefs({ 'ra:context-window': 'lots', 'ra:load-stall-timeout': '300' }));
    expect(prefs.contextWindow).toBe(8192);
    expect(prefs.loadStallTimeoutSec).toBe(300);
    expect(resets).toEqual(['context window']);
  });
});
