import type { BenchItem } from '../bench/index.ts';
import type { EngineRef } from './judgmentRecord.ts';
import type { RunRecord } from './run.ts';

/** What a new run is made of; everything else of its record starts at zero. */
export type NewRun = Pick<RunRecord, 'id' | 'name' | 'dataset' | 'principleOverride' | 'sampling' | 'mask' | 'subset' | 'concurrency'> & {
  items: readonly BenchItem[];
  engine: EngineRef;
  /** When it was made (ms since the epoch). */
  now: number;
};

/** The record of a run that has not judged anything yet: paused, nothing done, nothing failed. */
export function newRunRecord(r: NewRun): RunRecord {
  return {
    id: r.id,
    name: r.name,
    createdAt: r.now,
    updatedAt: r.now,
    dataset: r.dataset,
    itemIds: r.items.map((i) => i.id),
    principleOverride: r.principleOverride,
    engine: r.engine,
    sampling: r.sampling,
    mask: r.mask,
    subset: r.subset,
    concurrency: r.concurrency,
    status: 'paused',
    interrupted: false,
    counts: { done: 0, failed: 0 },
    activeMs: 0,
    lastError: null,
    imported: false,
  };
}
