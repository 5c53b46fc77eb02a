import * as v from 'valibot';
import { RankingSchema, quoteList, rankingProblems } from '../agreement/ranking.ts';

/** One named person's ranking of a case, with an optional note on why. */
export const RaterRankingSchema = v.object({
  rater: v.pipe(v.string(), v.trim(), v.nonEmpty('a ranking needs the name of who gave it')),
  ...RankingSchema.entries,
  note: v.optional(v.string()),
});
export type RaterRanking = v.InferOutput<typeof RaterRankingSchema>;

export const SuiteCandidateSchema = v.object({ name: v.pipe(v.string(), v.nonEmpty('a candidate needs a name')), text: v.string() });
export type SuiteCandidate = v.InferOutput<typeof SuiteCandidateSchema>;

/** A case of a principle's test suite: a prompt, its candidates and the rankings people gave them. */
export const SuiteCaseSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty('a case needs an id')),
  prompt: v.string(),
  candidates: v.array(SuiteCandidateSchema),
  rankings: v.array(RaterRankingSchema),
});
export type SuiteCase = v.InferOutput<typeof SuiteCaseSchema>;

/** The test suite of one saved principle (`principleId` is the library entry's id). */
export const SuiteSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  principleId: v.string(),
  cases: v.array(SuiteCaseSchema),
});
export type Suite = v.InferOutput<typeof SuiteSchema>;

/**
 * Why a case cannot go into a suite, one sentence per problem saying what to do: no prompt, a nameless candidate,
 * fewer than two candidates, two
 * candidates with one name or the same text, two rankings by one rater, or a ranking that names a candidate the
 * case lacks (or repeats one, or whose scores contradict its order). Empty when the case is fine.
 */
export function caseProblems(c: Pick<SuiteCase, 'prompt' | 'candidates' | 'rankings'>): string[] {
  const problems: string[] = [];
  if (c.prompt.trim() === '') problems.push('The case has no prompt: write the prompt the candidates answer.');
  if (c.candidates.some((x) => x.name.trim() === '')) problems.push('A candidate has no name: give each candidate a name.');
  if (c.candidates.length < 2) {
    problems.push(`The case has ${c.candidates.length === 0 ? 'no candidate' : 'only one candidate'}: add at least two (a ranking compares candidates).`);
  }
  const names = c.candidates.map((x) => x.name);
  const repeatedNames = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
  if (repeatedNames.length > 0) problems.push(`Two candidates are named ${quoteList(repeatedNames)}: rename one.`);
  const firstWithText = new Map<string, string>();
  for (const { name, text } of c.candidates) {
    const key = text.trim();
    const first = firstWithText.get(key);
    if (first === undefined) firstWithText.set(key, name);
    else if (first !== name) problems.push(`Candidates "${first}" and "${name}" have the same text: remove one or change its text (the same answer cannot be ranked against itself).`);
  }
  const raters = new Set<string>();
  for (const ranking of c.rankings) {
    if (raters.has(ranking.rater)) problems.push(`"${ranking.rater}" ranked this case twice: keep one of the two rankings.`);
    raters.add(ranking.rater);
    for (const problem of rankingProblems(ranking, names)) problems.push(`Ranking by "${ranking.rater}": ${problem}`);
  }
  return problems;
}

/** Where a stored suite was broken and what was dropped. */
export interface SuiteReadProblem {
  where: string;
  message: string;
}

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  const path = v.getDotPath(issue);
  return path ? `"${path}": ${issue.message}` : issue.message;
}

/**
 * A stored suite read back through its schema: a broken case is dropped (and listed), the valid ones kept; `null`
 * when the suite itself (id, principle, case list) is unreadable.
 */
export function readSuite(raw: unknown): { suite: Suite | null; problems: SuiteReadProblem[] } {
  const shell = v.safeParse(v.object({ id: SuiteSchema.entries.id, principleId: v.string(), cases: v.array(v.unknown()) }), raw);
  if (!shell.success) return { suite: null, problems: [{ where: 'suite', message: issueText(shell.issues) }] };
  const problems: SuiteReadProblem[] = [];
  const cases: SuiteCase[] = [];
  shell.output.cases.forEach((entry, i) => {
    const parsed = v.safeParse(SuiteCaseSchema, entry);
    if (parsed.success) cases.push(parsed.output);
    else problems.push({ where: `case ${i + 1}`, message: `${issueText(parsed.issues)}; the case was dropped` });
  });
  return { suite: { id: shell.output.id, principleId: shell.output.principleId, cases }, problems };
}
