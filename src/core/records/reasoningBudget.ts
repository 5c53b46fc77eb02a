import * as v from 'valibot';
import type { JudgmentRecord } from './judgmentRecord.ts';

/** A judgment's or a benchmark item's thinking budget as stored or exported (`reasoningBudget`). */
export const ReasoningBudgetSchema = v.object({ tokens: v.pipe(v.number(), v.integer(), v.minValue(1)), cut: v.boolean(), note: v.optional(v.string()) });

/**
 * What a judgment's thinking budget did, in a sentence (Playground and HTML report): whether it cut the reasoning (the
 * answer then written after it) and what limited it; null when no budget was set.
 */
export function describeReasoningBudget(budget: JudgmentRecord['reasoningBudget']): string | null {
  if (!budget) return null;
  if (budget.cut) return `Reasoning cut at ${budget.tokens} tokens by the thinking budget; the answer was written after it.${budget.note ? ` ${budget.note}` : ''}`;
  return budget.note ?? `Thinking budget ${budget.tokens} tokens: the reasoning ended within it.`;
}
