import * as v from 'valibot';
import type { ExpectedScores } from '../protocol/index.ts';
import type { ItemResult } from './run.ts';
import { ReasoningBudgetSchema } from './reasoningBudget.ts';

/** An item result's expected scores as stored or exported: `[name, value]` pairs, each value within 1–5. */
const ExpectedPairs = v.array(v.tuple([v.string(), v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(5))]));

/** What {@link checkResultExpected} checks: each field absent, or of its shape. */
const CHECKED = [
  ['expected', v.optional(ExpectedPairs)],
  ['expectedNote', v.optional(v.string())],
  ['reasoningBudget', v.optional(ReasoningBudgetSchema)],
] as const;

/**
 * The result with its expected scores and its thinking budget checked: a damaged or foreign `expected` (not
 * `[name, 1–5]` pairs) or a note that is not text is left out, so the item counts on its integer scores, and so is a
 * `reasoningBudget` not of its shape (the item then shows no budget note); results without them (older runs) are
 * returned as they are. Never throws.
 */
export function checkResultExpected<R extends ItemResult>(result: R): R {
  let out = result;
  for (const [key, schema] of CHECKED) {
    if (v.is(schema, result[key])) continue;
    if (out === result) out = { ...result };
    delete out[key];
  }
  return out;
}

/**
 * What an item result keeps of a judgment's expected scores: each candidate's expected score, and why some or all
 * have none (the judgment-wide problem first, else the first candidate's reason). Empty when none were asked for.
 */
export function resultExpectedOf(e: ExpectedScores | undefined): Pick<ItemResult, 'expected' | 'expectedNote'> {
  if (!e) return {};
  const out: Pick<ItemResult, 'expected' | 'expectedNote'> = {};
  if (e.distributions.length > 0) out.expected = e.distributions.map((d): [string, number] => [d.name, d.expected]);
  const first = e.unavailable[0];
  const note = e.problems[0] ?? (first ? `${first.name}: ${first.reason}` : undefined);
  if (note !== undefined && (e.unavailable.length > 0 || e.distributions.length === 0)) out.expectedNote = note;
  return out;
}
