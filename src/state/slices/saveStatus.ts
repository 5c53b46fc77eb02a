import type { StateCreator } from 'zustand';
import { describeSaveError, type SaveProblem } from '../persist/saveErrors.ts';
import type { AppState } from '../store.ts';

/** The stores whose writes can fail; each failure is shown until a later write of that store succeeds. */
export type StoreName = 'workspace' | 'library' | 'history' | 'runs';

export const STORE_LABEL: Record<StoreName, string> = {
  workspace: 'Your workspace (principle, prompt, candidates)',
  library: 'The principle library',
  history: 'The judgment history',
  runs: 'Benchmark runs',
};

export interface SaveStatusSlice {
  saveProblems: Partial<Record<StoreName, SaveProblem>>;
  /** A write of `store` failed (`error`) or succeeded (`null`). */
  reportSave(store: StoreName, error: unknown): void;
}

export const createSaveStatusSlice: StateCreator<AppState, [], [], SaveStatusSlice> = (set, get) => ({
  saveProblems: {},
  reportSave(store, error) {
    if (error === null) {
      if (!get().saveProblems[store]) return;
      const { [store]: _fixed, ...rest } = get().saveProblems;
      return set({ saveProblems: rest });
    }
    set((s) => ({ saveProblems: { ...s.saveProblems, [store]: describeSaveError(error) } }));
  },
});
