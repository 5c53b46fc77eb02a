import { pendingCases, type Suite, type SuiteRun } from '../../core/index.ts';
import { engineFor, judgeConstraint, type ModelChoice } from '../judge/activeEngine.ts';
import { retryingEngine, SERVER_RETRY } from '../judge/retryingEngine.ts';
import { deleteSuiteRun, listSuiteRuns, putSuiteRun } from '../persist/suiteRunsDb.ts';
import type { SliceCreator } from '../slices/sliceCreator.ts';
import type { AppState } from '../store.ts';
import { heldIds, withLock } from '../tabLocks.ts';
import { newId } from '../newId.ts';
import { runSuiteCases } from './runSuiteCases.ts';

/** What the suites slice knows of suite runs. */
export interface SuiteRunsState {
  runs: SuiteRun[];
  runsLoaded: boolean;
  /** The run this tab is judging now, and its cases in flight. */
  runningId: string | null;
  inFlight: string[];
  /** Why the last start or resume did not go through, or stopped (said to the user). */
  runError: string | null;
  /** Runs other tabs are judging now. */
  elsewhere: string[];
}

export interface SuiteRunActions {
  loadSuiteRuns(): Promise<void>;
  /** Runs every case of the principle's suite with its version `version` on the engine of `engine`. */
  startSuiteRun(principleId: string, version: number, engine: 'webllm' | 'openai'): Promise<void>;
  /** Goes on with the cases a run lacks (cut off by a reload, paused, or cases added since). */
  resumeSuiteRun(id: string): Promise<void>;
  pauseSuiteRun(): void;
  /** Deletes a run, offering to undo. */
  removeSuiteRun(id: string): Promise<void>;
  dismissSuiteRunError(): void;
}

type Set = Parameters<SliceCreator<unknown>>[0];
type Get = () => AppState;

const ELSEWHERE = 'Another tab of this browser is running this suite run: pause it there (or close that tab) to go on with it here.';
const CUT_OFF = 'The run was cut off (the page was reloaded or closed): resume it to judge the cases it lacks.';

let abort: AbortController | null = null;

function choiceFor(s: AppState, kind: 'webllm' | 'openai'): ModelChoice | undefined {
  if (kind === s.settings.engineKind) return undefined;
  return kind === 'openai' ? { kind: 'openai', model: s.settings.server.model } : { kind: 'webllm', modelId: s.models.load.modelId ?? '' };
}

