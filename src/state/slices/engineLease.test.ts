import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store.ts';

describe('the engine lease', () => {
  it('gives the browser engine to one user at a time and names the holder to the next', () => {
    const s = createAppStore().getState;
    const release = s().engineLeaseActions.acquireEngine('playground', 'webllm');
    expect(s().engineLease.browserHolder).toBe('playground');
    expect(() => s().engineLeaseActions.acquireEngine('compare', 'webllm')).toThrow('A Playground judgment is using the browser engine.');
    release();
    expect(s().engineLease.browserHolder).toBeNull();
    expect(() => s().engineLeaseActions.acquireEngine('compare', 'webllm')()).not.toThrow();
  });

  it('lets a server engine serve any number of users beside the browser engine', () => {
    const s = createAppStore().getState;
    s().engineLeaseActions.acquireEngine('benchmark', 'webllm');
    expect(() => s().engineLeaseActions.acquireEngine('compare', 'openai')).not.toThrow();
    expect(() => s().engineLeaseActions.acquireEngine('playground', 'openai')).not.toThrow();
    expect(s().engineLease.browserHolder).toBe('benchmark');
  });

  it('a release called twice does not free a lease taken since', () => {
    const s = createAppStore().getState;
    const first = s().engineLeaseActions.acquireEngine('playground', 'webllm');
    first();
    s().engineLeaseActions.acquireEngine('compare', 'webllm');
    first();
    expect(s().engineLease.browserHolder).toBe('compare');
  });
});
