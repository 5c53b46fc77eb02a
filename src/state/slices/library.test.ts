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
  updatePrinciple: async (id: string, next: (p: SavedPrinciple | undefined) => SavedPrinciple | null) => {
    const p = next(structuredClone(stored.get(id)));
    if (p && failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (p) stored.set(p.id, structuredClone(p));
    return p;
  },
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
    const { principle: first } = await store.getState().libraryActions.savePrinciple({ name: 'Correctness', tags: ['core'], text: 'Prefer correct answers.' });
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

/** Another tab saves `text` as a new version of `id`: the store under test does not see it. */
function otherTabSaves(id: string, text: string) {
  const p = structuredClone(stored.get(id)!);
  stored.set(id, { ...p, text, updatedAt: p.updatedAt + 1, versions: [...p.versions, { text, savedAt: p.updatedAt + 1 }] });
}

describe('saving a version', () => {
  it('adds it to what is stored, so a version another tab saved since this tab read the library is kept', async () => {
    const store = libraryStore();
    const actions = () => store.getState().libraryActions;
    const { principle: mine } = await actions().savePrinciple({ name: 'Length', tags: [], text: 'V1' });
    // This tab's list still shows v1 only.
    otherTabSaves(mine.id, 'V2');

    const outcome = await actions().savePrinciple({ id: mine.id, name: 'Length', tags: [], text: 'V3' });
    expect(outcome.change).toBe('version');
    expect(stored.get(mine.id)!.versions.map((v) => v.text)).toEqual(['V1', 'V2', 'V3']);
    expect(store.getState().library.principles[0]!.versions.map((v) => v.text)).toEqual(['V1', 'V2', 'V3']);
  });

  it('says when nothing was stored: the principle already had this text, name and tags', async () => {
    const store = libraryStore();
    const actions = () => store.getState().libraryActions;
    const { principle: mine } = await actions().savePrinciple({ name: 'Length', tags: ['style'], text: 'V1' });
    const before = structuredClone(stored.get(mine.id));
    const again = await actions().savePrinciple({ id: mine.id, name: 'Length', tags: ['style'], text: 'V1' });
    expect(again.change).toBe('unchanged');
    expect(again.principle.versions).toHaveLength(1);
    expect(stored.get(mine.id)).toEqual(before);

    const renamed = await actions().savePrinciple({ id: mine.id, name: 'Brevity', tags: ['style'], text: 'V1' });
    expect(renamed.change).toBe('details');
    expect(stored.get(mine.id)!.name).toBe('Brevity');
    expect(stored.get(mine.id)!.versions).toHaveLength(1);
  });

  it('judges "unchanged" against the stored text: a version another tab saved with other text makes this one new', async () => {
    const store = libraryStore();
    const actions = () => store.getState().libraryActions;
    const { principle: mine } = await actions().savePrinciple({ name: 'Length', tags: [], text: 'V1' });
    otherTabSaves(mine.id, 'V2');
    // This tab still shows text V1: saving V1 again is a change from what is stored (V2).
    const outcome = await actions().savePrinciple({ id: mine.id, name: 'Length', tags: [], text: 'V1' });
    expect(outcome.change).toBe('version');
    expect(stored.get(mine.id)!.versions.map((v) => v.text)).toEqual(['V1', 'V2', 'V1']);
  });

  it('a rename keeps a version another tab saved since', async () => {
    const store = libraryStore();
    const actions = () => store.getState().libraryActions;
    const { principle: mine } = await actions().savePrinciple({ name: 'Length', tags: [], text: 'V1' });
    otherTabSaves(mine.id, 'V2');
    await actions().renamePrinciple(mine.id, 'Brevity', ['style']);
    expect(stored.get(mine.id)!.versions.map((v) => v.text)).toEqual(['V1', 'V2']);
    expect(stored.get(mine.id)!.name).toBe('Brevity');
    expect(store.getState().library.principles[0]!.text).toBe('V2');
  });
});
