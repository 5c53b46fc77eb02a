import { bootstrapMean, bootstrapRatio } from './bootstrap.ts';
import type { BootstrapOptions, Interval } from './bootstrap.ts';
import type { ItemScore, PairCount } from './types.ts';

/** A judged item as the aggregator sees it: its metrics plus whether its output could not be parsed. */
export interface ScoredItem {
  score: ItemScore;
  /** The model output could not be parsed: its pairs count in the accuracy denominator only. */
  failed: boolean;
}

/** One slice value with its bootstrap interval and the number of items that define it. */
export interface MetricCell {
  value: number | null;
  ci: Interval | null;
  /** Items contributing to the value. */
  n: number;
}

export interface SliceSummary {
  key: string;
  /** Items in the slice, failures included. */
  n: number;
  failures: number;
  /** failures / n (0 for an empty slice). */
  failureRate: number;
  /** Fewer than {@link FEW_ITEMS_THRESHOLD} items: the report should warn. */
  fewItems: boolean;
  /** Σcorrect (failures contribute 0) and Σtotal over all items. */
  pairs: PairCount;
  /** Pairwise accuracy Σcorrect / Σtotal × 100. */
  accuracy: MetricCell;
  /** Mean Kendall's τ-b × 100 over items where it is defined. */
  kendallTau: MetricCell;
  /** Mean NDCG × 100 over items where it is defined. */
  ndcg: MetricCell;
  /** Mean population variance of predicted scores over items where it is defined. */
  variance: MetricCell;
  /** Mean weighted pair reward (0..1) over items whose output was parsed. */
  weightedPairReward: MetricCell;
}

export interface AggregateOptions {
  /** Bootstrap settings, or `false` for no intervals. Default: 1,000 resamples, the default seed, 95%. */
  bootstrap?: BootstrapOptions | false;
}

export const FEW_ITEMS_THRESHOLD = 20;

/**
 * Slice values of a set of judged items (METRICS.md). Failed items (unparseable output) add their pairs to the
 * accuracy denominator and nothing to the numerator, and are left out of every mean (τ, NDCG, variance, weighted
 * pair reward): an empty prediction would otherwise earn the NDCG of the ground-truth order.
 */
export function summarizeSlice(items: readonly ScoredItem[], key = 'overall', options?: AggregateOptions): SliceSummary {
  const n = items.length;
  const correct = new Float64Array(n);
  const total = new Float64Array(n);
  const taus: number[] = [];
  const ndcgs: number[] = [];
  const variances: number[] = [];
  const rewards: number[] = [];
  let failures = 0;
  items.forEach((item, index) => {
    total[index] = item.score.pairs.total;
    if (item.failed) {
      failures++;
      return;
    }
    correct[index] = item.score.pairs.correct;
    if (item.score.kendallTauB !== null) taus.push(item.score.kendallTauB);
    if (item.score.ndcg !== null) ndcgs.push(item.score.ndcg);
    if (item.score.variance !== null) variances.push(item.score.variance);
    rewards.push(item.score.weightedPairReward);
  });

  const boot = options?.bootstrap === false ? null : (options?.bootstrap ?? {});
  const sumCorrect = sum(correct);
  const sumTotal = sum(total);
  const accuracy: MetricCell = {
    value: sumTotal > 0 ? (sumCorrect / sumTotal) * 100 : null,
    ci: sumTotal > 0 && boot ? scale(bootstrapRatio(correct, total, boot), 100) : null,
    n,
  };

  return {
    key,
    n,
    failures,
    failureRate: n === 0 ? 0 : failures / n,
    fewItems: n < FEW_ITEMS_THRESHOLD,
    pairs: { correct: sumCorrect, total: sumTotal },
    accuracy,
    kendallTau: meanCell(taus, 100, boot),
    ndcg: meanCell(ndcgs, 100, boot),
    variance: meanCell(variances, 1, boot),
    weightedPairReward: meanCell(rewards, 1, boot),
  };
}

/**
 * Slice summaries grouped by a key (domain, category, source, …), in order of first appearance.
 * Items whose key is `null`/`undefined` belong to no slice here (they still count in the overall slice).
 */
export function aggregateBy<T extends ScoredItem>(
  items: readonly T[],
  keyOf: (item: T) => string | null | undefined,
  options?: AggregateOptions,
): SliceSummary[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null || key === undefined) continue;
    let group = groups.get(key);
    if (!group) {
      group = [];
      groups.set(key, group);
    }
    group.push(item);
  }
  return [...groups].map(([key, group]) => summarizeSlice(group, key, options));
}

/** A judged item with the usual RABench slice keys. */
export interface SlicedItem extends ScoredItem {
  domain?: string;
  category?: string;
}

export interface StandardReport {
  overall: SliceSummary;
  byDomain: SliceSummary[];
  byCategory: SliceSummary[];
}

/** Overall, per-domain and per-category slices (the layout of the paper's Table 3). */
export function aggregateReport<T extends SlicedItem>(items: readonly T[], options?: AggregateOptions): StandardReport {
  return {
    overall: summarizeSlice(items, 'overall', options),
    byDomain: aggregateBy(items, (item) => item.domain, options),
    byCategory: aggregateBy(items, (item) => item.category, options),
  };
}

function meanCell(values: readonly number[], factor: number, boot: BootstrapOptions | null): MetricCell {
  if (values.length === 0) return { value: null, ci: null, n: 0 };
  return {
    value: (sum(values) / values.length) * factor,
    ci: boot ? scale(bootstrapMean(values, boot), factor) : null,
    n: values.length,
  };
}

function scale(interval: Interval | null, factor: number): Interval | null {
  return interval && { lo: interval.lo * factor, hi: interval.hi * factor };
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}
