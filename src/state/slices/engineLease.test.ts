import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store.ts';

describe('the engine lease', () => {
  it('gives the browser engine to one user at a time and names the holder to the next', () => {
    const s = createAppStore().getState;
    const release = s().acquireEngine('playground', 'webllm');
    expect(s().browserEngineHolder).toBe('playground');
    expect(() => s().acquireEngine('compare', 'webllm')).toThrow('A Playground judgment is using the browser engine.');
    release();
    expect(s().browserEngineHolder).toBeNull();
    expect(() => s().acquireEngine('compare', 'webllm')()).not.toThrow();
  });

  it('lets a server engine serve any number of users beside the browser engine', () => {
    const s = createAppStore().getState;
    s().acquireEngine('benchmark', 'webllm');
    expect(() => s().acquireEngine('compare', 'openai')).not.toThrow();
    expect(() => s().acquireEngine('playground', 'openai')).not.toThrow();
    expect(s().browserEngineHolder).toBe('benchmark');
  });

  it('a release called twice does not free a lease taken since', () => {
    const s = createAppStore().getState;
    const first = s().acquireEngine('playground', 'webllm');
    first();
    s().acquireEngine('compare', 'webllm');
    first();
    expect(s().browserEngineHolder).toBe('compare');
  });
});
