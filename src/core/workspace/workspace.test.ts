import { describe, expect, it } from 'vitest';
import { EXAMPLE_WORKSPACE, nextCandidateName, workspaceInput } from './workspace.ts';

describe('the workspace', () => {
  it('names a new candidate with the first letter not taken, then AA, AB, …', () => {
    expect(nextCandidateName([])).toBe('A');
    expect(nextCandidateName(['A', 'C'])).toBe('B');
    expect(nextCandidateName(Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)))).toBe('AA');
  });

  it('hands a judgment the candidates in their order, without the list keys', () => {
    const input = workspaceInput(EXAMPLE_WORKSPACE);
    expect(input.responses.map((r) => r.name)).toEqual(['A', 'B', 'C']);
    expect(input.responses[0]).not.toHaveProperty('key');
    expect(input.principle).toBe(EXAMPLE_WORKSPACE.principle);
  });
});
