import { addCase, setRanking } from './suiteEdits.ts';
import type { Suite, SuiteCase } from './suite.ts';

export interface SuiteMerge {
  suite: Suite;
  /** Cases new to the suite. */
  added: number;
  /** Rankings added to cases the suite already held (same prompt and candidates), by raters new to them. */
  rankingsAdded: number;
  /** Rankings left out because the suite already has that rater's ranking of the case (the suite's is kept). */
  kept: number;
}

const sameCase = (a: SuiteCase, b: SuiteCase) =>
  a.prompt.trim() === b.prompt.trim()
  && a.candidates.length === b.candidates.length
  && a.candidates.every((x, i) => x.name === b.candidates[i]!.name && x.text.trim() === b.candidates[i]!.text.trim());

/**
 * Merges imported cases into a suite without overwriting anything: a case the suite already holds (same prompt and
 * candidates) gains the rankings of raters it lacks; a new case is added (under `newId()` when its id is taken).
 */
export function mergeSuite(suite: Suite, incoming: readonly SuiteCase[], newId: () => string): SuiteMerge {
  let current = suite;
  let added = 0;
  let rankingsAdded = 0;
  let kept = 0;
  for (const c of incoming) {
    const twin = current.cases.find((x) => sameCase(x, c));
    if (twin) {
      for (const r of c.rankings) {
        if (twin.rankings.some((x) => x.rater === r.rater)) {
          kept++;
          continue;
        }
        const edit = setRanking(current, twin.id, r);
        if (edit.ok) {
          current = edit.suite;
          rankingsAdded++;
        }
      }
      continue;
    }
    const id = current.cases.some((x) => x.id === c.id) ? newId() : c.id;
    const edit = addCase(current, { ...c, id });
    if (edit.ok) {
      current = edit.suite;
      added++;
    }
  }
  return { suite: current, added, rankingsAdded, kept };
}
