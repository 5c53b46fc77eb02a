import type { StateCreator } from 'zustand';
import { createSerial, mergeLibrary, type LibraryMergeReport, type SavedPrinciple } from '../../core/index.ts';
import { deletePrinciple, listPrinciples, putPrinciple } from '../persist/principles.ts';
import type { AppState } from '../store.ts';
import { newId } from '../newId.ts';

export interface LibrarySlice {
  library: SavedPrinciple[];
  libraryLoaded: boolean;
  loadLibrary(): Promise<void>;
  /** Saves a new principle, or a new version of an existing one (only when the text changed). */
  savePrinciple(p: { id?: string; name: string; tags: string[]; text: string; note?: string }): Promise<SavedPrinciple>;
  renamePrinciple(id: string, name: string, tags: string[]): Promise<void>;
  duplicatePrinciple(id: string): Promise<SavedPrinciple | null>;
  /** Deletes a principle with its versions, offering to undo. */
  removePrinciple(id: string): Promise<void>;
  /** Stores a deleted principle again, exactly as it was, versions included (undo of a delete). */
  restorePrinciple(p: SavedPrinciple): Promise<void>;
  /** Merges a file's principles into the library (nothing existing is overwritten) and says what it did. */
  importPrinciples(list: SavedPrinciple[]): Promise<LibraryMergeReport>;
}

/**
 * Library reads and writes run one at a time: a list read that started before a save would otherwise finish after it
 * and put the older list back (save a version, open the Library at once, and the new version seemed gone).
 */
const serial = createSerial();


export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => {
  // Every library write says at once when it fails (the page's save alert), and still rejects so the caller keeps
  // what the user was saving on screen.
  const write = async (op: () => Promise<void>) => {
    try {
      await op();
      get().reportSave('library', null);
    } catch (e) {
      get().reportSave('library', e);
      throw e;
    }
  };
  const save: LibrarySlice['savePrinciple'] = async (p) => {
    const now = Date.now();
    const existing = p.id ? get().library.find((x) => x.id === p.id) : undefined;
    let saved: SavedPrinciple;
    if (existing) {
      const changed = existing.text !== p.text;
      saved = {
        ...existing,
        name: p.name,
        tags: p.tags,
        text: p.text,
        updatedAt: now,
        versions: changed ? [...existing.versions, { text: p.text, savedAt: now, note: p.note }] : existing.versions,
      };
    } else {
      saved = { id: newId(), name: p.name, tags: p.tags, text: p.text, createdAt: now, updatedAt: now, versions: [{ text: p.text, savedAt: now, note: p.note }] };
    }
    await write(() => putPrinciple(saved));
    set((s) => ({ library: [saved, ...s.library.filter((x) => x.id !== saved.id)] }));
    return saved;
  };
  return {
    library: [],
    libraryLoaded: false,
    loadLibrary: () =>
      serial(async () => {
        set({ library: await listPrinciples(), libraryLoaded: true });
      }),
    savePrinciple: (p) => serial(() => save(p)),
    renamePrinciple: (pid, name, tags) =>
      serial(async () => {
        const p = get().library.find((x) => x.id === pid);
        if (!p) return;
        const saved = { ...p, name, tags, updatedAt: Date.now() };
        await write(() => putPrinciple(saved));
        set((s) => ({ library: s.library.map((x) => (x.id === pid ? saved : x)) }));
      }),
    duplicatePrinciple: (pid) =>
      serial(async () => {
        const p = get().library.find((x) => x.id === pid);
        if (!p) return null;
        return save({ name: `${p.name} (copy)`, tags: p.tags, text: p.text });
      }),
    removePrinciple: (pid) =>
      serial(async () => {
        const gone = get().library.find((x) => x.id === pid);
        await write(() => deletePrinciple(pid));
        set((s) => ({ library: s.library.filter((x) => x.id !== pid) }));
        if (!gone) return;
        const versions = `${gone.versions.length} version${gone.versions.length === 1 ? '' : 's'}`;
        // A failed write is already shown in the save alert.
        get().offerUndo(`Deleted “${gone.name}” (${versions}) from the library.`, () => void get().restorePrinciple(gone).catch(() => {}));
      }),
    restorePrinciple: (p) =>
      serial(async () => {
        await write(() => putPrinciple(p));
        set({ library: await listPrinciples() });
      }),
    importPrinciples: (list) =>
      serial(async () => {
        const { writes, report } = mergeLibrary(await listPrinciples(), list);
        await write(async () => {
          for (const p of writes) await putPrinciple(p);
        });
        set({ library: await listPrinciples(), libraryLoaded: true });
        return report;
      }),
  };
};
