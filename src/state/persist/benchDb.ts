import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { CHUNK_BUDGET_MS, CHUNK_MAX, writeInChunks } from './chunkedWrite.ts';
import { checkResultExpected, checkRunFigures, type BenchItem, type DatasetFormat, type DatasetKind, type ItemResult, type RunRecord } from '../../core/index.ts';

/** The file(s) of the last loaded dataset, kept as bytes so a reload restores it (parsed again off the main thread). */
export interface StoredDataset {
  id: string;
  name: string;
  origin: string;
  files: Array<{ name: string; bytes: ArrayBuffer }>;
  options: { kind: DatasetKind | 'auto'; format: DatasetFormat | 'auto'; principle: string; domain: string; source?: string };
  loadedAt: number;
}

export interface RunItemRow {
  runId: string;
  index: number;
  item: BenchItem;
}

interface BenchDB extends DBSchema {
  datasets: { key: string; value: StoredDataset };
  runs: { key: string; value: RunRecord; indexes: { status: string } };
  runItems: { key: [string, number]; value: RunItemRow };
  results: { key: [string, number]; value: ItemResult };
}

/** The benchmark's own database (the app's main one is `rewardanything-playground`). */
export const BENCH_DB_NAME = 'rewardanything-bench';
const CURRENT_DATASET = 'current';

let dbPromise: Promise<IDBPDatabase<BenchDB>> | null = null;

function benchDb(): Promise<IDBPDatabase<BenchDB>> {
  dbPromise ??= openDB<BenchDB>(BENCH_DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('datasets', { keyPath: 'id' });
      const runs = d.createObjectStore('runs', { keyPath: 'id' });
      runs.createIndex('status', 'status');
      d.createObjectStore('runItems', { keyPath: ['runId', 'index'] });
      d.createObjectStore('results', { keyPath: ['runId', 'index'] });
    },
  });
  return dbPromise;
}

const ignore = () => {};

const runRange = (runId: string) => IDBKeyRange.bound([runId, -Infinity], [runId, Infinity]);

export async function saveCurrentDataset(d: Omit<StoredDataset, 'id'>): Promise<void> {
  await (await benchDb()).put('datasets', { ...d, id: CURRENT_DATASET });
}

export async function loadCurrentDataset(): Promise<StoredDataset | undefined> {
  return (await benchDb()).get('datasets', CURRENT_DATASET);
}

export async function clearCurrentDataset(): Promise<void> {
  await (await benchDb()).delete('datasets', CURRENT_DATASET);
}

export async function putRun(run: RunRecord): Promise<void> {
  await (await benchDb()).put('runs', run);
}

export async function getRun(id: string): Promise<RunRecord | undefined> {
  const run = await (await benchDb()).get('runs', id);
  return run && checkRunFigures(run).run;
}

/** Every run, newest first. */
export async function listRuns(): Promise<RunRecord[]> {
  const all = await (await benchDb()).getAll('runs');
  return all.map((r) => checkRunFigures(r).run).sort((a, b) => b.createdAt - a.createdAt);
}

/**
 * A new run with its items. The record goes in the first transaction, the items in several short ones (5,000 items
 * in one transaction held the main thread for 0.9 s): a page closed meanwhile leaves the run paused with some of its
 * items stored, which `storedItemIndices` tells and resuming completes (`putRunItems`) from the loaded dataset.
 */
export async function createRun(run: RunRecord, items: readonly BenchItem[]): Promise<void> {
  await putRunItems(run.id, items.map((item, index) => ({ index, item })), run);
}

/** Items of a run under their indices, in short transactions (with the run's record in the first when given). */
export async function putRunItems(runId: string, rows: ReadonlyArray<{ index: number; item: BenchItem }>, run?: RunRecord): Promise<void> {
  const d = await benchDb();
  await writeInChunks(
    rows.length,
    (first) => {
      const tx = d.transaction(['runs', 'runItems'], 'readwrite');
      if (first === 0 && run) tx.objectStore('runs').put(run).catch(ignore);
      const store = tx.objectStore('runItems');
      // A failed put fails the transaction: `done` reports it.
      return { put: (i) => void store.put({ runId, index: rows[i]!.index, item: rows[i]!.item }).catch(ignore), done: tx.done };
    },
    { budgetMs: CHUNK_BUDGET_MS, max: CHUNK_MAX },
  );
}

