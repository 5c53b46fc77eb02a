import { createSerial, mergeLibrary, type LibraryMergeReport, type SavedPrinciple } from '../../core/index.ts';
import { deletePrinciple, listPrinciples, putPrinciple, updatePrinciple } from '../persist/principles.ts';
import type { SliceCreator } from './sliceCreator.ts';
import { newId } from '../newId.ts';

export interface LibraryState {
  /** Every saved principle, most recently saved first. */
  principles: SavedPrinciple[];
  loaded: boolean;
}

/**
 * What a save stored: a new principle, a new version (the text changed), only the name or tags, or nothing (the
 * principle already had this text, name and tags). Judged against the stored record, at the time of the write.
 */
export type SaveChange = 'created' | 'version' | 'details' | 'unchanged';

export interface SaveOutcome {
  principle: SavedPrinciple;
  change: SaveChange;
}

export interface LibraryActions {
  loadLibrary(): Promise<void>;
  /**
   * Saves a new principle, or a new version of an existing one (only when the text changed). A version is added to
   * the stored record, so one another tab saved meanwhile is kept.
   */
  savePrinciple(p: { id?: string; name: string; tags: string[]; text: string; note?: string }): Promise<SaveOutcome>;
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
  const write = async <T>(op: () => Promise<T>): Promise<T> => {
    try {
      const result = await op();
      rawGet().saveStatusActions.reportSave('library', null);
      return result;
    } catch (e) {
      rawGet().saveStatusActions.reportSave('library', e);
      throw e;
    }
  };
  const show = (saved: SavedPrinciple) => set((s) => ({ principles: [saved, ...s.principles.filter((x) => x.id !== saved.id)] }));
  const save: LibraryActions['savePrinciple'] = async (p) => {
    const now = Date.now();
    const known = p.id ? principles().find((x) => x.id === p.id) : undefined;
    if (!known) {
      const saved: SavedPrinciple = { id: newId(), name: p.name, tags: p.tags, text: p.text, createdAt: now, updatedAt: now, versions: [{ text: p.text, savedAt: now, note: p.note }] };
      await write(() => putPrinciple(saved));
      show(saved);
      return { principle: saved, change: 'created' };
    }
    // Built on the stored record, not on this tab's copy of it: another tab may have added a version since.
    const seen: { base: SavedPrinciple; change: SaveChange } = { base: known, change: 'unchanged' };
    const written = await write(() =>
      updatePrinciple(known.id, (stored) => {
        const base = stored ?? known;
        const textChanged = base.text !== p.text;
        const detailsChanged = base.name !== p.name || base.tags.join('\u0000') !== p.tags.join('\u0000');
        seen.base = base;
        seen.change = textChanged ? 'version' : detailsChanged ? 'details' : 'unchanged';
        // Nothing to store; a record another tab deleted is stored again, as the user is saving it.
        if (seen.change === 'unchanged' && stored) return null;
        return {
          ...base,
          name: p.name,
          tags: p.tags,
          text: p.text,
          updatedAt: now,
          versions: textChanged ? [...base.versions, { text: p.text, savedAt: now, note: p.note }] : base.versions,
        };
      }),
    );
    const saved = written ?? seen.base;
    // Only what was saved moves to the top; an unchanged one is shown as stored (another tab may have changed it).
    if (written) show(saved);
    else set((s) => ({ principles: s.principles.map((x) => (x.id === saved.id ? saved : x)) }));
    return { principle: saved, change: seen.change };
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
        // On the stored record: a version another tab added since is kept.
        const renamed = (await write(() => updatePrinciple(pid, (stored) => ({ ...(stored ?? p), name, tags, updatedAt: Date.now() })))) ?? p;
        set((s) => ({ principles: s.principles.map((x) => (x.id === pid ? renamed : x)) }));
      }),
    duplicatePrinciple: (pid) =>
      serial(async () => {
        const p = principles().find((x) => x.id === pid);
        if (!p) return null;
        return (await save({ name: `${p.name} (copy)`, tags: p.tags, text: p.text })).principle;
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
