import { deriveSeed, mulberry32 } from '../metrics/prng.ts';
import type { BenchItem } from './types.ts';

export interface SampleOptions<T> {
  /** Number of items wanted; all items are returned when it is at least their number. */
  size: number;
  seed: number;
  /** Stratum of an item (e.g. domain, or domain + category). */
  strata: (item: T) => string;
}

/**
 * Seeded stratified sample. Allocation is proportional to stratum size with largest-remainder rounding (ties go to
 * the stratum seen first), then every stratum gets at least one item when `size` allows (taken from the strata
 * most over their exact share). Within a stratum the items are drawn by a partial Fisher–Yates shuffle driven by a
 * generator seeded from `seed` and the stratum's name, so one stratum's draw does not depend on the others.
 * The same seed and inputs always give the same subset, returned in input (file) order.
 */
export function sampleStratified<T>(items: readonly T[], options: SampleOptions<T>): T[] {
  const size = Math.max(0, Math.floor(options.size));
  if (size >= items.length) return [...items];
  if (size === 0) return [];

  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = options.strata(item);
    let group = groups.get(key);
    if (!group) {
      group = [];
      groups.set(key, group);
    }
    group.push(index);
  });

  const keys = [...groups.keys()];
  const counts = keys.map((key) => groups.get(key)!.length);
  const allocation = allocate(counts, size);

  const chosen = new Uint8Array(items.length);
  keys.forEach((key, s) => {
    const indices = [...groups.get(key)!];
    const take = allocation[s]!;
    const random = mulberry32(deriveSeed(options.seed, key));
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(random() * (indices.length - i));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
      chosen[indices[i]!] = 1;
    }
  });
  return items.filter((_, index) => chosen[index] === 1);
}

/**
 * Proportional allocation of `size` over strata of the given sizes: largest remainder, then at least one per
 * stratum when `size` ≥ the number of strata. Exported for tests.
 */
export function allocate(counts: readonly number[], size: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const exact = counts.map((count) => (count * size) / total);
  const allocation = exact.map((x) => Math.floor(x));
  let left = size - allocation.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    if (allocation[i]! < counts[i]!) {
      allocation[i]!++;
      left--;
    }
  }
  if (size >= counts.length) {
    for (let i = 0; i < counts.length; i++) {
      if (allocation[i] !== 0 || counts[i] === 0) continue;
      // Take one from the stratum furthest above its exact share that can spare it.
      let donor = -1;
      for (let k = 0; k < counts.length; k++) {
        if (allocation[k]! <= 1) continue;
        if (donor === -1 || allocation[k]! - exact[k]! > allocation[donor]! - exact[donor]!) donor = k;
      }
      if (donor === -1) break;
      allocation[donor]!--;
      allocation[i] = 1;
    }
  }
  return allocation;
}

export interface ItemFilter {
  sources?: readonly string[];
  domains?: readonly string[];
  categories?: readonly string[];
  principles?: readonly string[];
}

/** Items matching every given filter (an empty or missing list does not filter); input order is kept. */
export function filterItems(items: readonly BenchItem[], filter: ItemFilter): BenchItem[] {
  const match = (list: readonly string[] | undefined, value: string | undefined): boolean =>
    !list || list.length === 0 || (value !== undefined && list.includes(value));
  return items.filter(
    (item) =>
      match(filter.sources, item.source) &&
      match(filter.domains, item.domain) &&
      match(filter.categories, item.category) &&
      match(filter.principles, item.principle),
  );
}
