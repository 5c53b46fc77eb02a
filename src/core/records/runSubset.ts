import { filterItems, sampleStratified, type BenchItem, type ItemFilter } from '../bench/index.ts';

export interface SubsetSpec {
  filter: ItemFilter;
  /** Items wanted (all that match when larger). */
  size: number;
  seed: number;
}

/** Stratum of an item for sampling: domain × category, so a subset keeps the mix of the whole. */
export const stratumOf = (item: BenchItem): string => `${item.domain ?? '-'}|${item.category ?? '-'}`;

/** The matching items, then a seeded stratified sample of them (same seed and inputs → same subset, file order). */
export function drawSubset(items: readonly BenchItem[], spec: SubsetSpec): { pool: number; items: BenchItem[] } {
  const pool = filterItems(items, spec.filter);
  return { pool: pool.length, items: sampleStratified(pool, { size: spec.size, seed: spec.seed, strata: stratumOf }) };
}

export interface Facets {
  sources: Array<[string, number]>;
  domains: Array<[string, number]>;
  categories: Array<[string, number]>;
  principles: Array<[string, number]>;
}

/** Values to filter on, with item counts, in order of first appearance. */
export function facetsOf(items: readonly BenchItem[]): Facets {
  const count = (pick: (i: BenchItem) => string | undefined) => {
    const m = new Map<string, number>();
    for (const item of items) {
      const v = pick(item);
      if (v !== undefined) m.set(v, (m.get(v) ?? 0) + 1);
    }
    return [...m];
  };
  return {
    sources: count((i) => i.source),
    domains: count((i) => i.domain),
    categories: count((i) => i.category),
    principles: count((i) => i.principle),
  };
}
