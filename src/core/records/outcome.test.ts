import { describe, expect, it } from 'vitest';
import { outcomeOf } from './outcome.ts';
import type { JudgmentRecord } from './judgmentRecord.ts';
import type { ParsedJudgeOutput } from '../protocol/index.ts';

const input = { principle: 'p', prompt: 'q', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }, { name: 'C', text: 'c' }] };

function rec(status: JudgmentRecord['status'], scores: Array<[string, number]> | null): Pick<JudgmentRecord, 'status' | 'input' | 'parsed'> {
  const parsed = scores ? ({ reasoning: '', scores, ranking: scores.map(([n]) => n), diagnostics: {} } as unknown as ParsedJudgeOutput) : null;
  return { status, input, parsed };
}

describe('outcomeOf', () => {
  it('calls a finished judgment scored only when every candidate has a score', () => {
    expect(outcomeOf(rec('done', [['A', 5], ['B', 3], ['C', 1]]))).toEqual({ kind: 'scored', label: 'scored', scored: 3, of: 3 });
    expect(outcomeOf(rec('done', [['A', 5], ['C', 1]]))).toEqual({ kind: 'partial', label: 'partly scored (2 of 3)', scored: 2, of: 3 });
  });

  it('calls output without a readable answer unparsed, although the run ended normally', () => {
    expect(outcomeOf(rec('done', [])).kind).toBe('unparsed');
    expect(outcomeOf(rec('done', null)).label).toBe('unparsed');
    // Names the model made up are not candidates.
    expect(outcomeOf(rec('done', [['model-9', 4]]))).toMatchObject({ kind: 'unparsed', scored: 0 });
  });

  it('names stopped, interrupted, failed and running judgments, whatever they scored', () => {
    expect(outcomeOf(rec('stopped', [['A', 5]]))).toMatchObject({ kind: 'stopped', label: 'stopped', scored: 1 });
    expect(outcomeOf(rec('interrupted', null))).toMatchObject({ kind: 'stopped', label: 'interrupted' });
    expect(outcomeOf(rec('error', [['A', 5], ['B', 3], ['C', 1]]))).toMatchObject({ kind: 'failed', label: 'failed' });
    expect(outcomeOf(rec('running', null)).kind).toBe('running');
  });
});
