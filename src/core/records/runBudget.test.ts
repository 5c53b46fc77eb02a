import { describe, expect, it } from 'vitest';
import { describeBudgetCuts } from './runBudget.ts';
import { sampleSummaries } from './records.testkit.ts';

describe('describeBudgetCuts', () => {
  it('counts the judged items whose reasoning the thinking budget cut, and says nothing when it cut none', () => {
    const summaries = sampleSummaries().slice(0, 3);
    expect(describeBudgetCuts(summaries)).toBeNull();
    summaries[1] = { ...summaries[1]!, budgetCut: true };
    expect(describeBudgetCuts([...summaries, undefined])).toBe('The thinking budget cut the reasoning of 1 of 3 judged items; the answer was written after it.');
    expect(describeBudgetCuts([summaries[1]])).toBe('The thinking budget cut the reasoning of 1 of 1 judged item; the answer was written after it.');
  });
});
