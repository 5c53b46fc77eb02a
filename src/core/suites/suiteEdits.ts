import { caseProblems, type RaterRanking, type Suite, type SuiteCase } from './suite.ts';

// Edits of a suite record. Each returns a new suite (the input is not changed) or the problems that refuse the edit,
// each saying what to do.

export type SuiteEdit = { ok: true; suite: Suite } | { ok: false; problems: string[] };

/** The case of `suite` with the same prompt and candidates as `c` (another case than `c` itself), if any. */
export function findSameCase(suite: Pick<Suite, 'cases'>, c: Pick<SuiteCase, 'prompt' | 'candidates'> & { id?: string }): SuiteCase | undefined {
  return suite.cases.find((x) => x.id !== c.id && sameCandidates(x, c));
}

const sameCandidates = (a: Pick<SuiteCase, 'prompt' | 'candidates'>, b: Pick<SuiteCase, 'prompt' | 'candidates'>) =>
  a.prompt.trim() === b.prompt.trim()
  && a.candidates.length === b.candidates.length
  && a.candidates.every((x, i) => x.name === b.candidates[i]!.name && x.text.trim() === b.candidates[i]!.text.trim());

/**
 * Adds a case ("Add to the suite of …"). Refused when {@link caseProblems} finds any, when its id is taken, or when
 * the suite already holds the same prompt and candidates (then rank that case instead).
 */
export function addCase(suite: Suite, c: SuiteCase): SuiteEdit {
  const problems = caseProblems(c);
  if (suite.cases.some((x) => x.id === c.id)) problems.push(`The suite already has a case with the id "${c.id}": give the new case another id.`);
  const twin = findSameCase(suite, c);
  if (twin) problems.push(`The suite already holds this prompt with these candidates (case "${twin.id}"): add your ranking to that case instead.`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, suite: { ...suite, cases: [...suite.cases, c] } };
}

/** Gives (or replaces) one rater's ranking of a case. Refused when the ranking does not fit the case. */
export function setRanking(suite: Suite, caseId: string, ranking: RaterRanking): SuiteEdit {
  const c = suite.cases.find((x) => x.id === caseId);
  if (!c) return { ok: false, problems: [`The suite has no case "${caseId}" (it may have been removed): add the case again.`] };
  const has = c.rankings.some((r) => r.rater === ranking.rater);
  const rankings = has ? c.rankings.map((r) => (r.rater === ranking.rater ? ranking : r)) : [...c.rankings, ranking];
  const updated = { ...c, rankings };
  const problems = caseProblems(updated);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, suite: { ...suite, cases: suite.cases.map((x) => (x === c ? updated : x)) } };
}

/** Removes a case; `undo` is what {@link restoreCase} needs to put it back where it was. */
export function removeCase(suite: Suite, caseId: string): { suite: Suite; undo: { case: SuiteCase; index: number } | null } {
  const index = suite.cases.findIndex((x) => x.id === caseId);
  if (index < 0) return { suite, undo: null };
  return { suite: { ...suite, cases: suite.cases.filter((_, i) => i !== index) }, undo: { case: suite.cases[index]!, index } };
}

/** Puts a removed case back at its place (unless a case with its id has come since). */
export function restoreCase(suite: Suite, undo: { case: SuiteCase; index: number }): Suite {
  if (suite.cases.some((x) => x.id === undo.case.id)) return suite;
  const cases = [...suite.cases];
  cases.splice(Math.min(undo.index, cases.length), 0, undo.case);
  return { ...suite, cases };
}
