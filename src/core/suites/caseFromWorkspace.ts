import type { Candidate, MyRanking } from '../workspace/workspaceRecord.ts';
import type { SuiteCase } from './suite.ts';

/** The playground's case as a suite case with the user's ranking as `rater`'s (scores only when some were given). */
export function caseFromWorkspace(w: { prompt: string; candidates: readonly Candidate[] }, ranking: MyRanking, rater: string): Omit<SuiteCase, 'id'> {
  const scores = ranking.scores && ranking.scores.length > 0 ? { scores: ranking.scores.map(([n, s]) => [n, s] as [string, number]) } : {};
  return {
    prompt: w.prompt,
    candidates: w.candidates.map((c) => ({ name: c.name, text: c.text })),
    rankings: [{ rater, tiers: ranking.tiers.map((t) => [...t]), ...scores }],
  };
}
