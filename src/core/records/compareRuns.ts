import { pairAccuracy } from './itemSummary.ts';
import type { ItemSummary } from './run.ts';

export interface ChangedItem {
  itemId: string;
  indexA: number;
  indexB: number;
  a: ItemSummary;
  b: ItemSummary;
  /** What changed: the predicted best, the share of pairs ordered right, or whether the output parsed. */
  changes: Array<'winner' | 'accuracy' | 'failure'>;
  /** Share of ground-truth pairs ordered right in B minus in A (null when either has no pairs). */
  delta: number | null;
}

export interface RunComparison {
  /** Items judged in both runs (matched by item id). */
  shared: number;
  onlyA: number;
  onlyB: number;
  /** The scores the verdicts were read from (see {@link compareRuns}). */
  scores: CompareScores;
  /** Shared items compared on expected scores (both runs have them); the others on integer scores. 0 on integer scores. */
  onExpected: number;
  /** Pairwise accuracy (%) of each run over the shared items only. */
  accuracyA: number | null;
  accuracyB: number | null;
  changed: ChangedItem[];
  /** Among changed items: B better, B worse. */
  improved: number;
  worsened: number;
}

/** Which scores two runs are compared on: the integer scores the judge wrote, or the expected scores. */
export type CompareScores = 'integer' | 'expected';

/** The item as judged on its expected scores (ranked by them alone, as the run's metrics do). */
function onExpectedScores(s: ItemSummary): ItemSummary {
  const e = s.expected!;
  const top = Math.max(...e.scores.map(([, v]) => v));
  const best = e.scores.filter(([, v]) => v === top);
  return { ...s, score: e.score, scores: e.scores, ranking: [], predBest: best.length === 1 ? best[0]![0] : null };
}

/**
 * Items of two runs matched by id, with the ones whose verdict changed (B against A). On expected scores, an item
 * that has them in both runs is compared on them (its best, its pairs in the right order); the others, as on integer
 * scores, on the scores the judge wrote, so both runs count the same items the same way.
 */
export function compareRuns(a: ReadonlyArray<ItemSummary | undefined>, b: ReadonlyArray<ItemSummary | undefined>, scores: CompareScores = 'integer'): RunComparison {
  const byId = new Map<string, ItemSummary>();
  for (const s of a) if (s) byId.set(s.itemId, s);
  let shared = 0;
  let onlyB = 0;
  const seen = new Set<string>();
  let correctA = 0;
  let correctB = 0;
  let total = 0;
  const changed: ChangedItem[] = [];
  let improved = 0;
  let worsened = 0;
  let onExpected = 0;
  for (const item of b) {
    if (!item) continue;
    let sa = byId.get(item.itemId);
    let sb = item;
    if (!sa) {
      onlyB++;
      continue;
    }
    seen.add(sb.itemId);
    shared++;
    if (scores === 'expected' && sa.expected && sb.expected) {
      onExpected++;
      sa = onExpectedScores(sa);
      sb = onExpectedScores(sb);
    }
    correctA += sa.score.pairs.correct;
    correctB += sb.score.pairs.correct;
    total += sa.score.pairs.total;
    const pa = pairAccuracy(sa);
    const pb = pairAccuracy(sb);
    const changes: ChangedItem['changes'] = [];
    if (sa.failed !== sb.failed) changes.push('failure');
    if (sa.predBest !== sb.predBest) changes.push('winner');
    if (pa !== pb) changes.push('accuracy');
    if (changes.length === 0) continue;
    const delta = pa !== null && pb !== null ? pb - pa : null;
    if (delta !== null && delta > 0) improved++;
    if (delta !== null && delta < 0) worsened++;
    changed.push({ itemId: sb.itemId, indexA: sa.index, indexB: sb.index, a: sa, b: sb, changes, delta });
  }
  const onlyA = byId.size - seen.size;
  return {
    shared,
    onlyA,
    onlyB,
    scores,
    onExpected,
    accuracyA: total > 0 ? (correctA / total) * 100 : null,
    accuracyB: total > 0 ? (correctB / total) * 100 : null,
    changed,
    improved,
    worsened,
  };
}
