import { DatasetFetchError, DEFAULT_RMBENCH_PRINCIPLE, loadedDataset, normalizeDatasetUrl, type DatasetFormat, type DatasetKind } from '../../core/index.ts';
import { clearCurrentDataset } from '../persist/benchDb.ts';
import type { SliceCreator } from '../slices/sliceCreator.ts';
import type { BenchState, DatasetLoading } from '../slices/bench.ts';
import { fetchWithProgress } from './fetchDataset.ts';
import { parseOffThread, restoreOffThread } from './parseClient.ts';
import { newId } from '../newId.ts';

/** How the next file is read (kept as a preference). */
export interface LoadOptions {
  kind: DatasetKind | 'auto';
  format: DatasetFormat | 'auto';
  /** Principle for RM-Bench and pairwise items (they have none): ours by default, correctness first. */
  principle: string;
  /** Domain for RM-Bench files whose name does not say it, and for pairwise items ('' = none). */
  domain: string;
}

export interface DatasetActions {
  setLoadOptions(p: Partial<LoadOptions>): void;
  loadFiles(files: readonly File[]): Promise<void>;
  loadUrl(url: string): Promise<void>;
  loadSpotcheck(): Promise<void>;
  cancelLoad(): void;
  /** RM-Bench / pairwise: judge every item under this principle. */
  setDatasetPrinciple(principle: string): void;
  clearDataset(): Promise<void>;
  /** Restores the last loaded dataset (after a reload). */
  restoreDataset(): Promise<void>;
}

export const SPOTCHECK_URL = './datasets/spotcheck.json';

export const DEFAULT_LOAD_OPTIONS: LoadOptions = { kind: 'auto', format: 'auto', principle: DEFAULT_RMBENCH_PRINCIPLE, domain: '' };


type Set = Parameters<SliceCreator<unknown>>[0];
type Get = Parameters<SliceCreator<unknown>>[1];

let loadAbort: AbortController | null = null;


export function createDatasetActions(set: Set, get: Get): DatasetActions {
  const patch = (p: Partial<BenchState>): void => {
    set((s) => ({ bench: { ...s.bench, ...p } }));
  };

  let lastProgress = 0;
  const progress = (l: DatasetLoading | null, force = false) => {
    const now = performance.now();
    if (!force && now - lastProgress < 80) return;
    lastProgress = now;
    patch({ loading: l });
  };

  /** Parse off the main thread; the worker also keeps the bytes (so a reload restores the dataset). */
  async function load(files: Array<{ name: string; buffer: ArrayBuffer }>, origin: string, name: string, overrides: Partial<LoadOptions> & { source?: string }, signal: AbortSignal): Promise<void> {
    const opts = { ...get().bench.loadOptions, ...overrides };
    progress({ phase: 'parse', name, bytesDone: 0, bytesTotal: null }, true);
    const options = { kind: opts.kind, format: opts.format, principle: opts.principle, domain: opts.domain, source: overrides.source };
    const result = await parseOffThread(files, options, { name, origin, loadedAt: Date.now() }, signal);
    if (signal.aborted) return;
    patch({
      dataset: loadedDataset(newId(), result, name, origin, opts.principle, Date.now()),
      loading: null,
      loadError: result.items.length === 0 ? { kind: 'no-items', message: `No valid items in ${name}.`, advice: 'See the problems listed below; check the format (docs/datasets.md).' } : null,
    });
  }

  async function guarded(run: (signal: AbortSignal) => Promise<void>): Promise<void> {
    loadAbort?.abort();
    const abort = new AbortController();
    loadAbort = abort;
    patch({ loadError: null, loadNote: null });
    try {
      await run(abort.signal);
    } catch (e) {
      if (abort.signal.aborted) {
        patch({ loading: null });
        return;
      }
      const err = e instanceof DatasetFetchError
        ? { kind: e.kind, message: e.message, advice: e.advice }
        : { kind: 'load', message: e instanceof Error ? e.message : String(e), advice: 'Check the file and try again.' };
      patch({ loading: null, loadError: err });
    } finally {
      if (loadAbort === abort) loadAbort = null;
    }
  }

  const download = async (url: string, name: string, signal: AbortSignal) => {
    progress({ phase: 'download', name, bytesDone: 0, bytesTotal: null }, true);
    return fetchWithProgress(url, (p) => progress({ phase: 'download', name, bytesDone: p.bytesDone, bytesTotal: p.bytesTotal }), signal);
  };

  return {
    setLoadOptions(p) {
      patch({ loadOptions: { ...get().bench.loadOptions, ...p } });
    },
    loadFiles(list) {
      return guarded(async (signal) => {
        const name = list.map((f) => f.name).join(', ');
        progress({ phase: 'read', name, bytesDone: 0, bytesTotal: list.reduce((n, f) => n + f.size, 0) }, true);
        const files = await Promise.all(list.map(async (f) => ({ name: f.name, buffer: await f.arrayBuffer() })));
        if (signal.aborted) return;
        await load(files, `file${list.length > 1 ? 's' : ''}: ${name}`, name, {}, signal);
      });
    },
    loadUrl(raw) {
      return guarded(async (signal) => {
        const { url, name, note } = normalizeDatasetUrl(raw);
        const buffer = await download(url, name, signal);
        await load([{ name, buffer }], url, name, {}, signal);
        if (note) patch({ loadNote: note });
      });
    },
    loadSpotcheck() {
      return guarded(async (signal) => {
        const name = 'spotcheck.json';
        const buffer = await download(SPOTCHECK_URL, name, signal);
        await load([{ name, buffer }], 'spot-check set (shipped with the app)', 'Spot-check set', { kind: 'rabench', format: 'json', source: 'spotcheck' }, signal);
      });
    },
    cancelLoad() {
      loadAbort?.abort();
      patch({ loading: null });
    },
    setDatasetPrinciple(principle) {
      const d = get().bench.dataset;
      get().benchActions.setLoadOptions({ principle });
      if (!d || d.principle === null) return;
      patch({ dataset: { ...d, principle, items: d.items.map((i) => (i.rmbench || i.rewardbench2 || i.source === 'pairwise' ? { ...i, principle } : i)) } });
    },
    async clearDataset() {
      patch({ dataset: null, loadError: null, loadNote: null });
      await clearCurrentDataset().catch(() => {});
    },
    async restoreDataset() {
      // Never in the way of a load the user started.
      if (loadAbort || get().bench.dataset) return;
      return guarded(async (signal) => {
        const principle = get().bench.loadOptions.principle;
        progress({ phase: 'parse', name: 'the dataset from the last visit', bytesDone: 0, bytesTotal: null }, true);
        const restored = await restoreOffThread(principle, signal);
        if (signal.aborted) return;
        if (!restored || get().bench.dataset) return patch({ loading: null });
        const { result, meta } = restored;
        patch({ loading: null, loadNote: `Restored ${meta.name} from the last visit.`, dataset: loadedDataset(newId(), result, meta.name, meta.origin, principle, meta.loadedAt) });
      });
    },
  };
}
