import { aggregateReport, bootstrapMean, figuresBothWays, type FiguresBothWays, type Interval, type SliceSummary, type StandardReport } from '../metrics/index.ts';
import { csvRows } from '../util/index.ts';
import { rewardBench2PromptResult, scoreRewardBench2, scoreRMBench, PAPER_TABLE3_COLUMNS, type BenchItem, type PaperTable3Column, type RewardBench2Score, type RewardBench2Subset, type RMBenchScore } from '../bench/index.ts';
import type { ItemSummary } from './run.ts';

export interface RMBenchReport extends RMBenchScore {
  /** 95% bootstrap interval of each domain's accuracy (over its items). */
  domainCi: Record<string, Interval | null>;
}

export interface RewardBench2Report extends RewardBench2Score {
  /** 95% bootstrap interval of each best-of-4 subset's score (over its prompts); none for Ties, scored as a whole. */
  subsetCi: Partial<Record<RewardBench2Subset, Interval | null>>;
  /** Best-of-N prompts (outside Ties) whose correct completion shares the top score with others: the 1/k rule's cases. */
  sharedTop: number;
}

/** The figures of one kind of score: the run's integer scores, or its expected scores. */
export interface ScoreFigures {
  report: StandardReport;
  bothWays: FiguresBothWays;
  rmbench: RMBenchReport | null;
  rewardbench2: RewardBench2Report | null;
}

/** The same figures on expected scores, beside the integer ones. */
export interface ExpectedRunMetrics extends ScoreFigures {
  /**
   * Items with an expected score for every scored candidate, of the items with scores. The others count on their
   * integer scores here too, so both sides count the same items.
   */
  coverage: { items: number; of: number };
}

export interface RunMetrics {
  report: StandardReport;
  /** The overall figures with unparseable outputs left out and counted at the worst value (docs/metrics.md). */
  bothWays: FiguresBothWays;
  /** RM-Bench's own scoring, when the run has RM-Bench items. */
  rmbench: RMBenchReport | null;
  /** RewardBench 2's own scoring, when the run has RewardBench 2 items. */
  rewardbench2: RewardBench2Report | null;
  /** Intervals were computed (the quick figures shown before the worker's answer arrives have none). */
  intervals: boolean;
  /** The figures on expected scores, when at least one item has them (null: integer scores only). */
  expected: ExpectedRunMetrics | null;
  /** Items with scores but no complete set of expected scores although log probabilities were asked, and the most common reason. */
  expectedMissing: { items: number; note: string | null };
}

