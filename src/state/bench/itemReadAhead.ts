import type { BenchItem } from '../../core/index.ts';

/** Reads the stored items of indices from..to (inclusive) of a run: those there are, in any order. */
export type ReadItemRange = (runId: string, from: number, to: number) => Promise<Array<{ index: number; item: BenchItem }>>;
export type ReadItem = (runId: string, index: number) => Promise<BenchItem | undefined>;

/** Items one read brings: about the number of requests in flight, so a run at 64 reads once per 64 items. */
export const READ_AHEAD = 64;

/**
 * A run's items read in blocks: the runner asks for them in index order, one at a time, and each read was a
 * transaction of its own (at 64 in flight, the IndexedDB transaction cost as much as the item's result write). Asked
 * for an index outside the block held, it reads the `size` items from there on in one go; asks within a block wait
 * for its read. An index the block lacks (stored since, or never) is read on its own; a failed read is not kept.
 */
export class ItemReadAhead {
  private block: { runId: string; from: number; to: number; items: Promise<Map<number, BenchItem>> } | null = null;

  constructor(
    private readonly readRange: ReadItemRange,
    private readonly readOne: ReadItem,
    private readonly size = READ_AHEAD,
  ) {}

  async get(runId: string, index: number): Promise<BenchItem | undefined> {
    let b = this.block;
    if (!b || b.runId !== runId || index < b.from || index > b.to) {
      const from = index;
      const to = index + this.size - 1;
      b = { runId, from, to, items: this.readRange(runId, from, to).then((rows) => new Map(rows.map((r) => [r.index, r.item]))) };
      this.block = b;
    }
    let items: Map<number, BenchItem>;
    try {
      items = await b.items;
    } catch {
      if (this.block === b) this.block = null;
      return this.readOne(runId, index);
    }
    return items.get(index) ?? this.readOne(runId, index);
  }
}
