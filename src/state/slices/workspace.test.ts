import { describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import type { Workspace } from './workspace.ts';

// The stored copy is read from IndexedDB; here the test decides when that read answers.
let answerRead: (w: Partial<Workspace> | null) => void = () => {};
vi.mock('../persist/workspace.ts', () => ({
  loadWorkspace: () => new Promise<Partial<Workspace> | null>((resolve) => (answerRead = resolve)),
  saveWorkspaceFields: async () => {},
}));

const { createWorkspaceSlice } = await import('./workspace.ts');
const { createSaveStatusSlice } = await import('./saveStatus.ts');

function workspaceStore() {
  // Only the two slices the workspace uses; the rest of AppState is not touched by these actions.
  type Slices = ReturnType<typeof createWorkspaceSlice> & ReturnType<typeof createSaveStatusSlice>;
  /* eslint-disable @typescript-eslint/no-explicit-any -- narrow boundary: the slices are typed against the whole AppState */
  return create<Slices>()((set, get, api) => ({
    ...createWorkspaceSlice(set as any, get as any, api as any),
    ...createSaveStatusSlice(set as any, get as any, api as any),
  }));
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

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
