// Metrics of METRICS.md: per-item scores, consistency, slice aggregation and seeded bootstrap intervals.
export type { ItemScore, ItemScoreInput, NamedScores, PairCount } from './types.ts';
export { scoreItem } from './score-item.ts';
export { kendallTauB } from './kendall.ts';
export { consistency } from './scoreConsistency.ts';
export type { Consistency } from './scoreConsistency.ts';
export { aggregateBy, aggregateReport, summarizeSlice, FEW_ITEMS_THRESHOLD } from './aggregate.ts';
export type { AggregateOptions, MetricCell, ScoredItem, SlicedItem, SliceSummary, StandardReport } from './aggregate.ts';
export { bootstrapMean, bootstrapMeanCountingFailures, bootstrapRatio, quantileSorted, DEFAULT_CONFIDENCE, MIN_RESAMPLES } from './bootstrap.ts';
export type { BootstrapOptions, Interval, IntervalMethod } from './bootstrap.ts';
export { figuresBothWays } from './both-ways.ts';
export type { FiguresBothWays, TwoWayFigure } from './both-ways.ts';
export { DEFAULT_BOOTSTRAP_SEED, mulberry32 } from './prng.ts';
