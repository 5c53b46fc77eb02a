import { describe, expect, it } from 'vitest';
import { describeReasoningBudget } from './reasoningBudget.ts';
import { judgmentReportHtml } from './judgmentExports.ts';
import type { JudgmentRecord } from './judgmentRecord.ts';

describe('describeReasoningBudget', () => {
  it('says when the budget cut the reasoning, what limited it, and nothing without a budget', () => {
    expect(describeReasoningBudget({ tokens: 512, cut: true })).toBe('Reasoning cut at 512 tokens by the thinking budget; the answer was written after it.');
    expect(describeReasoningBudget({ tokens: 512, cut: true, note: 'Not held.' })).toMatch(/after it\. Not held\.$/);
    expect(describeReasoningBudget({ tokens: 512, cut: false })).toBe('Thinking budget 512 tokens: the reasoning ended within it.');
    expect(describeReasoningBudget({ tokens: 512, cut: false, note: 'Not applied.' })).toBe('Not applied.');
    expect(describeReasoningBudget(undefined)).toBeNull();
  });
});

describe('the HTML report of a judgment the budget cut', () => {
  it('says so in its settings', () => {
    const record: JudgmentRecord = {
      id: 'j',
      createdAt: 0,
      finishedAt: 1,
      inputKey: 'k',
      input: { principle: 'p', prompt: 'q', responses: [{ name: 'A', text: 'a' }] },
      mask: false,
      maskedToReal: null,
      engine: { kind: 'webllm', modelId: 'Qwen3-0.6B-q4f32_1-MLC', contextWindow: 4096 },
      sampling: { temperature: 0, top_p: 1, max_tokens: 1024, enable_thinking: true },
      status: 'done',
      raw: '<think>\nr\n</think>\n\n{"scores": {"A": 4}, "best-to-worst": ["A"]}',
      parsed: null,
      stats: null,
      finishReason: 'stop',
      error: null,
      reasoningBudget: { tokens: 256, cut: true },
    };
    expect(judgmentReportHtml(record)).toContain('Reasoning cut at 256 tokens by the thinking budget; the answer was written after it.');
    expect(judgmentReportHtml({ ...record, reasoningBudget: undefined })).toContain('<th>Thinking budget</th><td>off</td>');
  });
});
