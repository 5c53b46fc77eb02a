import type { BenchItem } from './types.ts';

export interface BenchSummary {
  items: number;
  /** Number of distinct principles. */
  principles: number;
  /** Item counts per domain / category, in order of first appearance; items without one are counted apart. */
  domains: Record<string, number>;
  categories: Record<string, number>;
  withoutDomain: number;
  withoutCategory: number;
  sources: Record<string, number>;
  /** Candidates per item; `null` for no items. The median of an even count is the mean of the middle two. */
  candidates: { min: number; median: number; max: number } | null;
}

export function summarizeBench(items: readonly BenchItem[]): BenchSummary {
  const domains: Record<string, number> = {};
  const categories: Record<string, number> = {};
  const sources: Record<string, number> = {};
  const principles = new Set<string>();
  let withoutDomain = 0;
  let withoutCategory = 0;
  for (const item of items) {
    principles.add(item.principle);
    if (item.domain === undefined) withoutDomain++;
    else domains[item.domain] = (domains[item.domain] ?? 0) + 1;
    if (item.category === undefined) withoutCategory++;
    else categories[item.category] = (categories[item.category] ?? 0) + 1;
    sources[item.source] = (sources[item.source] ?? 0) + 1;
  }
  const counts = items.map((item) => item.responses.length).sort((a, b) => a - b);
  const mid = counts.length >> 1;
  const candidates =
    counts.length === 0
      ? null
      : {
          min: counts[0]!,
          median: counts.length % 2 === 1 ? counts[mid]! : (counts[mid - 1]! + counts[mid]!) / 2,
          max: counts[counts.length - 1]!,
        };
  return { items: items.length, principles: principles.size, domains, categories, withoutDomain, withoutCategory, sources, candidates };
}