/** Suite runs, in the suites slice: `set` and `get` are the store's; `suiteOf` reads the principle's suite. */
export function createSuiteRunActions(set: Set, get: Get, suiteOf: (principleId: string) => Promise<Suite>): SuiteRunActions {
  const patch = (p: Partial<SuiteRunsState> | ((r: SuiteRunsState) => Partial<SuiteRunsState>)): void => {
    set((s: AppState) => ({ suites: { ...s.suites, ...(typeof p === 'function' ? p(s.suites) : p) } }));
  };
  const upsert = (run: SuiteRun) =>
    patch((r) => ({ runs: r.runs.some((x) => x.id === run.id) ? r.runs.map((x) => (x.id === run.id ? run : x)) : [run, ...r.runs] }));
  const save = async (run: SuiteRun) => {
    try {
      await putSuiteRun(run);
      get().saveStatusActions.reportSave('suites', null);
    } catch (e) {
      get().saveStatusActions.reportSave('suites', e);
      throw e;
    }
    upsert(run);
  };

  async function execute(run: SuiteRun, kind: 'webllm' | 'openai'): Promise<void> {
    if (get().suites.runningId) return patch({ runError: 'A suite run is going on in this tab: pause it or wait for it to finish, then start this one.' });
    patch({ runningId: run.id, runError: null, inFlight: [] });
    let release: (() => void) | null = null;
    try {
      const suite = await suiteOf(run.principleId);
      const s = get();
      const eng = await engineFor(s, choiceFor(s, kind));
      release = get().engineLeaseActions.acquireEngine('suite', eng.engine.kind);
      const controller = new AbortController();
      abort = controller;
      const server = eng.engine.kind === 'openai';
      const locked = await withLock('suite-run', run.id, () =>
        runSuiteCases(run, suite, pendingCases(run, suite), {
          engine: server ? retryingEngine(eng.engine, SERVER_RETRY) : eng.engine,
          engineRef: eng.ref,
          mask: s.workspace.current.mask,
          sampling: s.settings.sampling,
          constraint: judgeConstraint(s, eng.engine.kind),
          concurrency: server ? Math.max(1, Math.floor(s.settings.server.concurrency || 1)) : 1,
          signal: controller.signal,
          save,
          onCase: (inFlight) => patch({ inFlight }),
        }),
      );
      if (!locked.ok) patch((r) => ({ runError: ELSEWHERE, elsewhere: r.elsewhere.includes(run.id) ? r.elsewhere : [...r.elsewhere, run.id] }));
      else if (locked.value.lastError) patch({ runError: locked.value.lastError });
    } catch (e) {
      const advice = (e as { advice?: unknown }).advice;
      patch({ runError: `${e instanceof Error ? e.message : String(e)}${typeof advice === 'string' ? ` ${advice}` : ''}` });
    } finally {
      release?.();
      abort = null;
      patch({ runningId: null, inFlight: [] });
    }
  }

  const engineKindOf = (run: SuiteRun) => run.engine.kind;

  async function loadRuns(): Promise<void> {
    const { runs, problems } = await listSuiteRuns();
    const held = await heldIds('suite-run');
    const mine = get().suites.runningId;
    const fixed: SuiteRun[] = [];
    for (const run of runs) {
      if (run.status === 'running' && !held.has(run.id) && run.id !== mine) {
        const paused = { ...run, status: 'paused' as const, lastError: CUT_OFF };
        await putSuiteRun(paused).catch(() => {});
        fixed.push(paused);
      } else fixed.push(run);
    }
    fixed.sort((a, b) => b.createdAt - a.createdAt);
    patch({ runs: fixed, runsLoaded: true, elsewhere: fixed.filter((r) => r.status === 'running' && r.id !== mine).map((r) => r.id), runError: problems[0] ?? null });
  }

  let loading: Promise<void> | null = null;
  return {
    loadSuiteRuns() {
      loading ??= loadRuns().finally(() => (loading = null));
      return loading;
    },
    async startSuiteRun(principleId, version, engine) {
      const p = get().library.principles.find((x) => x.id === principleId);
      const text = p?.versions[version]?.text;
      if (!p || text === undefined) return patch({ runError: 'That principle or version is no longer in the library: pick another version.' });
      const now = Date.now();
      const run: SuiteRun = { id: newId(), principleId, version, principleText: text, engine: { kind: engine, modelId: '' }, status: 'paused', results: [], createdAt: now, updatedAt: now, lastError: null };
      await execute(run, engine);
    },
    async resumeSuiteRun(id) {
      const run = get().suites.runs.find((r) => r.id === id);
      if (!run) return patch({ runError: 'This run is no longer stored (it may have been deleted in another tab).' });
      await execute(run, engineKindOf(run));
    },
    pauseSuiteRun() {
      abort?.abort();
    },
    async removeSuiteRun(id) {
      const run = get().suites.runs.find((r) => r.id === id);
      if (!run || get().suites.runningId === id) return;
      await deleteSuiteRun(id);
      patch((r) => ({ runs: r.runs.filter((x) => x.id !== id) }));
      get().toastsActions.offerUndo(`Deleted the suite run of v${run.version + 1} (${run.results.length} cases judged).`, () => void save(run).catch(() => {}));
    },
    dismissSuiteRunError() {
      patch({ runError: null });
    },
  };
}
