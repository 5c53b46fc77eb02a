import { describe, expect, it } from 'vitest';
import { checkRunFigures } from './runFigures.ts';
import { benchItem, runRecord } from './records.testkit.ts';

describe('checkRunFigures', () => {
  const run = runRecord('r', [benchItem('i0', 'q')]);
  const constraint = { grammar: true, coversReasoning: true, thinkingBudget: null, topLogprobs: 5, temperatureScaled: false };

  it('keeps a run without a constraint or figures (older runs) and a run with a sound constraint as they are', () => {
    expect(checkRunFigures(run)).toEqual({ run, problem: null });
    expect(checkRunFigures({ ...run, constraint }).run.constraint).toEqual(constraint);
  });

  it('leaves out a damaged constraint and says so, keeping the rest of the run', () => {
    const damaged = { ...run, constraint: { ...constraint, topLogprobs: 'five' as unknown as number } };
    const checked = checkRunFigures(damaged);
    expect(checked.run.constraint).toBeUndefined();
    expect(checked.run.name).toBe(run.name);
    expect(checked.problem).toMatch(/constraint is not as expected; it was left out/);
  });
});
