import type { ItemSummary } from './run.ts';

/**
 * How many of a run's judged items the thinking budget cut (the reasoning closed at the budget, the answer written
 * after it), in the Playground's words; null when it cut none.
 */
export function describeBudgetCuts(summaries: ReadonlyArray<ItemSummary | undefined>): string | null {
  let cut = 0;
  let judged = 0;
  for (const s of summaries) {
    if (!s) continue;
    judged++;
    if (s.budgetCut) cut++;
  }
  if (cut === 0) return null;
  return `The thinking budget cut the reasoning of ${cut} of ${judged} judged item${judged === 1 ? '' : 's'}; the answer was written after it.`;
}
