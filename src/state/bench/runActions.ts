import { missingIndices, newRunRecord, pendingIndices, restoreRunItems, type BenchItem, type EngineRef, type ItemResult, type RunRecord } from '../../core/index.ts';
import { activeEngine, judgeConstraint } from '../judge/activeEngine.ts';
import { serializeError } from '../../engine/errors.ts';
import type { BenchState, RunView, StartRunConfig } from '../slices/bench.ts';
import type { SliceCreator } from '../slices/sliceCreator.ts';
import { createRun, deleteRun as dbDeleteRun, getRun, getResult, getRunItem, getRunItems, listRuns, markInterruptedRuns, putImportedRun, putRun, putRunItems, storedItemIndices } from '../persist/benchDb.ts';
import { BenchRunner } from './runner.ts';
import { SERVER_RETRY } from '../judge/retryingEngine.ts';
import { idbRunStorage, loadResults, loadSummaries } from './storage.ts';
import { ViewBatcher, type ViewBatch } from './viewBatch.ts';
import { watchProtocol } from './protocol.ts';
import { normalizeBaseUrl } from '../../engine/openai/index.ts';
import { heldIds, withLock } from '../tabLocks.ts';
import { newId } from '../newId.ts';

export interface RunActions {
  /** Once per page: marks runs cut off by a reload as interrupted, lists runs, restores the last dataset. */
  init(): Promise<void>;
  startRun(config: StartRunConfig): Promise<void>;
  openRun(id: string): Promise<void>;
  closeRun(): void;
  resume(id: string): Promise<void>;
  pause(): void;
  cancel(id: string): Promise<void>;
  /** Judge these items of the viewed run again (failed ones, usually). */
  retry(indices: number[]): Promise<void>;
  deleteRun(id: string): Promise<void>;
  dismissInterrupted(id: string): void;
  /** Checks which runs other tabs are judging and re-reads the viewed run if one of them is it. */
  refreshElsewhere(): Promise<void>;
  dismissRunError(): void;
  exportRun(id: string): Promise<{ json: string; fileName: string }>;
  importRun(file: File): Promise<{ ok: boolean; message: string }>;
  setCompare(id: string | null): Promise<void>;
  getResult(runId: string, index: number): Promise<ItemResult | undefined>;
  getItem(runId: string, index: number): Promise<BenchItem | undefined>;
}

type Set = Parameters<SliceCreator<unknown>>[0];
type Get = Parameters<SliceCreator<unknown>>[1];

let runner: BenchRunner | null = null;
/** Settles when the current runner has finished (saved its final status). */
let runnerEnded: Promise<void> = Promise.resolve();
/** Set from the moment a start / resume / retry is asked for until its runner exists (a double click starts once). */
let starting = false;
let initialized: Promise<void> | null = null;


const ELSEWHERE = {
  kind: 'busy-elsewhere',
  message: 'Another tab of this browser is judging this run.',
  advice: 'Pause it in that tab (or close the tab) to go on with it here.',
};

function engineMismatch(run: RunRecord, ref: EngineRef): string | null {
  if (run.engine.kind === ref.kind && run.engine.modelId === ref.modelId) return null;
  const where = (e: EngineRef) => (e.kind === 'openai' ? `the server model “${e.modelId}”` : `the browser model “${e.modelId}”`);
  return `This run was judged by ${where(run.engine)}; the engine in use is ${where(ref)}.`;
}

