import { diffWordsWithSpace } from 'diff';
import type { Disagreement } from '../agreement/caseAgreement.ts';
import type { SuiteAgreement } from './suiteAgreement.ts';

/** A case whose agreement differs between two versions' runs (`before` = version A, `after` = version B). */
export interface ChangedCase {
  caseId: string;
  /** Pairwise agreement as it counts overall (0 when the model failed on the case). */
  before: number;
  after: number;
  delta: number;
  kind: 'regression' | 'improvement';
  /** The person's pairs B gets wrong that A got right, and those B fixes. */
  broken: Array<Pick<Disagreement, 'better' | 'worse'>>;
  fixed: Array<Pick<Disagreement, 'better' | 'worse'>>;
}

export type TextPiece = { kind: 'same' | 'added' | 'removed'; text: string };

export interface VersionComparison {
  /** Regressions first (largest drop first), then improvements (largest gain first); ties in suite order. */
  changed: ChangedCase[];
  /** Cases counted in both runs with the same agreement. */
  unchanged: number;
  /** Cases counted in only one of the two runs (not run, or no figure, in the other). */
  notCompared: string[];
  /** Word-level diff of the two principle texts, white space kept: concatenating same+removed gives A, same+added gives B. */
  textDiff: TextPiece[];
}

const EPSILON = 1e-12;

/**
 * Two versions of a principle run on the same suite (results from {@link suiteAgreement} with the same rater):
 * which cases changed, regressions first, and how the two texts differ.
 */
export function compareVersions(a: SuiteAgreement, b: SuiteAgreement, textA: string, textB: string): VersionComparison {
  const afterById = new Map(b.cases.map((c) => [c.caseId, c]));
  const changed: ChangedCase[] = [];
  const notCompared: string[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const before of a.cases) {
    seen.add(before.caseId);
    const after = afterById.get(before.caseId);
    if (before.counted === null && (after?.counted ?? null) === null) continue;
    if (before.counted === null || !after || after.counted === null) {
      notCompared.push(before.caseId);
      continue;
    }
    const delta = after.counted - before.counted;
    if (Math.abs(delta) <= EPSILON) {
      unchanged++;
      continue;
    }
    const wrongA = wrongPairs(before.agreement);
    const wrongB = wrongPairs(after.agreement);
    changed.push({
      caseId: before.caseId,
      before: before.counted,
      after: after.counted,
      delta,
      kind: delta < 0 ? 'regression' : 'improvement',
      broken: [...wrongB].filter(([key]) => !wrongA.has(key)).map(([, pair]) => pair),
      fixed: [...wrongA].filter(([key]) => !wrongB.has(key)).map(([, pair]) => pair),
    });
  }
  for (const c of b.cases) if (!seen.has(c.caseId) && c.counted !== null) notCompared.push(c.caseId);
  const order = (x: ChangedCase) => (x.kind === 'regression' ? 0 : 1);
  changed.sort((x, y) => order(x) - order(y) || Math.abs(y.delta) - Math.abs(x.delta));
  return { changed, unchanged, notCompared, textDiff: wordDiff(textA, textB) };
}

/** The person's strict pairs the model does not order their way (a failed case: none listed). */
function wrongPairs(agreement: SuiteAgreement['cases'][number]['agreement']): Map<string, Pick<Disagreement, 'better' | 'worse'>> {
  const out = new Map<string, Pick<Disagreement, 'better' | 'worse'>>();
  if (agreement?.ok) for (const d of agreement.disagreements) out.set(JSON.stringify([d.better, d.worse]), { better: d.better, worse: d.worse });
  return out;
}

/** Word-level diff (the `diff` package's diffWordsWithSpace, as the library's version view shows). */
export function wordDiff(textA: string, textB: string): TextPiece[] {
  return diffWordsWithSpace(textA, textB).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}
