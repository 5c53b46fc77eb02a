/** One transaction of a chunked write: `put` queues a row (IndexedDB clones it there and then), `done` commits. */
export interface ChunkTx {
  put(index: number): void;
  done: Promise<void>;
}

export interface ChunkOptions {
  /** Main-thread time one transaction's puts may take before the rest go in the next transaction. */
  budgetMs: number;
  /** Rows per transaction at most (whatever the clock says). */
  max: number;
  now?: () => number;
}

/** Main-thread time per chunk: well under the 50 ms of a long task, leaving room for the commit and a frame. */
export const CHUNK_BUDGET_MS = 16;
export const CHUNK_MAX = 500;

/**
 * Writes rows 0..count-1 in several transactions, each putting rows until `budgetMs` has gone by (cloning a row is
 * synchronous: thousands in one transaction froze the page for most of a second). Each transaction commits before
 * the next opens, so the page draws and takes input in between, and a page closed meanwhile keeps every chunk
 * committed before it. `open(first)` starts the transaction whose first row is `first`. Resolves with the number of
 * transactions.
 */
export async function writeInChunks(count: number, open: (first: number) => ChunkTx, o: ChunkOptions): Promise<number> {
  const now = o.now ?? (() => performance.now());
  let next = 0;
  let chunks = 0;
  do {
    const tx = open(next);
    const t0 = now();
    const end = Math.min(count, next + Math.max(1, o.max));
    while (next < end) {
      tx.put(next++);
      if (now() - t0 >= o.budgetMs) break;
    }
    chunks++;
    await tx.done;
  } while (next < count);
  return chunks;
}
