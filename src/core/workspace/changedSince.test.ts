import { describe, expect, it } from 'vitest';
import { changedSince, describeChanges, type RunInputs } from './changedSince.ts';

const base: RunInputs = {
  principle: 'Be concise',
  prompt: 'Q',
  responses: [
    { name: 'A', text: 'a' },
    { name: 'B', text: 'b' },
  ],
  mask: true,
  sampling: { temperature: 0, top_p: 1, max_tokens: 4096, enable_thinking: true },
};

describe('changedSince', () => {
  it('finds nothing when the same inputs are on screen', () => {
    expect(changedSince(base, structuredClone(base))).toEqual([]);
  });
  it('names each part that changed', () => {
    const now = { ...base, principle: 'Be thorough', responses: [base.responses[1]!, base.responses[0]!], sampling: { ...base.sampling, seed: 1 } };
    expect(changedSince(base, now)).toEqual(['principle', 'candidates', 'sampling']);
    expect(describeChanges(changedSince(base, now))).toBe('the principle, the candidates and the sampling settings');
    expect(changedSince(base, { ...base, mask: false, prompt: 'Q2' })).toEqual(['prompt', 'masking']);
    expect(changedSince(base, { ...base, responses: base.responses.slice(0, 1) })).toEqual(['candidates']);
  });
});