/** METRICS.md metrics of a run's finished items: overall, per domain and per category, with seeded intervals. */
export function runMetrics(summaries: readonly ItemSummary[], intervals = true): RunMetrics {
  const integer = scoreFigures(summaries, (s) => s, intervals);
  const withScores = summaries.filter((s) => !s.failed && s.scores.length > 0);
  const covered = withScores.filter((s) => s.expected).length;
  const notes = new Map<string, number>();
  for (const s of withScores) if (!s.expected && s.expectedNote !== undefined) notes.set(s.expectedNote, (notes.get(s.expectedNote) ?? 0) + 1);
  const note = [...notes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const expected: ExpectedRunMetrics | null =
    covered === 0 ? null : { ...scoreFigures(summaries, (s) => (s.expected ? s.expected : s), intervals), coverage: { items: covered, of: withScores.length } };
  return { ...integer, intervals, expected, expectedMissing: { items: [...notes.values()].reduce((a, b) => a + b, 0), note } };
}

/** One item's scores and metrics on one kind of score. */
type Scored = { score: ItemSummary['score']; scores: ItemSummary['scores'] };

function scoreFigures(summaries: readonly ItemSummary[], pick: (s: ItemSummary) => Scored, intervals: boolean): ScoreFigures {
  const scored = summaries.map((s) => ({ score: pick(s).score, failed: s.failed, domain: s.domain, category: s.category }));
  const options = intervals ? {} : { bootstrap: false as const };
  const rm = summaries.filter((s) => s.rmbench);
  const rb2 = summaries.filter((s) => s.rewardbench2);
  return {
    report: aggregateReport(scored, options),
    bothWays: figuresBothWays(scored, options),
    rmbench: rm.length > 0 ? rmbenchReport(rm, pick, intervals) : null,
    rewardbench2: rb2.length > 0 ? rewardBench2Report(rb2, pick, intervals) : null,
  };
}

function rewardBench2Report(summaries: readonly ItemSummary[], pick: (s: ItemSummary) => Scored, intervals: boolean): RewardBench2Report {
  const results = summaries.map((s) => ({ item: stubItem(s), scores: pick(s).scores }));
  const subsetCi: RewardBench2Report['subsetCi'] = {};
  const perSubset = new Map<RewardBench2Subset, number[]>();
  let sharedTop = 0;
  for (const r of results) {
    const subset = r.item.rewardbench2!.subset;
    if (subset === 'Ties') continue;
    const value = rewardBench2PromptResult(r.item, r.scores);
    if (value > 0 && value < 1) sharedTop++;
    const list = perSubset.get(subset) ?? [];
    list.push(value * 100);
    perSubset.set(subset, list);
  }
  if (intervals) for (const [subset, values] of perSubset) subsetCi[subset] = bootstrapMean(values);
  return { ...scoreRewardBench2(results), subsetCi, sharedTop };
}

function rmbenchReport(summaries: readonly ItemSummary[], pick: (s: ItemSummary) => Scored, intervals: boolean): RMBenchReport {
  const results = summaries.map((s) => ({ item: stubItem(s), scores: pick(s).scores }));
  const score = scoreRMBench(results);
  const domainCi: Record<string, Interval | null> = {};
  if (intervals) {
    const perDomain = new Map<string, number[]>();
    for (const r of results) {
      const d = r.item.domain ?? 'unknown';
      const list = perDomain.get(d) ?? [];
      list.push(scoreRMBench([r]).overall ?? 0);
      perDomain.set(d, list);
    }
    for (const [d, values] of perDomain) domainCi[d] = bootstrapMean(values);
  }
  return { ...score, domainCi };
}

function stubItem(s: ItemSummary): BenchItem {
  const item: BenchItem = { id: s.itemId, source: s.source, principle: '', prompt: '', responses: [], gt: { scores: [], ranking: [] } };
  if (s.rmbench) item.rmbench = s.rmbench;
  if (s.rewardbench2) {
    const { names, ...info } = s.rewardbench2;
    item.rewardbench2 = info;
    item.responses = names.map((name) => ({ name, text: '' }));
  }
  if (s.domain !== undefined) item.domain = s.domain;
  return item;
}

export interface Cell {
  value: number | null;
  ci: Interval | null;
  n: number;
  few: boolean;
}

/** This run in the columns of the paper's Table 3 (domain and category cells are pairwise accuracy). */
export function table3Row(report: StandardReport): Record<PaperTable3Column, Cell | null> {
  const bySlice = (list: SliceSummary[], key: string) => list.find((s) => s.key === key);
  const acc = (s: SliceSummary | undefined): Cell | null => (s ? { value: s.accuracy.value, ci: s.accuracy.ci, n: s.n, few: s.fewItems } : null);
  const o = report.overall;
  const row = {} as Record<PaperTable3Column, Cell | null>;
  for (const c of PAPER_TABLE3_COLUMNS) {
    if (c === 'accuracy') row[c] = acc(o);
    else if (c === 'kendall_tau_x100') row[c] = { value: o.kendallTau.value, ci: o.kendallTau.ci, n: o.kendallTau.n, few: o.fewItems };
    else if (c === 'ndcg_x100') row[c] = { value: o.ndcg.value, ci: o.ndcg.ci, n: o.ndcg.n, few: o.fewItems };
    else if (c === 'variance') row[c] = { value: o.variance.value, ci: o.variance.ci, n: o.variance.n, few: o.fewItems };
    else row[c] = acc(bySlice(report.byDomain, c) ?? bySlice(report.byCategory, c));
  }
  return row;
}

/**
 * The metrics as CSV: one row per slice (overall, domains, categories), then RM-Bench's and RewardBench 2's own rows
 * if any, on the integer scores; then the same rows on the expected scores when the run has them. The last column,
 * `scores`, says which scores a row used (`integer`, or `expected` with the share of items that had them).
 */
export function metricsCsv(m: RunMetrics, runName: string): string {
  const head = [
    'run', 'slice_type', 'slice', 'items', 'failures', 'failure_rate', 'pairs_correct', 'pairs_total',
    'accuracy', 'accuracy_lo', 'accuracy_hi', 'kendall_tau_x100', 'kendall_tau_lo', 'kendall_tau_hi',
    'ndcg_x100', 'ndcg_lo', 'ndcg_hi', 'variance', 'variance_lo', 'variance_hi',
    'weighted_pair_reward', 'weighted_pair_reward_lo', 'weighted_pair_reward_hi', 'fewer_than_20_items', 'scores',
  ];
  const rows: Array<Array<string | number | null>> = [];
  figureRows(rows, m, runName, head.length, 'integer');
  if (m.expected) figureRows(rows, m.expected, runName, head.length, `expected (${m.expected.coverage.items} of ${m.expected.coverage.of} items)`);
  return csvRows([head, ...rows]);
}

function figureRows(rows: Array<Array<string | number | null>>, m: ScoreFigures, runName: string, width: number, scores: string): void {
  const slice = (type: string, s: SliceSummary) =>
    rows.push([
      runName, type, s.key, s.n, s.failures, s.failureRate, s.pairs.correct, s.pairs.total,
      s.accuracy.value, s.accuracy.ci?.lo ?? null, s.accuracy.ci?.hi ?? null,
      s.kendallTau.value, s.kendallTau.ci?.lo ?? null, s.kendallTau.ci?.hi ?? null,
      s.ndcg.value, s.ndcg.ci?.lo ?? null, s.ndcg.ci?.hi ?? null,
      s.variance.value, s.variance.ci?.lo ?? null, s.variance.ci?.hi ?? null,
      s.weightedPairReward.value, s.weightedPairReward.ci?.lo ?? null, s.weightedPairReward.ci?.hi ?? null,
      s.fewItems ? 'yes' : 'no', scores,
    ]);
  slice('overall', m.report.overall);
  for (const s of m.report.byDomain) slice('domain', s);
  for (const s of m.report.byCategory) slice('category', s);
  const blank = Array<null>(width - 12).fill(null);
  const rm = m.rmbench;
  if (rm) {
    const rmRow = (key: string, value: number | null, n: number | null, ci: Interval | null = null) =>
      rows.push([runName, 'rmbench', key, n, null, null, null, null, value, ci?.lo ?? null, ci?.hi ?? null, ...blank, scores]);
    for (const [d, s] of Object.entries(rm.domains)) rmRow(`domain:${d}`, s.accuracy, s.items, rm.domainCi[d] ?? null);
    rmRow('hard', rm.hard, rm.items);
    rmRow('normal', rm.normal, rm.items);
    rmRow('easy', rm.easy, rm.items);
    rmRow('overall (mean of domains)', rm.overall, rm.items);
  }
  const rb2 = m.rewardbench2;
  if (rb2) {
    for (const [subset, value] of Object.entries(rb2.bySubset) as Array<[RewardBench2Subset, number | null]>) {
      if (rb2.counts[subset] === 0) continue;
      const ci = rb2.subsetCi[subset] ?? null;
      rows.push([runName, 'rewardbench2', subset, rb2.counts[subset], null, null, null, null, value, ci?.lo ?? null, ci?.hi ?? null, ...blank, scores]);
    }
    rows.push([runName, 'rewardbench2', rb2.complete ? 'overall (mean of six subsets)' : 'overall (mean of the subsets present)', rb2.items, null, null, null, null, rb2.overall, null, null, ...blank, scores]);
  }
}
