import { describe, expect, it, vi } from 'vitest';
import type { Workspace } from './workspace.ts';

// The stored copy is read from IndexedDB; here the test decides when that read answers.
let answerRead: (w: Partial<Workspace> | null) => void = () => {};
vi.mock('../persist/workspace.ts', () => ({
  loadWorkspace: () => new Promise<Partial<Workspace> | null>((resolve) => (answerRead = resolve)),
  saveWorkspaceFields: async () => {},
}));

const { createAppStore } = await import('../store.ts');

const workspaceStore = createAppStore;

describe('hydrateWorkspace', () => {
  it('never overwrites what the user typed while the stored copy was being read', async () => {
    const store = workspaceStore();
    const hydrated = store.getState().hydrateWorkspace();
    store.getState().setPrinciple('Typed before the read answered.');
    answerRead({ principle: 'Stored principle', prompt: 'Stored prompt' });
    await hydrated;
    expect(store.getState().workspace.principle).toBe('Typed before the read answered.');
    expect(store.getState().workspace.prompt).toBe('Stored prompt');
  });
});
