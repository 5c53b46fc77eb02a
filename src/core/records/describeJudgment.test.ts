import { describe, expect, it } from 'vitest';
import { parseJudgeOutput } from '../protocol/index.ts';
import { describeJudgment } from './describeJudgment.ts';
import type { JudgmentRecord } from './judgmentRecord.ts';

const input = { principle: 'p', prompt: 'q', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }, { name: 'C', text: 'c' }] };

function rec(raw: string, over: Partial<JudgmentRecord>): JudgmentRecord {
  return {
    id: 'j', createdAt: 0, finishedAt: 1, inputKey: 'k', input, mask: false, maskedToReal: null,
    engine: { kind: 'openai', modelId: 'm', contextWindow: 4096 },
    sampling: { temperature: 0, top_p: 1, max_tokens: 4096, enable_thinking: true },
    status: 'done', raw, parsed: parseJudgeOutput(raw, null, ['A', 'B', 'C']), stats: null, finishReason: 'stop', error: null,
    ...over,
  };
}

const texts = (r: JudgmentRecord) => describeJudgment(r).map((f) => `${f.level}: ${f.text}`);

describe('describeJudgment of an output that ended early', () => {
  it('a stop inside the reasoning is one note, without the parser problems that follow from it', () => {
    const lines = texts(rec('<think>The principle asks me', { status: 'stopped', finishReason: 'abort' }));
    expect(lines).toEqual(['info: Stopped before the model finished, while the model was reasoning; the reasoning up to there is shown above and no scores were given.']);
  });

  it('a stop inside the answer says how many candidates had been scored', () => {
    const lines = texts(rec('<think>r</think>{"scores": {"A": 5, "B": 3}, "best-to-wo', { status: 'stopped', finishReason: 'abort' }));
    expect(lines.filter((l) => l.startsWith('info: Stopped'))).toHaveLength(1);
    expect(lines.some((l) => /No score for|has no/.test(l))).toBe(false);
  });

  it('a cut stream is one problem: the server message, where it ended, what to do', () => {
    const error = { kind: 'stream-cut', message: 'The server closed the stream before the judgment finished.', advice: 'Run again for a complete judgment.' };
    const lines = texts(rec('<think>The principle', { status: 'error', finishReason: 'incomplete', error }));
    expect(lines).toEqual(['bad: The server closed the stream before the judgment finished. It ended while the model was reasoning; the reasoning up to there is shown above and no scores were given. Run again for a complete judgment.']);
  });

  it('an output that finished keeps every parser problem', () => {
    const lines = texts(rec('<think>r</think>{"scores": {"A": 5}}', {}));
    expect(lines.some((l) => l.includes('No score for'))).toBe(true);
    expect(lines.some((l) => l.includes('best-to-worst'))).toBe(true);
  });
});

describe('describeJudgment of an answer sent with the grammar', () => {
  const grammar = { grammar: true, thinkingBudget: null };
  const ignored = (lines: string[]) => lines.filter((l) => l.includes('ignored the constraint'));

  it('an answer that breaks the grammar says the server ignored the constraint and where to look', () => {
    const lines = texts(rec('<think>r</think>I cannot give the scores.', { constraint: grammar }));
    expect(ignored(lines)).toEqual([expect.stringMatching(/^bad: .*server ignored the constraint\. Check the server kind in Settings/)]);
    expect(ignored(texts(rec('<think>r</think>{"scores": {"A": 7, "B": 3, "C": 1}, "best-to-worst": ["A", "B", "C"]}', { constraint: grammar })))).toHaveLength(1);
    expect(ignored(texts(rec('<think>r</think>{"scores": {"A": 5, "B": 3, "D": 1}, "best-to-worst": ["A", "B", "D"]}', { constraint: grammar })))).toHaveLength(1);
  });

  it('says nothing of the constraint for a valid answer, one sent without it, one it was dropped from, or one cut short', () => {
    const valid = '<think>r</think>{"scores": {"A": 5, "B": 3, "C": 1}, "best-to-worst": ["A", "B", "C"]}';
    const broken = '<think>r</think>I cannot give the scores.';
    expect(ignored(texts(rec(valid, { constraint: grammar })))).toEqual([]);
    expect(ignored(texts(rec(broken, {})))).toEqual([]);
    expect(ignored(texts(rec(broken, { constraint: { grammar: true, thinkingBudget: null, note: 'The server refused the constraint; this judgment ran without it.' } })))).toEqual([]);
    expect(ignored(texts(rec('<think>r</think>{"scores": {"A": 5', { constraint: grammar, finishReason: 'length' })))).toEqual([]);
  });

  it('for the browser engine it says the constraint was not applied', () => {
    const lines = texts(rec('<think>r</think>prose', { constraint: grammar, engine: { kind: 'webllm', modelId: 'Qwen3-0.6B', contextWindow: 4096 } }));
    expect(lines.some((l) => l.includes('the constraint was not applied'))).toBe(true);
  });
});
