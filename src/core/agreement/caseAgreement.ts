import { kendallTauB } from '../metrics/kendall.ts';
import type { NamedScores } from '../metrics/types.ts';
import { quoteList, rankingLabels, type Ranking } from './ranking.ts';

/** A pair the person orders strictly (`better` above `worse`) that the model orders the other way or ties. */
export interface Disagreement {
  better: string;
  worse: string;
  /** `reversed`: the model scores `worse` higher; `tied`: the model gives both the same score. */
  kind: 'reversed' | 'tied';
  betterScore: number;
  worseScore: number;
}

export type NoAgreementReason =
  | { kind: 'too-few-labels'; message: string }
  | { kind: 'no-scores'; message: string }
  | { kind: 'unscored'; names: string[]; message: string };

export interface AgreementFigures {
  ok: true;
  /** Over the person's strict pairs: `agree` ordered the same way, `reversed` the other way, `tied` by the model. */
  pairs: { agree: number; reversed: number; tied: number; total: number };
  /** (agree + ½·tied) / total, in 0..1: a model tie counts half, as in the benchmark's pairwise accuracy. */
  pairwise: number;
  /** Kendall's τ-b between the person's labels and the model's scores; null when the model gives one score to all. */
  tauB: number | null;
  /** True when every candidate the model scores highest is in the person's best tier (see {@link caseAgreement}). */
  top1: boolean;
  /** The person's best tier and the model's highest-scored names (among the ranked ones). */
  userBest: string[];
  modelBest: string[];
  /** Reversed pairs first, then ties; each group in the person's order of the better candidate. */
  disagreements: Disagreement[];
}

export type CaseAgreement = AgreementFigures | { ok: false; reason: NoAgreementReason };

/**
 * How far the model's scores agree with a person's ranking of one case. Only the names in the ranking count (a
 * name ranked twice counts at its first place); the model's ranking list is not used, only its scores.
 *
 * - **Pairwise agreement**: over every pair the person orders strictly (different tiers), 1 when the model scores the
 *   better one higher, ½ when it gives both the same score, 0 when it scores the worse one higher; the mean.
 * - **Kendall's τ-b** between the person's tier labels (best tier highest) and the model's scores (METRICS.md).
 * - **Top-1 match**: every name the model scores highest is in the person's best tier. A person's tie at the top
 *   accepts any of its names; a model's tie at the top must lie entirely within the person's best tier (so a model
 *   giving every candidate the same score never matches a person who has a best tier smaller than all).
 *
 * No figure, with a reason, when the person's ranking has fewer than two distinct labels, when the model gave no
 * scores, or when it left a ranked candidate without a score.
 */
export function caseAgreement(ranking: Pick<Ranking, 'tiers'>, modelScores: NamedScores | null): CaseAgreement {
  const labels = rankingLabels(ranking);
  const distinct = new Set(labels.values()).size;
  if (distinct < 2) {
    const message = labels.size < 2
      ? 'Fewer than two candidates are ranked: rank at least two to compare with the model.'
      : 'Every candidate is in one tie: there is no order to compare with the model. Put at least one above another.';
    return { ok: false, reason: { kind: 'too-few-labels', message } };
  }
  if (!modelScores || modelScores.length === 0) {
    return { ok: false, reason: { kind: 'no-scores', message: 'The model gave no scores for this case (see the judgment\'s problems), so there is no agreement figure.' } };
  }
  const scores = new Map(modelScores);
  const names = [...labels.keys()];
  const unscored = names.filter((name) => !scores.has(name));
  if (unscored.length > 0) {
    return {
      ok: false,
      reason: { kind: 'unscored', names: unscored, message: `The model gave no score for ${quoteList(unscored)}, so there is no agreement figure: run the case again.` },
    };
  }

  let agree = 0;
  const reversed: Disagreement[] = [];
  const tied: Disagreement[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const li = labels.get(names[i]!)!;
      const lj = labels.get(names[j]!)!;
      if (li === lj) continue;
      const [better, worse] = li > lj ? [names[i]!, names[j]!] : [names[j]!, names[i]!];
      const betterScore = scores.get(better)!;
      const worseScore = scores.get(worse)!;
      if (betterScore > worseScore) agree++;
      else if (betterScore === worseScore) tied.push({ better, worse, kind: 'tied', betterScore, worseScore });
      else reversed.push({ better, worse, kind: 'reversed', betterScore, worseScore });
    }
  }
  const total = agree + reversed.length + tied.length;
  const place = new Map(names.map((name, i) => [name, i]));
  const byPlace = (a: Disagreement, b: Disagreement) => place.get(a.better)! - place.get(b.better)! || place.get(a.worse)! - place.get(b.worse)!;

  const top = Math.max(...labels.values());
  const userBest = names.filter((name) => labels.get(name) === top);
  const best = Math.max(...names.map((name) => scores.get(name)!));
  const modelBest = names.filter((name) => scores.get(name) === best);

  return {
    ok: true,
    pairs: { agree, reversed: reversed.length, tied: tied.length, total },
    pairwise: (agree + tied.length / 2) / total,
    tauB: kendallTauB(names.map((name) => labels.get(name)!), names.map((name) => scores.get(name)!)),
    top1: modelBest.every((name) => userBest.includes(name)),
    userBest,
    modelBest,
    disagreements: [...reversed.sort(byPlace), ...tied.sort(byPlace)],
  };
}
