import type { BenchItem } from './types.ts';

export interface RMBenchDomainScore {
  hard: number;
  normal: number;
  easy: number;
  /** Mean of hard, normal and easy. */
  accuracy: number;
  items: number;
}

export interface RMBenchScore {
  /** Means over the domains present, in percent (0–100); `null` when no RM-Bench item was given. */
  hard: number | null;
  normal: number | null;
  easy: number | null;
  /** Mean of the domain accuracies (RM-Bench's convention), in percent. */
  overall: number | null;
  /** Each domain's accuracy (mean of its hard/normal/easy), in percent. */
  byDomain: Record<string, number>;
  /** Each domain's hard/normal/easy/accuracy in percent and its item count. */
  domains: Record<string, RMBenchDomainScore>;
  /** Results counted, and results skipped because their item is not an RM-Bench item. */
  items: number;
  skipped: number;
}

/**
 * RM-Bench's own scoring. Per item a 3×3 matrix over styles: chosen i vs rejected j is correct only when the chosen
 * response scores strictly higher (a missing score is not correct). Per domain the matrix is averaged over items;
 * hard = mean of the upper triangle (i < j: chosen in a plainer style than rejected), normal = the diagonal,
 * easy = the lower triangle; the domain's accuracy is the mean of the three. hard, normal, easy and overall are
 * means over the domains present. All values in percent (0–100). Items without a domain count as `unknown`.
 */
export function scoreRMBench(results: ReadonlyArray<{ item: BenchItem; scores: ReadonlyArray<readonly [string, number]> }>): RMBenchScore {
  const sums = new Map<string, { matrix: Float64Array; items: number }>();
  let skipped = 0;
  let counted = 0;
  for (const { item, scores } of results) {
    const pairs = item.rmbench;
    if (!pairs) {
      skipped++;
      continue;
    }
    counted++;
    const byName = new Map<string, number>();
    for (const [name, value] of scores) if (!Number.isNaN(value)) byName.set(name, value);
    const domain = item.domain ?? 'unknown';
    let acc = sums.get(domain);
    if (!acc) {
      acc = { matrix: new Float64Array(9), items: 0 };
      sums.set(domain, acc);
    }
    acc.items++;
    for (let i = 0; i < 3; i++) {
      const chosen = byName.get(pairs.chosen[i]!);
      for (let j = 0; j < 3; j++) {
        const rejected = byName.get(pairs.rejected[j]!);
        if (chosen !== undefined && rejected !== undefined && chosen > rejected) acc.matrix[i * 3 + j]! += 1;
      }
    }
  }

  const domains: Record<string, RMBenchDomainScore> = {};
  const byDomain: Record<string, number> = {};
  for (const [domain, { matrix, items }] of sums) {
    const m = (i: number, j: number) => matrix[i * 3 + j]! / items;
    const hard = ((m(0, 1) + m(0, 2) + m(1, 2)) / 3) * 100;
    const normal = ((m(0, 0) + m(1, 1) + m(2, 2)) / 3) * 100;
    const easy = ((m(1, 0) + m(2, 0) + m(2, 1)) / 3) * 100;
    const accuracy = (hard + normal + easy) / 3;
    domains[domain] = { hard, normal, easy, accuracy, items };
    byDomain[domain] = accuracy;
  }
  const list = Object.values(domains);
  const mean = (pick: (d: RMBenchDomainScore) => number): number | null =>
    list.length === 0 ? null : list.reduce((sum, d) => sum + pick(d), 0) / list.length;
  return {
    hard: mean((d) => d.hard),
    normal: mean((d) => d.normal),
    easy: mean((d) => d.easy),
    overall: mean((d) => d.accuracy),
    byDomain,
    domains,
    items: counted,
    skipped,
  };
}
