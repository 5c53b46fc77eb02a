import { describe, expect, it } from 'vitest';
import type { JudgeEngine, RawJudgment } from '../../engine/types.ts';
import { DEFAULT_SAMPLING } from '../../engine/types.ts';
import { runJudgment } from './runJudgment.ts';

const stats = { timeToFirstTokenMs: 1, prefillTokensPerSec: null, decodeTokensPerSec: null, endToEndMs: 2, promptTokens: null, completionTokens: null };

/** An engine that streams `text` and ends as `end` says. */
function engineAnswering(text: string, end: Omit<RawJudgment, 'text' | 'stats'>): JudgeEngine {
  return {
    kind: 'openai',
    load: async () => ({ modelId: 'm', contextWindow: 8192, loadMs: 0 }),
    unload: async () => {},
    judge: async (_m, _s, opts) => {
      opts.onDelta(text);
      return { text, stats, ...end };
    },
  };
}

const judge = (engine: JudgeEngine) =>
  runJudgment({
    engine,
    engineRef: { kind: 'openai', modelId: 'm', contextWindow: 8192 },
    input: { principle: 'Be right.', prompt: 'Q', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }] },
    mask: false,
    sampling: DEFAULT_SAMPLING,
    signal: new AbortController().signal,
    persist: false,
  });

const WARNING = 'The server sent 1 corrupt event(s) in its stream (the first: “{"choi”); they were skipped, so any text they carried is missing from the answer.';

describe('runJudgment and a damaged stream', () => {
  it('an answer that no longer reads is an error naming the corrupt event, not "done / No JSON object"', async () => {
    const record = await judge(engineAnswering('<think>x</think>"scores": {"A": 5, "B": 2}}', { finishReason: 'stop', warnings: [WARNING] }));
    expect(record.status).toBe('error');
    expect(record.error).toMatchObject({ kind: 'bad-stream', message: WARNING });
  });

  it('an answer that still reads is done, and keeps the warning', async () => {
    const record = await judge(engineAnswering('<think>x</think>{"scores": {"A": 5, "B": 2}, "best-to-worst": ["A", "B"]}', { finishReason: 'stop', warnings: [WARNING] }));
    expect(record.status).toBe('done');
    expect(record.error).toBeNull();
    expect(record.warnings).toEqual([WARNING]);
  });
});
