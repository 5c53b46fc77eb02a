import type { AggregateOptions, MetricCell, ScoredItem } from './aggregate.ts';
import { bootstrapMean, bootstrapMeanCountingFailures, bootstrapRatio } from './bootstrap.ts';
import type { BootstrapOptions, Interval } from './bootstrap.ts';

/** One figure computed with unparseable outputs left out and with them counted at the metric's worst value. */
export interface TwoWayFigure {
  /** Failures left out (τ, NDCG, reward: the report's usual figure; accuracy: only the parsed items' pairs). */
  excluded: MetricCell;
  /** Failures counted: accuracy with their pairs wrong (the report's usual figure), NDCG 0, τ −1, reward 0. */
  counted: MetricCell;
  /** The two differ at the precision a table shows (one decimal of the ×100 figures, three of the reward). */
  differs: boolean;
}

export interface FiguresBothWays {
  /** Items, failures included. */
  n: number;
  failures: number;
  accuracy: TwoWayFigure;
  kendallTau: TwoWayFigure;
  ndcg: TwoWayFigure;
  weightedPairReward: TwoWayFigure;
  /**
   * Variance of the predicted scores has only one way: an unparsed output has no scores, so no variance (counting it
   * as 0 would read as "the judge gave every candidate the same score", which it did not say).
   */
  variance: MetricCell;
}

/**
 * The slice figures both ways (docs/metrics.md): with unparseable outputs left out, and with them counted at the
 * metric's worst value. The paper's NDCG cells suggest failures count as 0 there; this report's usual figures leave
 * them out of τ, NDCG and the reward and count them as wrong pairs in accuracy ({@link summarizeSlice}).
 */
export function figuresBothWays(items: readonly ScoredItem[], options?: AggregateOptions): FiguresBothWays {
  const boot = options?.bootstrap === false ? null : (options?.bootstrap ?? {});
  const parsed = items.filter((item) => !item.failed);
  const failed = items.filter((item) => item.failed);

  const accuracyOf = (list: readonly ScoredItem[]): MetricCell => {
    const correct = list.map((item) => (item.failed ? 0 : item.score.pairs.correct));
    const total = list.map((item) => item.score.pairs.total);
    const sumTotal = sum(total);
    if (sumTotal === 0) return { value: null, ci: null, n: list.length };
    return { value: (sum(correct) / sumTotal) * 100, ci: boot && scale(bootstrapRatio(correct, total, boot), 100), n: list.length };
  };

  const tauValues = parsed.flatMap((item) => (item.score.kendallTauB === null ? [] : [item.score.kendallTauB]));
  // τ is defined for a failed item when its ground truth is not constant (it has a pair to order): those count −1.
  const tauFailures = failed.filter((item) => item.score.pairs.total > 0).length;
  const ndcgValues = parsed.flatMap((item) => (item.score.ndcg === null ? [] : [item.score.ndcg]));
  // NDCG depends on the ground truth for its definition (ideal DCG > 0), which a failed item still has.
  const ndcgFailures = failed.filter((item) => item.score.ndcg !== null).length;
  const rewards = parsed.map((item) => item.score.weightedPairReward);
  const variances = parsed.flatMap((item) => (item.score.variance === null ? [] : [item.score.variance]));

  const accuracy = { excluded: accuracyOf(parsed), counted: accuracyOf(items) };
  const kendallTau = {
    excluded: meanCell(tauValues, 0, -1, 100, boot),
    counted: meanCell(tauValues, tauFailures, -1, 100, boot),
  };
  const ndcg = { excluded: meanCell(ndcgValues, 0, 0, 100, boot), counted: meanCell(ndcgValues, ndcgFailures, 0, 100, boot) };
  const weightedPairReward = {
    excluded: meanCell(rewards, 0, 0, 1, boot),
    counted: meanCell(rewards, failed.length, 0, 1, boot),
  };
  return {
    n: items.length,
    failures: failed.length,
    accuracy: withDiffers(accuracy, 0.05),
    kendallTau: withDiffers(kendallTau, 0.05),
    ndcg: withDiffers(ndcg, 0.05),
    weightedPairReward: withDiffers(weightedPairReward, 0.0005),
    variance: meanCell(variances, 0, 0, 1, boot),
  };
}

function meanCell(values: readonly number[], failures: number, worst: number, factor: number, boot: BootstrapOptions | null): MetricCell {
  const n = values.length + failures;
  if (n === 0) return { value: null, ci: null, n: 0 };
  const value = ((sum(values) + failures * worst) / n) * factor;
  if (!boot) return { value, ci: null, n };
  const ci = failures > 0 ? bootstrapMeanCountingFailures(values, failures, worst, boot) : bootstrapMean(values, boot);
  return { value, ci: scale(ci, factor), n };
}

function withDiffers(figure: { excluded: MetricCell; counted: MetricCell }, precision: number): TwoWayFigure {
  const a = figure.excluded.value;
  const b = figure.counted.value;
  return { ...figure, differs: a !== null && b !== null ? Math.abs(a - b) >= precision : a !== b };
}

function scale(interval: Interval | null, factor: number): Interval | null {
  return interval && { lo: interval.lo * factor, hi: interval.hi * factor };
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
