import type { JudgeInput, JudgmentRecord } from '../../core/index.ts';
import type { Sampling } from '../../engine/types.ts';
import { EngineError } from '../../engine/errors.ts';
import { runJudgment } from '../judge/runJudgment.ts';
import type { LiveJudgment } from '../../core/index.ts';
import { engineFor, judgeConstraint, type ModelChoice } from '../judge/activeEngine.ts';
import { serializeError, type SerializedError } from '../../engine/errors.ts';
import type { SliceCreator } from './sliceCreator.ts';


export interface CompareJob {
  label: string;
  input: JudgeInput;
  mask: boolean;
  sampling: Sampling;
  model?: ModelChoice;
}

export interface CompareResult {
  label: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  live: LiveJudgment | null;
  record: JudgmentRecord | null;
  error: SerializedError | null;
}

export type CompareKind = 'principles' | 'models' | 'order' | 'repeat' | 'history';

export interface CompareState {
  kind: CompareKind | null;
  results: CompareResult[];
  /** The candidates' names, in the first job's order. */
  names: string[];
  running: boolean;
  /** Why the last comparison could not start (the browser engine was in use); earlier results stay shown. */
  error: SerializedError | null;
}

export interface CompareActions {
  dismissCompareError(): void;
  runCompare(kind: CompareKind, jobs: CompareJob[]): Promise<void>;
  /** Shows saved judgments side by side (from the history). */
  compareRecords(records: JudgmentRecord[]): void;
  stopCompare(): void;
}

export interface CompareSlice {
  compare: CompareState;
  compareActions: CompareActions;
}

let abort: AbortController | null = null;

export const createCompareSlice: SliceCreator<CompareSlice> = (rawSet, get) => {
  const set = (p: Partial<CompareState>) => rawSet((s) => ({ compare: { ...s.compare, ...p } }));
  const patch = (i: number, p: Partial<CompareResult>) => rawSet((s) => ({ compare: { ...s.compare, results: s.compare.results.map((r, j) => (j === i ? { ...r, ...p } : r)) } }));
  // A browser model the comparison needs is loaded (it replaces the one on the GPU, as the form says); the user's
  // engine choice and server model stay as they are.
  const loadBrowserModel = async (m: ModelChoice | undefined) => {
    if (m?.kind !== 'webllm') return;
    const loaded = get().models.load;
    if (loaded.status === 'ready' && loaded.modelId === m.modelId) return;
    await get().modelsActions.loadModel(m.modelId);
    const load = get().models.load;
    if (load.status !== 'ready') throw new EngineError('not-loaded', `Could not load ${m.modelId}: ${load.error?.message ?? 'cancelled'}`, load.error?.advice ?? 'Load it on the Models page.');
  };
  const actions: CompareActions = {
    dismissCompareError() {
      set({ error: null });
    },
    async runCompare(kind, jobs) {
      if (get().compare.running || jobs.length === 0) return;
      // The whole comparison holds the browser engine if any job needs it: it may load models between jobs.
      const needsBrowser = jobs.some((j) => (j.model?.kind ?? get().settings.engineKind) === 'webllm');
      let release: () => void;
      try {
        release = get().engineLeaseActions.acquireEngine('compare', needsBrowser ? 'webllm' : 'openai');
      } catch (e) {
        set({ error: serializeError(e) });
        return;
      }
      const a = new AbortController();
      abort = a;
      set({
        kind,
        running: true,
        error: null,
        names: jobs[0]!.input.responses.map((r) => r.name),
        results: jobs.map((j) => ({ label: j.label, status: 'pending', live: null, record: null, error: null })),
      });
      // One at a time: the browser engine has one GPU, and comparisons should not compete for it.
      for (const [i, job] of jobs.entries()) {
        if (a.signal.aborted) break;
        patch(i, { status: 'running' });
        try {
          await loadBrowserModel(job.model);
          const eng = await engineFor(get(), job.model);
          const record = await runJudgment({
            engine: eng.engine,
            engineRef: eng.ref,
            input: job.input,
            mask: job.mask,
            sampling: job.sampling,
            constraint: judgeConstraint(get(), eng.engine.kind),
            signal: a.signal,
            tag: `compare:${kind}`,
            persist: false,
            // Kept so a comparison can go into a deck with its judgments as recordings.
            keepTimeline: true,
            onLive: (live) => patch(i, { live }),
          });
          patch(i, { status: record.status === 'done' ? 'done' : 'failed', record, live: null, error: record.error ? { ...record.error } : null });
        } catch (e) {
          patch(i, { status: 'failed', error: serializeError(e), live: null });
        }
      }
      abort = null;
      release();
      set({ running: false });
    },
    compareRecords(records) {
      if (get().compare.running || records.length === 0) return;
      const names = [...new Set(records.flatMap((r) => r.input.responses.map((c) => c.name)))];
      set({
        kind: 'history',
        names,
        results: records.map((r) => ({
          label: `${r.engine.modelId} · ${new Date(r.createdAt).toLocaleString()} · ${r.input.principle.slice(0, 60)}${r.input.principle.length > 60 ? '…' : ''}`,
          status: r.status === 'done' ? 'done' : 'failed',
          live: null,
          record: r,
          error: r.error ? { ...r.error } : null,
        })),
      });
    },
    stopCompare() {
      abort?.abort();
    },
  };
  return { compare: { kind: null, results: [], names: [], running: false, error: null }, compareActions: actions };
};
