import type { DatasetKind, LoadedDataset } from '../records/run.ts';
import type { ParseResponse } from './datasetFiles.ts';

/** A dataset as the Benchmark page holds it, from what its files parsed into (notes say how each file was read). */
export function loadedDataset(id: string, result: ParseResponse, name: string, origin: string, principle: string, loadedAt: number): LoadedDataset {
  return {
    id,
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

/** A dataset kind in words. */
export function kindLabel(kind: DatasetKind): string {
  return kind === 'rabench' ? 'RABench format' : kind === 'rmbench' ? 'RM-Bench' : kind === 'rewardbench2' ? 'RewardBench 2' : 'pairwise preferences';
}
