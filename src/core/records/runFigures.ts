import * as v from 'valibot';
import type { RunFigures, RunRecord } from './run.ts';

const Count = v.pipe(v.number(), v.finite(), v.minValue(0));

/** A run's figures as stored with the run record or in an exported run. */
export const RunFiguresSchema = v.object({
  retries: Count,
  errors: v.record(v.string(), Count),
  tokens: Count,
  peakInFlight: Count,
  protocol: v.nullable(v.string()),
});

/** A run's constraint as stored or exported (RunConstraint). */
export const RunConstraintSchema = v.object({
  grammar: v.boolean(),
  coversReasoning: v.boolean(),
  thinkingBudget: v.nullable(Count),
  serverBudget: v.optional(v.boolean()),
  topLogprobs: v.nullable(v.pipe(Count, v.integer(), v.maxValue(20))),
  temperatureScaled: v.boolean(),
  wantedLogprobs: v.optional(v.boolean()),
});

/**
 * The run with its figures and its constraint checked: figures that do not have the expected shape (damaged storage,
 * a hand-edited or foreign export) are left out, so the summary shows none rather than wrong ones; a constraint that
 * does not is left out too, so a resume sends neither a grammar nor log probabilities rather than garbage. The
 * problem says what was wrong.
 */
export function checkRunFigures<R extends RunRecord>(run: R): { run: R; problem: string | null } {
  if (run.constraint !== undefined && !v.is(RunConstraintSchema, run.constraint)) {
    const { constraint: _dropped, ...rest } = run;
    const checked = checkRunFigures(rest as R);
    const note = "the run's constraint is not as expected; it was left out (resuming judges without a grammar or log probabilities)";
    return { run: checked.run, problem: checked.problem ? `${checked.problem}; ${note}` : note };
  }
  if (run.figures === undefined) return { run, problem: null };
  const parsed = v.safeParse(RunFiguresSchema, run.figures);
  if (parsed.success) return { run: { ...run, figures: parsed.output as RunFigures }, problem: null };
  const issue = parsed.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const { figures: _dropped, ...rest } = run;
  return { run: rest as R, problem: `the run's figures${path ? ` (at ${path})` : ''} are not as expected: ${issue.message}; they were left out` };
}
