/** How many items have a result and how many of those failed (`finished`: index → failed). */
export function countsOf(finished: ReadonlyMap<number, boolean>): { done: number; failed: number } {
  let failed = 0;
  for (const f of finished.values()) if (f) failed++;
  return { done: finished.size, failed };
}

/** Indices 0..n-1 without a result, in order: what a resume runs. */
export function pendingIndices(total: number, finished: ReadonlyMap<number, boolean>): number[] {
  const out: number[] = [];
  for (let i = 0; i < total; i++) if (!finished.has(i)) out.push(i);
  return out;
}
