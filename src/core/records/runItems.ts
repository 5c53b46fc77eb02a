import type { BenchItem } from '../bench/index.ts';

export type RestoredItems =
  | { ok: true; rows: Array<{ index: number; item: BenchItem }> }
  | { ok: false; missing: number };

/**
 * The run's items that storage lacks (`missing` indices; a page closed while a new run's items were being written),
 * taken from a loaded dataset by id: index i must be the item `itemIds[i]`. Fails, saying how many are not there,
 * when the dataset lacks any of them (another dataset is loaded).
 */
export function restoreRunItems(itemIds: readonly string[], missing: readonly number[], available: readonly BenchItem[]): RestoredItems {
  const byId = new Map<string, BenchItem>();
  for (const item of available) if (!byId.has(item.id)) byId.set(item.id, item);
  const rows: Array<{ index: number; item: BenchItem }> = [];
  let absent = 0;
  for (const index of missing) {
    const id = itemIds[index];
    const item = id === undefined ? undefined : byId.get(id);
    if (item) rows.push({ index, item });
    else absent++;
  }
  return absent > 0 ? { ok: false, missing: absent } : { ok: true, rows };
}

/** Indices 0..total-1 not among `stored`, in order. */
export function missingIndices(total: number, stored: Iterable<number>): number[] {
  const have = new Set(stored);
  const out: number[] = [];
  for (let i = 0; i < total; i++) if (!have.has(i)) out.push(i);
  return out;
}
