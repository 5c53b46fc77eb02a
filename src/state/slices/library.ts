import { createSerial, mergeLibrary, type LibraryMergeReport, type SavedPrinciple } from '../../core/index.ts';
import { deletePrinciple, listPrinciples, putPrinciple } from '../persist/principles.ts';
import type { SliceCreator } from './sliceCreator.ts';
import { newId } from '../newId.ts';

export interface LibraryState {
  /** Every saved principle, most recently saved first. */
  principles: SavedPrinciple[];
  loaded: boolean;
}

export interface LibraryActions {
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

export interface LibrarySlice {
  library: LibraryState;
  libraryActions: LibraryActions;
}

/**
 * Library reads and writes run one at a time: a list read that started before a save would otherwise finish after it
 * and put the older list back (save a version, open the Library at once, and the new version seemed gone).
 */
const serial = createSerial();


export const createLibrarySlice: SliceCreator<LibrarySlice> = (rawSet, rawGet) => {
  const principles = () => rawGet().library.principles;
  const set = (p: Partial<LibraryState> | ((s: LibraryState) => Partial<LibraryState>)) =>
    rawSet((s) => ({ library: { ...s.library, ...(typeof p === 'function' ? p(s.library) : p) } }));
  // Every library write says at once when it fails (the page's save alert), and still rejects so the caller keeps
  // what the user was saving on screen.
  const write = async (op: () => Promise<void>) => {
    try {
      await op();
      rawGet().saveStatusActions.reportSave('library', null);
    } catch (e) {
      rawGet().saveStatusActions.reportSave('library', e);
      throw e;
    }
  };
  const save: LibraryActions['savePrinciple'] = async (p) => {
    const now = Date.now();
    const existing = p.id ? principles().find((x) => x.id === p.id) : undefined;
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
    set((s) => ({ principles: [saved, ...s.principles.filter((x) => x.id !== saved.id)] }));
    return saved;
  };
  const actions: LibraryActions = {
    loadLibrary: () =>
      serial(async () => {
        set({ principles: await listPrinciples(), loaded: true });
      }),
    savePrinciple: (p) => serial(() => save(p)),
    renamePrinciple: (pid, name, tags) =>
      serial(async () => {
        const p = principles().find((x) => x.id === pid);
        if (!p) return;
        const saved = { ...p, name, tags, updatedAt: Date.now() };
        await write(() => putPrinciple(saved));
        set((s) => ({ principles: s.principles.map((x) => (x.id === pid ? saved : x)) }));
      }),
    duplicatePrinciple: (pid) =>
      serial(async () => {
        const p = principles().find((x) => x.id === pid);
        if (!p) return null;
        return save({ name: `${p.name} (copy)`, tags: p.tags, text: p.text });
      }),
    removePrinciple: (pid) =>
      serial(async () => {
        const gone = principles().find((x) => x.id === pid);
        await write(() => deletePrinciple(pid));
        set((s) => ({ principles: s.principles.filter((x) => x.id !== pid) }));
        if (!gone) return;
        const versions = `${gone.versions.length} version${gone.versions.length === 1 ? '' : 's'}`;
        // A failed write is already shown in the save alert.
        rawGet().toastsActions.offerUndo(`Deleted “${gone.name}” (${versions}) from the library.`, () => void actions.restorePrinciple(gone).catch(() => {}));
      }),
    restorePrinciple: (p) =>
      serial(async () => {
        await write(() => putPrinciple(p));
        set({ principles: await listPrinciples() });
      }),
    importPrinciples: (list) =>
      serial(async () => {
        const { writes, report } = mergeLibrary(await listPrinciples(), list);
        await write(async () => {
          for (const p of writes) await putPrinciple(p);
        });
        set({ principles: await listPrinciples(), loaded: true });
        return report;
      }),
  };
  return { library: { principles: [], loaded: false }, libraryActions: actions };
};
