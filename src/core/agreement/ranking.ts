import * as v from 'valibot';

/**
 * A person's ranking of one case's candidates: `tiers` best → worst, the names within one tier tied, and optional
 * scores (the app offers 1–5; imported files may use any scale). The tiers are the ranking; scores, when given,
 * must agree with them (see {@link rankingProblems}).
 */
export const RankingSchema = v.object({
  tiers: v.array(v.array(v.string())),
  scores: v.optional(v.array(v.tuple([v.string(), v.pipe(v.number(), v.finite())]))),
});
export type Ranking = v.InferOutput<typeof RankingSchema>;

/** Each ranked name with its label: higher is better (best tier = number of tiers, worst = 1). First position wins. */
export function rankingLabels(ranking: Pick<Ranking, 'tiers'>): Map<string, number> {
  const nonEmpty = ranking.tiers.filter((tier) => tier.length > 0);
  const labels = new Map<string, number>();
  nonEmpty.forEach((tier, index) => {
    for (const name of tier) if (!labels.has(name)) labels.set(name, nonEmpty.length - index);
  });
  return labels;
}

/** Tiers from scores: equal scores share a tier, higher first; within a tier, names keep `order` (then score order). */
export function tiersFromScores(scores: ReadonlyArray<readonly [string, number]>, order: readonly string[] = []): string[][] {
  const position = new Map(order.map((name, i) => [name, i]));
  const byScore = new Map<number, string[]>();
  for (const [name, score] of scores) {
    const tier = byScore.get(score);
    if (tier) tier.push(name);
    else byScore.set(score, [name]);
  }
  const rank = (name: string) => position.get(name) ?? Number.MAX_SAFE_INTEGER;
  return [...byScore.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, names]) => names.map((name, i) => ({ name, i })).sort((x, y) => rank(x.name) - rank(y.name) || x.i - y.i).map((x) => x.name));
}

/** Scores derived from the tiers: best tier = number of tiers … worst = 1 (as the Benchmark page derives them). */
export function scoresFromTiers(ranking: Pick<Ranking, 'tiers'>): Array<[string, number]> {
  return [...rankingLabels(ranking)];
}

/** One sentence per problem, each saying what is wrong and what to do. Empty when the ranking is usable. */
export function rankingProblems(ranking: Ranking, candidates: readonly string[]): string[] {
  const problems: string[] = [];
  const known = new Set(candidates);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of ranking.tiers.flat()) {
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  const unknown = [...seen].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    problems.push(`The ranking names ${quoteList(unknown)}, not a candidate of this case (candidates: ${quoteList(candidates)}): rename it to one of them or remove it from the ranking.`);
  }
  if (repeated.size > 0) problems.push(`The ranking lists ${quoteList([...repeated])} more than once: keep each candidate in one place.`);
  if (ranking.scores) {
    const labels = rankingLabels(ranking);
    const scored = new Map<string, number>();
    for (const [name, score] of ranking.scores) {
      if (!labels.has(name)) problems.push(`"${name}" has a score but is not in the ranking: rank it or drop its score.`);
      scored.set(name, score);
    }
    const contradiction = firstContradiction(labels, scored);
    if (contradiction) problems.push(contradiction);
  }
  return problems;
}

function firstContradiction(labels: ReadonlyMap<string, number>, scores: ReadonlyMap<string, number>): string | null {
  const names = [...labels.keys()].filter((name) => scores.has(name));
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [names[i]!, names[j]!];
      const dl = labels.get(a)! - labels.get(b)!;
      const ds = scores.get(a)! - scores.get(b)!;
      if (dl === 0 && ds !== 0) return `"${a}" and "${b}" are tied in the ranking but scored ${scores.get(a)} and ${scores.get(b)}: give them the same score or untie them.`;
      if (dl !== 0 && Math.sign(dl) !== Math.sign(ds)) {
        const [hi, lo] = dl > 0 ? [a, b] : [b, a];
        if (ds === 0) return `"${hi}" is ranked above "${lo}" but both are scored ${scores.get(hi)}: tie them or change a score.`;
        return `"${hi}" is ranked above "${lo}" but scored ${scores.get(hi)} against ${scores.get(lo)}: change a score or the order.`;
      }
    }
  }
  return null;
}

export function quoteList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
