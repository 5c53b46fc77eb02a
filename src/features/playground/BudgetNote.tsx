import { describeReasoningBudget, type JudgmentRecord } from '../../core/index.ts';

/** Beside the reasoning: whether the thinking budget cut it (the answer then written after it), or why it did not apply. */
export function BudgetNote({ budget }: { budget: JudgmentRecord['reasoningBudget'] }) {
  const text = describeReasoningBudget(budget);
  if (!budget || text === null) return null;
  return budget.cut ? (
    <p className="text-sm text-warn" role="status" data-testid="budget-note">
      {text}
    </p>
  ) : (
    <p className="text-xs text-muted" data-testid="budget-note">
      {text}
    </p>
  );
}
