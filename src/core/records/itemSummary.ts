import { scoreItem } from '../metrics/index.ts';
import type { BenchItem } from '../bench/index.ts';
import type { FinishReason } from './sampling.ts';
import type { ParsedJudgeOutput } from '../protocol/index.ts';
import type { FailureKind, ItemResult, ItemSummary, RunError } from './run.ts';

/**
 * Whether a judgment gave no usable prediction, and why: an engine error (context too long, a server error after
 * retries, a stream cut before the answer) or an output with neither scores nor a ranking. METRICS.md counts their
 * pairs in the accuracy denominator only. A partial answer with some scores is scored as it is.
 */
export function classifyFailure(r: { raw: string; parsed: ParsedJudgeOutput | null; error: RunError | null; finishReason: FinishReason | null }): FailureKind | null {
  const usable = r.parsed !== null && (r.parsed.scores.length > 0 || r.parsed.ranking.length > 0);
  if (usable) return null;
  if (r.error && r.error.kind === 'context-exceeded') return 'context-exceeded';
  if (r.error && r.error.kind === 'invalid-input') return 'invalid-input';
  if (r.finishReason === 'length') return 'truncated';
  // The engine failed or the stream broke before an answer: what did arrive is kept in `raw`.
  if (r.error) return 'engine-error';
  return 'unparseable';
}

export const FAILURE_LABELS: Record<FailureKind, string> = {
  unparseable: 'Output could not be parsed',
  'context-exceeded': 'Context too long',
  truncated: 'Stopped at max tokens before the answer',
  'engine-error': 'Engine error',
  'invalid-input': 'Invalid item',
};

/** Names with the highest ground-truth score (several on a tie). */
export function gtBestOf(item: BenchItem): string[] {
  let best = -Infinity;
  for (const [, v] of item.gt.scores) if (v > best) best = v;
  return item.gt.scores.filter(([, v]) => v === best).map(([n]) => n);
}

/** The predicted best: the head of the ranking, else the single highest score, else null. */
export function predBestOf(scores: ReadonlyArray<readonly [string, number]>, ranking: readonly string[]): string | null {
  if (ranking.length > 0) return ranking[0]!;
  let best: string | null = null;
  let bestValue = -Infinity;
  let tie = false;
  for (const [name, value] of scores) {
    if (value > bestValue) {
      best = name;
      bestValue = value;
      tie = false;
    } else if (value === bestValue) tie = true;
  }
  return tie ? null : best;
}

/** The per-item summary the store keeps, computed once when the item finishes (or from an imported result). */
export function summarizeResult(item: BenchItem, result: ItemResult): ItemSummary {
  const scores = result.failed ? [] : (result.parsed?.scores ?? []);
  const ranking = result.failed ? [] : (result.parsed?.ranking ?? []);
  const summary: ItemSummary = {
    index: result.index,
    itemId: item.id,
    source: item.source,
    failed: result.failed,
    failure: result.failure,
    score: scoreItem({ gt: item.gt.scores, scores, ranking }),
    scores: scores.map(([n, v]): [string, number] => [n, v]),
    ranking: [...ranking],
    gtBest: gtBestOf(item),
    predBest: predBestOf(scores, ranking),
    ms: result.ms,
    decodeTokensPerSec: result.stats?.decodeTokensPerSec ?? null,
    completionTokens: result.stats?.completionTokens ?? null,
    attempts: result.attempts,
  };
  if (item.domain !== undefined) summary.domain = item.domain;
  if (item.category !== undefined) summary.category = item.category;
  if (item.rmbench) summary.rmbench = item.rmbench;
  if (item.rewardbench2) summary.rewardbench2 = { ...item.rewardbench2, names: item.responses.map((r) => r.name) };
  const expected = expectedOfScored(scores, result.expected);
  if (expected) summary.expected = { scores: expected, score: scoreItem({ gt: item.gt.scores, scores: expected, ranking: [] }) };
  else if (!result.failed && result.expectedNote !== undefined) summary.expectedNote = result.expectedNote;
  if (result.reasoningBudget?.cut) summary.budgetCut = true;
  return summary;
}

/**
 * The expected score of every scored name, in `scores` order, or null when some scored name has none (the item then
 * counts on its integer scores on both sides). Repeated names take their last value, as the scores do.
 */
export function expectedOfScored(scores: ReadonlyArray<readonly [string, number]>, expected: ReadonlyArray<readonly [string, number]> | undefined): Array<[string, number]> | null {
  if (!expected || expected.length === 0 || scores.length === 0) return null;
  const byName = new Map<string, number>();
  for (const [name, value] of expected) if (Number.isFinite(value)) byName.set(name, value);
  const out: Array<[string, number]> = [];
  for (const [name] of scores) {
    const value = byName.get(name);
    if (value === undefined) return null;
    out.push([name, value]);
  }
  return out;
}

/** The correctness verdict of an item for comparisons: share of ground-truth pairs ordered right (null: none). */
export function pairAccuracy(s: ItemSummary): number | null {
  return s.score.pairs.total > 0 ? s.score.pairs.correct / s.score.pairs.total : null;
}
