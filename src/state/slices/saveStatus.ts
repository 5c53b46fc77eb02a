import { describeSaveError, type SaveProblem } from '../../core/index.ts';
import type { SliceCreator } from './sliceCreator.ts';

/** The stores whose writes can fail; each failure is shown until a later write of that store succeeds. */
export type StoreName = 'workspace' | 'library' | 'history' | 'runs' | 'suites' | 'decks';

export const STORE_LABEL: Record<StoreName, string> = {
  workspace: 'Your workspace (principle, prompt, candidates)',
  library: 'The principle library',
  history: 'The judgment history',
  runs: 'Benchmark runs',
  suites: 'The principles’ test suites',
  decks: 'Your lesson decks',
};

export interface SaveStatusSlice {
  saveStatus: { problems: Partial<Record<StoreName, SaveProblem>> };
  saveStatusActions: {
    /** A write of `store` failed (`error`) or succeeded (`null`). */
    reportSave(store: StoreName, error: unknown): void;
  };
}

export const createSaveStatusSlice: SliceCreator<SaveStatusSlice> = (set, get) => ({
  saveStatus: { problems: {} },
  saveStatusActions: {
    reportSave(store, error) {
      const problems = get().saveStatus.problems;
      if (error === null) {
        if (!problems[store]) return;
        const { [store]: _fixed, ...rest } = problems;
        return set({ saveStatus: { problems: rest } });
      }
      set({ saveStatus: { problems: { ...problems, [store]: describeSaveError(error) } } });
    },
  },
});
