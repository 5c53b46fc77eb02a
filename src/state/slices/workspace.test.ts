import { describe, expect, it, vi } from 'vitest';
import type { Workspace } from './workspace.ts';

// The stored copy is read from IndexedDB; here the test decides when that read answers.
let answerRead: (w: Partial<Workspace> | null) => void = () => {};
vi.mock('../persist/workspaceDb.ts', () => ({
  loadWorkspace: () => new Promise<Partial<Workspace> | null>((resolve) => (answerRead = resolve)),
  saveWorkspaceFields: async () => {},
}));

const { createAppStore } = await import('../store.ts');

const workspaceStore = createAppStore;

describe('hydrateWorkspace', () => {
  it('never overwrites what the user typed while the stored copy was being read', async () => {
    const store = workspaceStore();
    const hydrated = store.getState().workspaceActions.hydrateWorkspace();
    store.getState().workspaceActions.setPrinciple('Typed before the read answered.');
    answerRead({ principle: 'Stored principle', prompt: 'Stored prompt' });
    await hydrated;
    expect(store.getState().workspace.current.principle).toBe('Typed before the read answered.');
    expect(store.getState().workspace.current.prompt).toBe('Stored prompt');
  });
});
