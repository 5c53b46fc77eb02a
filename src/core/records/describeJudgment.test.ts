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