export function createRunActions(set: Set, get: Get): RunActions {
  const patch = (p: Partial<BenchState> | ((b: BenchState) => Partial<BenchState>)): void => {
    set((s) => ({ bench: { ...s.bench, ...(typeof p === 'function' ? p(s.bench) : p) } }));
  };

  const upsertRun = (run: RunRecord) =>
    patch((b) => {
      const runs = b.runs.some((r) => r.id === run.id) ? b.runs.map((r) => (r.id === run.id ? run : r)) : [run, ...b.runs];
      const view = b.view && b.view.run.id === run.id ? { ...b.view, run } : b.view;
      return { runs, view };
    });

  /** One store update for everything a running run reported since the last one. */
  const applyBatch = (runId: string, batch: ViewBatch) =>
    patch((b) => {
      const next: Partial<BenchState> = {};
      if (batch.run) {
        const run = batch.run;
        next.runs = b.runs.some((r) => r.id === run.id) ? b.runs.map((r) => (r.id === run.id ? run : r)) : [run, ...b.runs];
      }
      if (!b.view || b.view.run.id !== runId) return next;
      let summaries = b.view.summaries;
      if (batch.summaries.length > 0) {
        summaries = summaries.slice();
        for (const s of batch.summaries) summaries[s.index] = s;
      }
      next.view = { ...b.view, run: batch.run ?? b.view.run, summaries, live: batch.live };
      return next;
    });

  const benchEngine = async () => {
    const s = get();
    const eng = await activeEngine(s);
    const concurrency = eng.engine.kind === 'openai' ? Math.max(1, Math.floor(s.settings.server.concurrency || 1)) : 1;
    return { ...eng, concurrency };
  };

  const fail = (e: unknown) => {
    const err = serializeError(e);
    const advice = (e as { advice?: unknown }).advice;
    patch({ runError: typeof advice === 'string' && err.kind === 'unknown' ? { ...err, advice } : err });
  };

  async function execute(run: RunRecord, pending: number[], finished: Map<number, boolean>, eng: Awaited<ReturnType<typeof benchEngine>>): Promise<void> {
    let release: () => void;
    try {
      release = get().engineLeaseActions.acquireEngine('benchmark', eng.engine.kind);
    } catch (e) {
      return fail(e);
    }
    const r = new BenchRunner({
      run: { ...run, engine: eng.ref, concurrency: eng.concurrency },
      engine: eng.engine,
      storage: idbRunStorage,
      pending,
      finished,
      concurrency: eng.concurrency,
      retry: eng.engine.kind === 'openai' ? SERVER_RETRY : undefined,
      callbacks: {
        onRun: (r) => batch.onRun(r),
        onResult: (summary) => batch.onResult(summary),
        onLive: (live) => batch.onLive(live),
        onLiveEnd: (index) => batch.onLiveEnd(index),
      },
    });
    const batch = new ViewBatcher(() => r.progress(), (b) => applyBatch(run.id, b));
    runner = r;
    let ended = () => {};
    runnerEnded = new Promise((resolve) => (ended = resolve));
    const stopWatching = eng.ref.kind === 'openai' && eng.ref.baseUrl ? watchProtocol(new URL(normalizeBaseUrl(eng.ref.baseUrl)).origin, (p) => r.setProtocol(p)) : () => {};
    patch((b) => ({ runningId: run.id, runError: null, interrupted: b.interrupted.filter((id) => id !== run.id) }));
    try {
      const locked = await withLock('bench-run', run.id, () => r.start());
      batch.close();
      if (locked.ok) {
        upsertRun(locked.value);
        if (locked.value.lastError) patch({ runError: { ...locked.value.lastError } });
      } else {
        patch((b) => ({ runError: ELSEWHERE, elsewhere: b.elsewhere.includes(run.id) ? b.elsewhere : [...b.elsewhere, run.id] }));
      }
    } catch (e) {
      fail(e);
    } finally {
      batch.close();
      release();
      stopWatching();
      if (runner === r) runner = null;
      patch((b) => ({ runningId: null, view: b.view && b.view.run.id === run.id ? { ...b.view, live: null } : b.view }));
      ended();
    }
  }

  /** Runs other tabs are judging now (the lock this tab holds for its own run is left out). */
  async function judgedElsewhere(): Promise<string[]> {
    const held = await heldIds('bench-run');
    const own = get().bench.runningId;
    return [...held].filter((id) => id !== own);
  }

  /**
   * One start at a time: `prepareRun` checks and sets up (returning nothing when it refused), and the run it returns
   * goes on after the guard is released (it holds `runner` itself).
   */
  async function exclusive(prepareRun: () => Promise<(() => Promise<void>) | void>): Promise<void> {
    if (starting) return;
    starting = true;
    let go: (() => Promise<void>) | void;
    try {
      go = await prepareRun();
    } finally {
      starting = false;
    }
    if (go) await go();
  }

  /** Puts a cancelled run back as it was before (paused), unless it has moved on since. */
  async function restoreStatus(before: RunRecord, listedInterrupted: boolean): Promise<void> {
    try {
      const run = await getRun(before.id);
      if (!run || run.status !== 'cancelled' || runner?.runId === before.id) return;
      const back = { ...run, status: before.status, interrupted: before.interrupted, updatedAt: Date.now() };
      await putRun(back);
      upsertRun(back);
      if (listedInterrupted) patch((b) => ({ interrupted: b.interrupted.includes(back.id) ? b.interrupted : [...b.interrupted, back.id] }));
    } catch (e) {
      fail(e);
    }
  }

  /** "Cancelled the run “name” (3 of 6 items judged, kept)." */
  const cancelledNotice = (run: RunRecord) => `Cancelled the run “${run.name}” (${run.counts.done} of ${run.itemIds.length} items judged, kept).`;

  /**
   * A run whose items were not all stored (the page closed while the run was being created) gets the others from the
   * loaded dataset, so it can go on; without them it cannot, and the user is told which dataset to load.
   */
  async function completeItems(run: RunRecord): Promise<boolean> {
    const stored = await storedItemIndices(run.id);
    if (stored.length >= run.itemIds.length) return true;
    const restored = restoreRunItems(run.itemIds, missingIndices(run.itemIds.length, stored), get().bench.dataset?.items ?? []);
    if (!restored.ok) {
      patch({
        runError: {
          kind: 'items-missing',
          message: `${restored.missing} of this run’s ${run.itemIds.length} items were not stored: the page closed while the run was being created.`,
          advice: `Load its dataset (“${run.dataset.name}”) again, then resume: the run goes on with the items it lacks.`,
        },
      });
      return false;
    }
    await putRunItems(run.id, restored.rows);
    return true;
  }

  /** The run and its finished items, read from storage (the view on it is refreshed too). */
  async function prepare(id: string): Promise<{ run: RunRecord; finished: Map<number, boolean> } | null> {
    const run = (await getRun(id)) ?? null;
    if (!run) {
      patch({ runError: { kind: 'missing', message: 'This run is no longer stored.', advice: 'It may have been deleted in another tab.' } });
      return null;
    }
    if (!(await completeItems(run))) return null;
    const loaded = await loadSummaries(id, run.itemIds.length);
    patch((b) => ({ view: { run, summaries: b.view?.run.id === id ? mergeSummaries(loaded.summaries, b.view.summaries) : loaded.summaries, live: null } }));
    return { run, finished: loaded.finished };
  }

  return {
    init() {
      initialized ??= (async () => {
        try {
          const elsewhere = await judgedElsewhere();
          const cut = await markInterruptedRuns(new Set(elsewhere));
          const runs = await listRuns();
          patch({ runs, elsewhere, interrupted: cut.map((r) => r.id), initialized: true });
          const latest = cut.sort((a, b) => b.updatedAt - a.updatedAt)[0];
          if (latest && !get().bench.view) await get().benchActions.openRun(latest.id);
        } catch (e) {
          patch({ initialized: true, runError: { ...serializeError(e), advice: 'Saved runs could not be read (is storage blocked in this browser?).' } });
        }
        await get().benchActions.restoreDataset();
      })();
      return initialized;
    },
    startRun: (config) => exclusive(async () => {
      if (runner) return patch({ runError: { kind: 'busy', message: 'A run is already going.', advice: 'Pause it first; one run at a time shares the engine.' } });
      if (config.items.length === 0) return patch({ runError: { kind: 'empty', message: 'The subset is empty.', advice: 'Widen the filters or load a dataset.' } });
      let eng;
      try {
        eng = await benchEngine();
      } catch (e) {
        return fail(e);
      }
      const d = get().bench.dataset;
      // The Playground's constraint for this engine and these settings, kept with the run so its resumes judge alike.
      const constraint = judgeConstraint(get(), eng.engine.kind);
      const fresh = newRunRecord({
        id: newId(),
        now: Date.now(),
        name: config.name.trim() || `${d?.name ?? 'dataset'} · ${config.items.length} items`,
        dataset: { id: d?.id ?? 'unknown', name: d?.name ?? 'unknown', kind: d?.kind ?? 'rabench', origin: d?.origin ?? '' },
        items: config.items,
        principleOverride: config.principleOverride?.trim() ? config.principleOverride : null,
        engine: eng.ref,
        sampling: { ...get().settings.sampling },
        mask: config.mask,
        subset: config.subset,
        concurrency: eng.concurrency,
      });
      const run: RunRecord = constraint ? { ...fresh, constraint } : fresh;
      try {
        await createRun(run, config.items);
      } catch (e) {
        return fail(e);
      }
      upsertRun(run);
      patch({ view: { run, summaries: new Array<undefined>(config.items.length).fill(undefined), live: null }, compare: null });
      return () => execute(run, config.items.map((_, i) => i), new Map(), eng);
    }),
    async openRun(id) {
      if (get().bench.view?.run.id === id) return;
      patch({ elsewhere: await judgedElsewhere() });
      const run = await getRun(id);
      if (!run) return;
      patch({ view: { run, summaries: new Array<undefined>(run.itemIds.length).fill(undefined), live: null }, compare: null });
      const loaded = await loadSummaries(id, run.itemIds.length);
      patch((b) => (b.view?.run.id === id ? { view: { ...b.view, summaries: mergeSummaries(loaded.summaries, b.view.summaries) } } : {}));
    },
    closeRun() {
      patch({ view: null, compare: null });
    },
    resume: (id) => exclusive(async () => {
      if (runner) return patch({ runError: { kind: 'busy', message: 'A run is already going.', advice: 'Pause it first.' } });
      let eng;
      try {
        eng = await benchEngine();
      } catch (e) {
        return fail(e);
      }
      const prepared = await prepare(id);
      if (!prepared) return;
      const mismatch = engineMismatch(prepared.run, eng.ref);
      if (mismatch) return patch({ runError: { kind: 'engine-mismatch', message: mismatch, advice: 'Load the same model (Models, or the server settings) to resume, or start a new run with this one.' } });
      const pending = pendingIndices(prepared.run.itemIds.length, prepared.finished);
      return () => execute(prepared.run, pending, prepared.finished, eng);
    }),
    pause() {
      runner?.pause();
    },
    async cancel(id) {
      if (runner && runner.runId === id) {
        // Cancelling stops the work: undo goes on with it from there (finished items are kept; those in flight run again).
        runner.cancel();
        await runnerEnded;
        const run = get().bench.runs.find((r) => r.id === id);
        if (run) get().toastsActions.offerUndo(cancelledNotice(run), () => void get().benchActions.resume(id));
        return;
      }
      if ((await judgedElsewhere()).includes(id)) return patch({ runError: ELSEWHERE });
      const run = await getRun(id);
      if (!run || run.status === 'done') return;
      const listedInterrupted = get().bench.interrupted.includes(id);
      const next = { ...run, status: 'cancelled' as const, interrupted: false, updatedAt: Date.now() };
      await putRun(next);
      upsertRun(next);
      patch((b) => ({ interrupted: b.interrupted.filter((x) => x !== id) }));
      get().toastsActions.offerUndo(cancelledNotice(next), () => void restoreStatus(run, listedInterrupted));
    },
    retry: (indices) => exclusive(async () => {
      const view = get().bench.view;
      if (!view || indices.length === 0) return;
      if (runner) return patch({ runError: { kind: 'busy', message: 'A run is already going.', advice: 'Pause it first.' } });
      let eng;
      try {
        eng = await benchEngine();
      } catch (e) {
        return fail(e);
      }
      const prepared = await prepare(view.run.id);
      if (!prepared) return;
      const mismatch = engineMismatch(prepared.run, eng.ref);
      if (mismatch) return patch({ runError: { kind: 'engine-mismatch', message: mismatch, advice: 'Retry with the model that judged the other items, so the run stays comparable.' } });
      return () => execute(prepared.run, [...indices].sort((a, b) => a - b), prepared.finished, eng);
    }),
    async deleteRun(id) {
      if (runner && runner.runId === id) return patch({ runError: { kind: 'busy', message: 'This run is going.', advice: 'Pause it before deleting it.' } });
      if ((await judgedElsewhere()).includes(id)) return patch({ runError: ELSEWHERE });
      await dbDeleteRun(id);
      patch((b) => ({
        runs: b.runs.filter((r) => r.id !== id),
        interrupted: b.interrupted.filter((x) => x !== id),
        view: b.view?.run.id === id ? null : b.view,
        compare: b.compare?.run.id === id ? null : b.compare,
      }));
    },
    async refreshElsewhere() {
      const held = await heldIds('bench-run');
      const own = get().bench.runningId;
      const elsewhere = [...held].filter((id) => id !== own);
      // A run stored as running that no tab holds any more was cut off (its tab closed or crashed): say so.
      if (get().bench.runs.some((r) => r.status === 'running' && !held.has(r.id) && r.id !== own)) {
        const cut = await markInterruptedRuns(own ? new Set([...held, own]) : held);
        cut.forEach(upsertRun);
        patch((b) => ({ interrupted: [...new Set([...b.interrupted, ...cut.map((r) => r.id)])] }));
      }
      const viewed = get().bench.view?.run.id;
      const wasElsewhere = viewed !== undefined && get().bench.elsewhere.includes(viewed);
      patch({ elsewhere });
      if (!viewed || (!wasElsewhere && !elsewhere.includes(viewed))) return;
      const run = await getRun(viewed);
      if (!run) return;
      // Nothing new since the last look: skip reading every result of the run again.
      if (run.updatedAt === get().bench.view?.run.updatedAt && run.status === get().bench.view?.run.status) return;
      upsertRun(run);
      const loaded = await loadSummaries(viewed, run.itemIds.length);
      patch((b) => (b.view?.run.id === viewed ? { view: { ...b.view, summaries: mergeSummaries(loaded.summaries, b.view.summaries) } } : {}));
    },
    dismissInterrupted(id) {
      patch((b) => ({ interrupted: b.interrupted.filter((x) => x !== id) }));
    },
    dismissRunError() {
      patch({ runError: null });
    },
    async exportRun(id) {
      const run = await getRun(id);
      if (!run) throw new Error('This run is no longer stored.');
      const [items, results] = await Promise.all([getRunItems(id), loadResults(id)]);
      const slug = run.name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'run';
      const { buildRunExport } = await import('../../core/index.ts');
      return { json: buildRunExport(run, items, results), fileName: `bench-run-${slug}.json` };
    },
    async importRun(file) {
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        return { ok: false, message: `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}` };
      }
      const { parseRunExport } = await import('../../core/index.ts');
      const parsed = parseRunExport(text, newId());
      if (!parsed.ok) return { ok: false, message: `${file.name}: ${parsed.error}. Nothing was imported.` };
      try {
        await putImportedRun(parsed.run, parsed.items, parsed.results);
      } catch (e) {
        return { ok: false, message: `${file.name} could not be stored: ${e instanceof Error ? e.message : String(e)}` };
      }
      upsertRun(parsed.run);
      await get().benchActions.openRun(parsed.run.id);
      return { ok: true, message: `Imported “${parsed.run.name}” (${parsed.results.length} of ${parsed.items.length} items judged)${parsed.note ? `; ${parsed.note}` : ''}.` };
    },
    async setCompare(id) {
      if (!id) return patch({ compare: null });
      const run = await getRun(id);
      if (!run) return;
      const loaded = await loadSummaries(id, run.itemIds.length);
      patch({ compare: { run, summaries: loaded.summaries } });
    },
    getResult: (runId, index) => getResult(runId, index),
    getItem: (runId, index) => getRunItem(runId, index),
  };
}

/** Summaries that arrived while loading win over the stored ones. */
function mergeSummaries<T>(stored: Array<T | undefined>, live: Array<T | undefined>): Array<T | undefined> {
  const out = stored.slice();
  live.forEach((s, i) => {
    if (s) out[i] = s;
  });
  return out;
}

export type { RunView };
