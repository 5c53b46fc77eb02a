import { type BenchItem, summarizeResult, type ItemResult, type ItemSummary } from '../../core/index.ts';
import { forEachResult, getRunItem, getRunItemRange, getRunItems, putResult, putResultsAndRun, putRun } from '../persist/benchDb.ts';
import type { RunStorage } from './runner.ts';
import { ItemReadAhead } from './itemReadAhead.ts';

/** Items are read in blocks, one transaction for the next 64 (the runner asks for them in order). */
const readAhead = new ItemReadAhead(getRunItemRange, getRunItem);

/** The runner's storage in the app: the bench IndexedDB database. */
export const idbRunStorage: RunStorage = {
  async getItem(runId, index) {
    const item = await readAhead.get(runId, index);
    if (!item) throw new Error(`item ${index} of run ${runId} is missing from storage`);
    return item;
  },
  putResult,
  putRun,
  putResultsAndRun,
};

/** A run's per-item summaries (by index) and which items are finished, read from storage. */
export async function loadSummaries(runId: string, count: number): Promise<{ summaries: Array<ItemSummary | undefined>; finished: Map<number, boolean>; items: BenchItem[] }> {
  const items = await getRunItems(runId);
  const summaries: Array<ItemSummary | undefined> = new Array<ItemSummary | undefined>(Math.max(count, items.length)).fill(undefined);
  const finished = new Map<number, boolean>();
  await forEachResult(runId, (r) => {
    const item = items[r.index];
    if (!item) return;
    summaries[r.index] = summarizeResult(item, r);
    finished.set(r.index, r.failed);
  });
  return { summaries, finished, items };
}

/** Every result of a run by index (for export). */
export async function loadResults(runId: string): Promise<Map<number, ItemResult>> {
  const out = new Map<number, ItemResult>();
  await forEachResult(runId, (r) => out.set(r.index, r));
  return out;
}
