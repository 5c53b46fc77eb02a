import {
  addCase,
  findSameCase,
  createSerial,
  exportSuiteJsonl,
  importSuiteJsonl,
  mergeSuite,
  removeCase,
  restoreCase,
  setRanking,
  type LoadError,
  type RaterRanking,
  type Suite,
  type SuiteCase,
  type SuiteEdit,
  type SuiteExport,
  type SuiteReadProblem,
} from '../../core/index.ts';
import { listSuites, putSuite } from '../persist/suitesDb.ts';
import type { SliceCreator } from './sliceCreator.ts';
import { newId } from '../newId.ts';
import { createSuiteRunActions, type SuiteRunActions, type SuiteRunsState } from '../suites/suiteRunActions.ts';

export interface SuitesState extends SuiteRunsState {
  /** Each saved principle's test suite, by the principle's id (a principle without cases has none). */
  byPrinciple: Record<string, Suite>;
  loaded: boolean;
  /** Stored cases that could not be read back (dropped), with where. */
  readProblems: SuiteReadProblem[];
}

/** What an import did: cases added, rankings added to cases held already, and the refused lines. */
export interface SuiteImportReport {
  added: number;
  rankingsAdded: number;
  kept: number;
  errors: LoadError[];
  notes: string[];
}

export interface SuitesActions extends SuiteRunActions {
  loadSuites(): Promise<void>;
  /** Adds a case to a principle's suite; resolves to the problems that refused it (empty when added). */
  addSuiteCase(principleId: string, c: Omit<SuiteCase, 'id'>): Promise<string[]>;
  /**
   * Adds a case, or, when the suite holds it already (same prompt and candidates) without a ranking by this case's
   * rater, adds the ranking to it (`joined`). Resolves to the problems that refused it (empty when done).
   */
  addCaseOrRanking(principleId: string, c: Omit<SuiteCase, 'id'>): Promise<{ problems: string[]; joined: boolean }>;
  /** Gives or replaces one rater's ranking of a case; resolves to the problems that refused it. */
  setSuiteRanking(principleId: string, caseId: string, ranking: RaterRanking): Promise<string[]>;
  /** Removes a case, offering to undo. */
  removeSuiteCase(principleId: string, caseId: string): Promise<void>;
  /**
   * Merges a RABench JSONL file's good rows into the suite (nothing there is overwritten); lists the bad by line. A row
   * that names no rater is taken as `rater`'s ranking (default "ground truth").
   */
  importSuite(principleId: string, text: string, rater?: string): Promise<SuiteImportReport>;
  /** The suite as RABench JSONL with `principle` on every row, and the cases left out with why. */
  exportSuite(principleId: string, principle: string): SuiteExport;
}

export interface SuitesSlice {
  suites: SuitesState;
  suitesActions: SuitesActions;
}

/** Suite reads and writes run one at a time, so a read that started before a write cannot put the older suite back. */
const serial = createSerial();

export const createSuitesSlice: SliceCreator<SuitesSlice> = (rawSet, rawGet) => {
  const set = (p: Partial<SuitesState> | ((s: SuitesState) => Partial<SuitesState>)) =>
    rawSet((s) => ({ suites: { ...s.suites, ...(typeof p === 'function' ? p(s.suites) : p) } }));
  const load = async () => {
    const { suites, problems } = await listSuites();
    set({ byPrinciple: Object.fromEntries(suites.map((x) => [x.principleId, x])), loaded: true, readProblems: problems });
  };
  const suiteOf = async (principleId: string): Promise<Suite> => {
    if (!rawGet().suites.loaded) await load();
    return rawGet().suites.byPrinciple[principleId] ?? { id: newId(), principleId, cases: [] };
  };
  // Every write says at once when it fails (the save alert) and still rejects, so the caller keeps the user's work.
  const store = async (s: Suite) => {
    try {
      await putSuite(s);
      rawGet().saveStatusActions.reportSave('suites', null);
    } catch (e) {
      rawGet().saveStatusActions.reportSave('suites', e);
      throw e;
    }
    set((st) => ({ byPrinciple: { ...st.byPrinciple, [s.principleId]: s } }));
  };
  const apply = async (edit: SuiteEdit) => {
    if (!edit.ok) return edit.problems;
    await store(edit.suite);
    return [];
  };
  const actions: SuitesActions = {
    ...createSuiteRunActions(rawSet, rawGet, (principleId) => serial(() => suiteOf(principleId))),
    loadSuites: () => serial(load),
    addSuiteCase: (principleId, c) => serial(async () => apply(addCase(await suiteOf(principleId), { ...c, id: newId() }))),
    addCaseOrRanking: (principleId, c) =>
      serial(async () => {
        const suite = await suiteOf(principleId);
        const twin = findSameCase(suite, c);
        const ranking = c.rankings[0];
        if (twin && ranking && c.rankings.length === 1 && !twin.rankings.some((r) => r.rater === ranking.rater)) {
          return { problems: await apply(setRanking(suite, twin.id, ranking)), joined: true };
        }
        return { problems: await apply(addCase(suite, { ...c, id: newId() })), joined: false };
      }),
    setSuiteRanking: (principleId, caseId, ranking) => serial(async () => apply(setRanking(await suiteOf(principleId), caseId, ranking))),
    removeSuiteCase: (principleId, caseId) =>
      serial(async () => {
        const { suite, undo } = removeCase(await suiteOf(principleId), caseId);
        if (!undo) return;
        await store(suite);
        const excerpt = undo.case.prompt.trim().slice(0, 40);
        // A failed write is already shown in the save alert.
        rawGet().toastsActions.offerUndo(`Removed the case “${excerpt}${undo.case.prompt.trim().length > 40 ? '…' : ''}” from the suite.`, () =>
          void serial(async () => store(restoreCase(await suiteOf(principleId), undo))).catch(() => {}),
        );
      }),
    importSuite: (principleId, text, rater) =>
      serial(async () => {
        const current = await suiteOf(principleId);
        const read = importSuiteJsonl(text, { id: current.id, principleId, ...(rater?.trim() ? { defaultRater: rater.trim() } : {}) });
        const merged = mergeSuite(current, read.suite.cases, newId);
        if (merged.added + merged.rankingsAdded > 0) await store(merged.suite);
        return { added: merged.added, rankingsAdded: merged.rankingsAdded, kept: merged.kept, errors: read.errors, notes: read.notes };
      }),
    exportSuite: (principleId, principle) => exportSuiteJsonl(rawGet().suites.byPrinciple[principleId] ?? { cases: [] }, { principle }),
  };
  return {
    suites: { byPrinciple: {}, loaded: false, readProblems: [], runs: [], runsLoaded: false, runningId: null, inFlight: [], runError: null, elsewhere: [] },
    suitesActions: actions,
  };
};