/** The indices of the run's stored items (keys only: no item is read). */
export async function storedItemIndices(runId: string): Promise<number[]> {
  const keys = await (await benchDb()).getAllKeys('runItems', runRange(runId));
  return keys.map((k) => k[1]);
}

/**
 * An imported run with its items and results, in short transactions as a new run's items are (a run file of
 * thousands of items in one transaction would hold the main thread as long). The run's record goes in the last, so
 * a page closed meanwhile shows no half-imported run: importing the file again writes it whole.
 */
export async function putImportedRun(run: RunRecord, items: readonly BenchItem[], results: readonly ItemResult[]): Promise<void> {
  const d = await benchDb();
  const rows = items.length + results.length + 1;
  await writeInChunks(
    rows,
    () => {
      const tx = d.transaction(['runs', 'runItems', 'results'], 'readwrite');
      const itemStore = tx.objectStore('runItems');
      const resultStore = tx.objectStore('results');
      const put = (i: number) => {
        if (i < items.length) return itemStore.put({ runId: run.id, index: i, item: items[i]! });
        if (i < rows - 1) return resultStore.put(results[i - items.length]!);
        return tx.objectStore('runs').put(run);
      };
      // A failed put fails the transaction: `done` reports it.
      return { put: (i) => void put(i).catch(ignore), done: tx.done };
    },
    { budgetMs: CHUNK_BUDGET_MS, max: CHUNK_MAX },
  );
}

export async function deleteRun(id: string): Promise<void> {
  const d = await benchDb();
  const tx = d.transaction(['runs', 'runItems', 'results'], 'readwrite');
  await Promise.all([
    tx.objectStore('runs').delete(id),
    tx.objectStore('runItems').delete(runRange(id)),
    tx.objectStore('results').delete(runRange(id)),
    tx.done,
  ]);
}

export async function getRunItem(runId: string, index: number): Promise<BenchItem | undefined> {
  return (await (await benchDb()).get('runItems', [runId, index]))?.item;
}

/** The stored items of indices from..to (inclusive) of a run, in one read. */
export async function getRunItemRange(runId: string, from: number, to: number): Promise<RunItemRow[]> {
  return (await benchDb()).getAll('runItems', IDBKeyRange.bound([runId, from], [runId, to]));
}

/** The run's items in run order. */
export async function getRunItems(runId: string): Promise<BenchItem[]> {
  const rows = await (await benchDb()).getAll('runItems', runRange(runId));
  return rows.sort((a, b) => a.index - b.index).map((r) => r.item);
}

export async function putResult(result: ItemResult): Promise<void> {
  await (await benchDb()).put('results', result);
}

/** An item's result and its run's record in one transaction (one commit). */
/** Results and their run in one transaction (one commit for a batch of finished items). */
export async function putResultsAndRun(results: readonly ItemResult[], run: RunRecord): Promise<void> {
  const d = await benchDb();
  const tx = d.transaction(['results', 'runs'], 'readwrite');
  const store = tx.objectStore('results');
  await Promise.all([...results.map((r) => store.put(r)), tx.objectStore('runs').put(run), tx.done]);
}

export async function getResult(runId: string, index: number): Promise<ItemResult | undefined> {
  const result = await (await benchDb()).get('results', [runId, index]);
  return result && checkResultExpected(result);
}

/** Visits the run's results in index order, one at a time (raw outputs are not all held at once). */
export async function forEachResult(runId: string, visit: (r: ItemResult) => void): Promise<void> {
  const d = await benchDb();
  let cursor = await d.transaction('results').store.openCursor(runRange(runId));
  while (cursor) {
    visit(checkResultExpected(cursor.value));
    cursor = await cursor.continue();
  }
}

/**
 * Runs still marked "running" when the page starts were cut off by a reload, a crash or a closed tab, unless another
 * tab is judging them now (`live`): mark the others paused and interrupted, so the page can offer to resume them.
 * Returns them.
 */
export async function markInterruptedRuns(live: ReadonlySet<string> = new Set()): Promise<RunRecord[]> {
  const d = await benchDb();
  const tx = d.transaction('runs', 'readwrite');
  const out: RunRecord[] = [];
  let cursor = await tx.store.index('status').openCursor('running');
  while (cursor) {
    if (live.has(cursor.value.id)) {
      cursor = await cursor.continue();
      continue;
    }
    const run: RunRecord = { ...cursor.value, status: 'paused', interrupted: true };
    await cursor.update(run);
    out.push(run);
    cursor = await cursor.continue();
  }
  await tx.done;
  return out;
}
