import * as v from 'valibot';
import type { NamedScores } from '../metrics/types.ts';
import type { Suite } from './suite.ts';

/** What one case of a suite run gave: the model's scores (null: its output could not be read), and why not. */
export const SuiteRunResultSchema = v.object({
  caseId: v.string(),
  scores: v.nullable(v.array(v.tuple([v.string(), v.pipe(v.number(), v.finite())]))),
  /** What went wrong when there are no scores (the engine's error, or the parser's problem). */
  problem: v.optional(v.string()),
});
export type SuiteRunResult = v.InferOutput<typeof SuiteRunResultSchema>;

export const SuiteRunStatusSchema = v.picklist(['running', 'paused', 'done']);
export type SuiteRunStatus = v.InferOutput<typeof SuiteRunStatusSchema>;

/**
 * One run of a principle's suite with one version of the principle and one engine. Results are kept per case as
 * they land, so a run cut off (a reload, a pause) goes on with the cases it lacks.
 */
export const SuiteRunSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  principleId: v.string(),
  /** The version's index in the saved principle's history (0 = v1) and its text, as run. */
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  principleText: v.string(),
  engine: v.object({ kind: v.picklist(['webllm', 'openai']), modelId: v.string() }),
  status: SuiteRunStatusSchema,
  results: v.array(SuiteRunResultSchema),
  createdAt: v.number(),
  updatedAt: v.number(),
  /** Why the run stopped before its end (an engine that cannot judge), said to the user. */
  lastError: v.optional(v.nullable(v.string())),
});
export type SuiteRun = v.InferOutput<typeof SuiteRunSchema>;

/** A stored run read through its schema; null (with why) when it cannot be read. */
export function readSuiteRun(raw: unknown): { run: SuiteRun | null; problem: string | null } {
  const parsed = v.safeParse(SuiteRunSchema, raw);
  if (parsed.success) return { run: parsed.output, problem: null };
  const issue = parsed.issues[0]!;
  const path = v.getDotPath(issue);
  return { run: null, problem: `${path ? `"${path}": ` : ''}${issue.message}` };
}

/** The suite's cases the run has no result for yet, in suite order. */
export function pendingCases(run: Pick<SuiteRun, 'results'>, suite: Pick<Suite, 'cases'>): string[] {
  const have = new Set(run.results.map((r) => r.caseId));
  return suite.cases.filter((c) => !have.has(c.id)).map((c) => c.id);
}

/** The run's scores by case id, as {@link suiteAgreement} reads them (a case removed from the suite is ignored there). */
export function runScores(run: Pick<SuiteRun, 'results'>): Map<string, NamedScores | null> {
  return new Map(run.results.map((r) => [r.caseId, r.scores]));
}

/**
 * For each version of a principle, the run that speaks for it: the newest among those with the most results for the
 * suite's current cases (a finished run beats a newer one only just started).
 */
export function runPerVersion(runs: readonly SuiteRun[], suite: Pick<Suite, 'cases'>): Map<number, SuiteRun> {
  const ids = new Set(suite.cases.map((c) => c.id));
  const covered = (r: SuiteRun) => r.results.filter((x) => ids.has(x.caseId)).length;
  const out = new Map<number, SuiteRun>();
  for (const run of runs) {
    const best = out.get(run.version);
    if (!best || covered(run) > covered(best) || (covered(run) === covered(best) && run.updatedAt > best.updatedAt)) out.set(run.version, run);
  }
  return new Map([...out].sort(([a], [b]) => a - b));
}
