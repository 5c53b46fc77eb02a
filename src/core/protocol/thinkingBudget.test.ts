import { describe, expect, it } from 'vitest';
import { closeReasoning, knowsChatTemplate, qwen3ChatPrompt } from './thinkingBudget.ts';
import { parseJudgeOutput } from './parseJudgeOutput.ts';

describe('closeReasoning', () => {
  it('closes a reasoning the budget cut, keeping every character the model wrote', () => {
    expect(closeReasoning('<think>\nmodel-1 is shorter and')).toEqual({ prefix: '<think>\nmodel-1 is shorter and\n</think>\n\n', cut: true });
    expect(closeReasoning('<think>\nends on a line\n')).toEqual({ prefix: '<think>\nends on a line\n</think>\n\n', cut: true });
  });

  it('a cut inside a partial "</think" still closes it (the fragment stays in the reasoning)', () => {
    const { prefix, cut } = closeReasoning('<think>\nalmost done </thi');
    expect(cut).toBe(true);
    expect(prefix.endsWith('</thi\n</think>\n\n')).toBe(true);
  });

  it('a reasoning that ended within the budget keeps it and drops the cut answer, so the whole answer is written again', () => {
    expect(closeReasoning('<think>\nr\n</think>\n\n{"scores": {"A": 4')).toEqual({ prefix: '<think>\nr\n</think>\n\n', cut: false });
  });

  it('output without "<think>" becomes the reasoning', () => {
    expect(closeReasoning('thinking aloud')).toEqual({ prefix: '<think>\nthinking aloud\n</think>\n\n', cut: true });
  });

  it('the closed reasoning and an answer after it parse as one judgment', () => {
    const { prefix } = closeReasoning('<think>\nA is better because');
    const parsed = parseJudgeOutput(`${prefix}{"scores": {"A": 5, "B": 2}, "best-to-worst": ["A", "B"]}`, null, ['A', 'B']);
    expect(parsed.reasoning).toBe('A is better because');
    expect(parsed.scores).toEqual([['A', 5], ['B', 2]]);
    expect(parsed.diagnostics.think).toBe('complete');
  });
});

describe('qwen3ChatPrompt', () => {
  it('writes Qwen3’s chat template with the reply left open at the prefix', () => {
    const prompt = qwen3ChatPrompt([{ role: 'system', content: 'S' }, { role: 'user', content: 'U' }], '<think>\nr\n</think>\n\n');
    expect(prompt).toBe('<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nU<|im_end|>\n<|im_start|>assistant\n<think>\nr\n</think>\n\n');
  });
});

describe('knowsChatTemplate', () => {
  it('names the Qwen3 family (RewardAnything-8B among it), not others', () => {
    expect(knowsChatTemplate('Qwen3-4B-q4f16_1-MLC')).toBe(true);
    expect(knowsChatTemplate('RewardAnything-8B-v1-q4f16_1-MLC')).toBe(true);
    expect(knowsChatTemplate('Llama-3.2-1B-Instruct-q4f16_1-MLC')).toBe(false);
  });
});
