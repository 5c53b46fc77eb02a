import { describe, expect, it, vi } from 'vitest';
import type { SavedPrinciple } from '../../core/index.ts';

// The library's IndexedDB store, in memory; here the test decides whether a write fails.
let failWrites = false;
const stored = new Map<string, SavedPrinciple>();
vi.mock('../persist/principles.ts', () => ({
  listPrinciples: async () => [...stored.values()].map((p) => structuredClone(p)),
  putPrinciple: async (p: SavedPrinciple) => {
    if (failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    stored.set(p.id, structuredClone(p));
  },
  deletePrinciple: async (id: string) => void stored.delete(id),
}));

const { createAppStore } = await import('../store.ts');

function libraryStore() {
  stored.clear();
  return createAppStore();
}

describe('library writes', () => {
  it('say at once when a save fails, and clear once a save succeeds', async () => {
    const store = libraryStore();
    failWrites = true;
    await expect(store.getState().libraryActions.savePrinciple({ name: 'Mine', tags: [], text: 'Prefer facts.' })).rejects.toThrow();
    expect(store.getState().saveStatus.problems.library).toBeTruthy();
    expect(store.getState().library.principles).toEqual([]);

    failWrites = false;
    await store.getState().libraryActions.savePrinciple({ name: 'Mine', tags: [], text: 'Prefer facts.' });
    expect(store.getState().saveStatus.problems.library).toBeUndefined();
    expect(store.getState().library.principles.map((p) => p.name)).toEqual(['Mine']);
  });
});

describe('deleting a principle', () => {
  it('offers an undo that brings it back with every version', async () => {
    const store = libraryStore();
    const first = await store.getState().libraryActions.savePrinciple({ name: 'Correctness', tags: ['core'], text: 'Prefer correct answers.' });
    await store.getState().libraryActions.savePrinciple({ id: first.id, name: 'Correctness', tags: ['core'], text: 'Prefer correct, then concise.' });
    const before = structuredClone(store.getState().library.principles[0]!);
    expect(before.versions).toHaveLength(2);

    await store.getState().libraryActions.removePrinciple(first.id);
    expect(store.getState().library.principles).toEqual([]);
    const toast = store.getState().toasts.shown.at(-1)!;
    expect(toast.message).toBe('Deleted “Correctness” (2 versions) from the library.');
    expect(toast.action?.label).toBe('Undo');

    store.getState().toastsActions.runToastAction(toast.id);
    await vi.waitFor(() => expect(store.getState().library.principles).toEqual([before]));
    expect(stored.get(first.id)).toEqual(before);
    expect(store.getState().toasts.shown).toEqual([]);
  });
});
