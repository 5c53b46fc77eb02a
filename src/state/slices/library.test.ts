import { describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';

// The library's IndexedDB store; here the test decides whether a write fails.
let failWrites = false;
vi.mock('../persist/principles.ts', () => ({
  listPrinciples: async () => [],
  putPrinciple: async () => {
    if (failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
  deletePrinciple: async () => {},
}));

const { createLibrarySlice } = await import('./library.ts');
const { createSaveStatusSlice } = await import('./saveStatus.ts');

function libraryStore() {
  type Slices = ReturnType<typeof createLibrarySlice> & ReturnType<typeof createSaveStatusSlice>;
  /* eslint-disable @typescript-eslint/no-explicit-any -- narrow boundary: the slices are typed against the whole AppState */
  return create<Slices>()((set, get, api) => ({
    ...createLibrarySlice(set as any, get as any, api as any),
    ...createSaveStatusSlice(set as any, get as any, api as any),
  }));
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

describe('library writes', () => {
  it('say at once when a save fails, and clear once a save succeeds', async () => {
    const store = libraryStore();
    failWrites = true;
    await expect(store.getState().savePrinciple({ name: 'Mine', tags: [], text: 'Prefer facts.' })).rejects.toThrow();
    expect(store.getState().saveProblems.library).toBeTruthy();
    expect(store.getState().library).toEqual([]);

    failWrites = false;
    await store.getState().savePrinciple({ name: 'Mine', tags: [], text: 'Prefer facts.' });
    expect(store.getState().saveProblems.library).toBeUndefined();
    expect(store.getState().library.map((p) => p.name)).toEqual(['Mine']);
  });
});
