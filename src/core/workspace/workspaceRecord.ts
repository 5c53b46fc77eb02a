import * as v from 'valibot';
import type { JudgeInput } from '../protocol/judgeInput.ts';
import { RankingSchema } from '../agreement/ranking.ts';

export interface Candidate {
  /** Stable key for lists and focus; not shown. */
  key: string;
  name: string;
  text: string;
}

/** The user's own ranking of the workspace's candidates (tiers best → worst, ties within a tier, optional 1–5 scores). */
export const MyRankingSchema = v.object({
  ...RankingSchema.entries,
  /** Saved by the user: with a blind comparison, the model's answer shows only from then on. */
  saved: v.boolean(),
});
export type MyRanking = v.InferOutput<typeof MyRankingSchema>;

/** The playground's case being written: what the next judgment will read, and the user's own ranking of it. */
export interface Workspace {
  principle: string;
  prompt: string;
  candidates: Candidate[];
  mask: boolean;
  myRanking: MyRanking | null;
  /** Hide the model's answer until the user's ranking is saved. */
  blind: boolean;
}

/** A stored ranking, or null when what is stored is not one. */
export function readMyRanking(raw: unknown): MyRanking | null {
  const r = v.safeParse(MyRankingSchema, raw);
  return r.success ? r.output : null;
}

/**
 * The ranking as it applies to the candidates now: names no longer there dropped (with their scores), a renamed
 * candidate followed; `unranked` lists the candidates the ranking does not place yet, in the workspace's order.
 */
export function rankingOfCandidates(r: MyRanking | null, names: readonly string[]): { ranking: MyRanking; unranked: string[] } {
  const known = new Set(names);
  const tiers = (r?.tiers ?? []).map((t) => t.filter((n) => known.has(n))).filter((t) => t.length > 0);
  const placed = new Set(tiers.flat());
  const scores = (r?.scores ?? []).filter(([n]) => placed.has(n));
  return { ranking: { tiers, scores, saved: r?.saved ?? false }, unranked: names.filter((n) => !placed.has(n)) };
}

/** A candidate renamed from `from` to `to` keeps its place and score in the ranking. */
export function renameInRanking(r: MyRanking | null, from: string, to: string): MyRanking | null {
  if (!r || from === to) return r;
  const rename = (n: string) => (n === from ? to : n);
  return { ...r, tiers: r.tiers.map((t) => t.map(rename)), scores: r.scores?.map(([n, s]) => [rename(n), s] as [string, number]) };
}

/** A case as files, links and history hand it to the workspace. */
export interface OpenableCase {
  principle: string;
  prompt: string;
  responses: Array<{ name: string; text: string }>;
  mask?: boolean;
}

/** What a judgment of the workspace reads. */
export function workspaceInput(w: Workspace): JudgeInput {
  return { principle: w.principle, prompt: w.prompt, responses: w.candidates.map((c) => ({ name: c.name, text: c.text })) };
}

/** A, B, …, Z, AA, AB, … — the first name not taken. */
export function nextCandidateName(taken: string[]): string {
  const set = new Set(taken);
  for (let i = 0; ; i++) {
    let n = i;
    let name = '';
    do {
      name = String.fromCharCode(65 + (n % 26)) + name;
      n = Math.floor(n / 26) - 1;
    } while (n >= 0);
    if (!set.has(name)) return name;
  }
}

/** What a first visit shows: a worked case whose candidates the example principle ranks clearly. */
export const EXAMPLE_WORKSPACE: Workspace = {
  principle:
    'Prefer the response that answers the question correctly and completely. Among correct responses, prefer the more concise one. Penalize any factual error heavily.',
  prompt: 'What causes the seasons on Earth?',
  candidates: [
    { key: 'c-a', name: 'A', text: "The seasons are caused by the tilt of Earth's axis (about 23.4°): as Earth orbits the Sun, each hemisphere is tilted toward the Sun for part of the year, getting more direct sunlight and longer days (summer), and tilted away for the other part (winter)." },
    { key: 'c-b', name: 'B', text: 'Seasons happen because Earth is closer to the Sun in summer and farther away in winter.' },
    { key: 'c-c', name: 'C', text: "Earth's axial tilt. When your hemisphere leans toward the Sun, sunlight hits it more directly and days are longer, so it is summer; when it leans away, it is winter. Distance from the Sun barely matters — Earth is actually closest to the Sun in early January." },
  ],
  mask: true,
  myRanking: null,
  blind: false,
};
