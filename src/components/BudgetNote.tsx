import { describeReasoningBudget, type JudgmentRecord } from '../core/index.ts';

/**
 * Beside the reasoning (Playground, a benchmark item): whether the thinking budget cut it (the answer then written
 * after it), or why it did not apply.
 */
export function BudgetNote({ budget }: { budget: JudgmentRecord['reasoningBudget'] }) {
  const text = describeReasoningBudget(budget);
  const cut = budget?.cut;
  return (
    text && (
      <p className={cut ? 'text-sm text-warn' : 'text-xs text-muted'} role={cut ? 'status' : undefined} data-testid="budget-note">
        {text}
      </p>
    )
  );
}
