import type { BenchItem, ItemFilter, ItemSummary, LoadedDataset, RunRecord } from '../../core/index.ts';
import type { LiveProgress } from '../bench/viewBatch.ts';
import { createDatasetActions, DEFAULT_LOAD_OPTIONS, type DatasetActions, type LoadOptions } from '../bench/datasetActions.ts';
import { createRunActions, type RunActions } from '../bench/runActions.ts';
import type { SerializedError } from '../../engine/errors.ts';
import type { SliceCreator } from './sliceCreator.ts';

export interface DatasetLoading {
  phase: 'download' | 'read' | 'parse';
  name: string;
  bytesDone: number;
  bytesTotal: number | null;
}

/** The run on screen: its record, a summary per finished item (by index) and, while it runs here, its progress. */
export interface RunView {
  run: RunRecord;
  summaries: Array<ItemSummary | undefined>;
  /** In flight now, recent rates and the first items streaming (refreshed a few times a second); null when idle. */
  live: LiveProgress | null;
}

export interface BenchState {
  initialized: boolean;
  dataset: LoadedDataset | null;
  loadOptions: LoadOptions;
  loading: DatasetLoading | null;
  loadError: SerializedError | null;
  /** Something worth saying about the last load (a rewritten URL, a restored dataset). */
  loadNote: string | null;
  /** Every run, newest first (records only: small). */
  runs: RunRecord[];
  /** Runs found cut off by a reload, a crash or a closed tab when the page started. */
  interrupted: string[];
  view: RunView | null;
  /** The run a runner is working on now (at most one). */
  runningId: string | null;
  /** Runs another tab of this browser is judging, as last checked (they cannot be resumed here meanwhile). */
  elsewhere: string[];
  runError: SerializedError | null;
  /** A second run to compare the viewed one with. */
  compare: { run: RunRecord; summaries: Array<ItemSummary | undefined> } | null;
}

export interface StartRunConfig {
  name: string;
  items: BenchItem[];
  subset: { filter: ItemFilter; size: number; seed: number; pool: number };
  principleOverride: string | null;
  mask: boolean;
}

export interface BenchSlice {
  bench: BenchState;
  benchActions: DatasetActions & RunActions;
}

export const createBenchSlice: SliceCreator<BenchSlice> = (set, get) => ({
  bench: {
    initialized: false,
    dataset: null,
    loadOptions: DEFAULT_LOAD_OPTIONS,
    loading: null,
    loadError: null,
    loadNote: null,
    runs: [],
    interrupted: [],
    view: null,
    runningId: null,
    elsewhere: [],
    runError: null,
    compare: null,
  },
  benchActions: { ...createDatasetActions(set, get), ...createRunActions(set, get) },
});
