import type { StoreApi } from 'zustand';
import { DEFAULT_RMBENCH_PRINCIPLE, readLoadOptionsPref, type DatasetFormat, type DatasetKind, type LoadedDataset } from '../../core/index.ts';
import { readCheckedPref, writePref } from '../persist/prefs.ts';
import { clearCurrentDataset } from '../persist/benchDb.ts';
import type { AppState } from '../store.ts';
import type { BenchState, DatasetLoading } from '../slices/bench.ts';
import { DatasetFetchError, fetchWithProgress, normalizeDatasetUrl } from './fetchDataset.ts';
import { parseOffThread, restoreOffThread } from './parseClient.ts';
import type { ParseResponse } from './parse.ts';
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
  benchSetLoadOptions(p: Partial<LoadOptions>): void;
  benchLoadFiles(files: readonly File[]): Promise<void>;
  benchLoadUrl(url: string): Promise<void>;
  benchLoadSpotcheck(): Promise<void>;
  benchCancelLoad(): void;
  /** RM-Bench / pairwise: judge every item under this principle. */
  benchSetDatasetPrinciple(principle: string): void;
  benchClearDataset(): Promise<void>;
  /** Restores the last loaded dataset (after a reload). */
  benchRestoreDataset(): Promise<void>;
}

export const SPOTCHECK_URL = './datasets/spotcheck.json';

const DEFAULT_OPTIONS: LoadOptions = { kind: 'auto', format: 'auto', principle: DEFAULT_RMBENCH_PRINCIPLE, domain: '' };

export function initialLoadOptions(): LoadOptions {
  return readCheckedPref('bench-load-options', (raw) => readLoadOptionsPref(raw, DEFAULT_OPTIONS));
}

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

let loadAbort: AbortController | null = null;


export function createDatasetActions(set: Set, get: Get): DatasetActions {
  const patch = (p: Partial<BenchState>) => set((s) => ({ bench: { ...s.bench, ...p } }));

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
      dataset: toDataset(result, name, origin, opts.principle, Date.now()),
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
    benchSetLoadOptions(p) {
      const loadOptions = { ...get().bench.loadOptions, ...p };
      writePref('bench-load-options', loadOptions);
      patch({ loadOptions });
    },
    benchLoadFiles(list) {
      return guarded(async (signal) => {
        const name = list.map((f) => f.name).join(', ');
        progress({ phase: 'read', name, bytesDone: 0, bytesTotal: list.reduce((n, f) => n + f.size, 0) }, true);
        const files = await Promise.all(list.map(async (f) => ({ name: f.name, buffer: await f.arrayBuffer() })));
        if (signal.aborted) return;
        await load(files, `file${list.length > 1 ? 's' : ''}: ${name}`, name, {}, signal);
      });
    },
    benchLoadUrl(raw) {
      return guarded(async (signal) => {
        const { url, name, note } = normalizeDatasetUrl(raw);
        const buffer = await download(url, name, signal);
        await load([{ name, buffer }], url, name, {}, signal);
        if (note) patch({ loadNote: note });
      });
    },
    benchLoadSpotcheck() {
      return guarded(async (signal) => {
        const name = 'spotcheck.json';
        const buffer = await download(SPOTCHECK_URL, name, signal);
        await load([{ name, buffer }], 'spot-check set (shipped with the app)', 'Spot-check set', { kind: 'rabench', format: 'json', source: 'spotcheck' }, signal);
      });
    },
    benchCancelLoad() {
      loadAbort?.abort();
      patch({ loading: null });
    },
    benchSetDatasetPrinciple(principle) {
      const d = get().bench.dataset;
      get().benchSetLoadOptions({ principle });
      if (!d || d.principle === null) return;
      patch({ dataset: { ...d, principle, items: d.items.map((i) => (i.rmbench || i.rewardbench2 || i.source === 'pairwise' ? { ...i, principle } : i)) } });
    },
    async benchClearDataset() {
      patch({ dataset: null, loadError: null, loadNote: null });
      await clearCurrentDataset().catch(() => {});
    },
    async benchRestoreDataset() {
      // Never in the way of a load the user started.
      if (loadAbort || get().bench.dataset) return;
      return guarded(async (signal) => {
        const principle = get().bench.loadOptions.principle;
        progress({ phase: 'parse', name: 'the dataset from the last visit', bytesDone: 0, bytesTotal: null }, true);
        const restored = await restoreOffThread(principle, signal);
        if (signal.aborted) return;
        if (!restored || get().bench.dataset) return patch({ loading: null });
        const { result, meta } = restored;
        patch({ loading: null, loadNote: `Restored ${meta.name} from the last visit.`, dataset: toDataset(result, meta.name, meta.origin, principle, meta.loadedAt) });
      });
    },
  };
}

function toDataset(result: ParseResponse, name: string, origin: string, principle: string, loadedAt: number): LoadedDataset {
  return {
    id: newId(),
    name,
    kind: result.kind,
    origin,
    items: result.items,
    errors: result.errors,
    notes: [...result.files.map((f) => `${f.name}: read as ${kindLabel(f.kind)} (${f.format.toUpperCase()}), ${f.items} item${f.items === 1 ? '' : 's'}${f.errors ? `, ${f.errors} problem${f.errors === 1 ? '' : 's'}` : ''}`), ...result.notes],
    principle: result.files.some((f) => f.kind !== 'rabench') ? principle : null,
    loadedAt,
  };
}

export function kindLabel(kind: DatasetKind): string {
  return kind === 'rabench' ? 'RABench format' : kind === 'rmbench' ? 'RM-Bench' : kind === 'rewardbench2' ? 'RewardBench 2' : 'pairwise preferences';
}
