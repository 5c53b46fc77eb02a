import type { JudgmentRecord } from '../../core/index.ts';

/** Beside the reasoning: whether the thinking budget cut it (the answer then written after it), or why it did not apply. */
export function BudgetNote({ budget }: { budget: JudgmentRecord['reasoningBudget'] }) {
  if (!budget) return null;
  if (budget.cut) {
    return (
      <p className="text-sm text-warn" role="status" data-testid="budget-note">
        Reasoning cut at {budget.tokens} tokens by the thinking budget; the answer was written after it.
        {budget.note ? ` ${budget.note}` : ''}
      </p>
    );
  }
  return (
    <p className="text-xs text-muted" data-testid="budget-note">
      {budget.note ?? `Thinking budget ${budget.tokens} tokens: the reasoning ended within it.`}
    </p>
  );
}
