// The browser engine sends the grammar and log-probability options, and returns the log probabilities it streamed.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLING } from '../types.ts';
import { FakeWorker, TEST_RECORD, finish, text, type FakeChunk } from './fakeWorker.testkit.ts';
import { WebLLMEngine } from './webllmEngine.ts';

const withLogprobs = (content: string, tops: Array<[string, number]>): FakeChunk => ({
  choices: [{ delta: { content }, finish_reason: null, logprobs: { content: [{ token: content, logprob: Math.log(tops[0]![1]), top_logprobs: tops.map(([token, p]) => ({ token, logprob: Math.log(p) })) }] } }],
});

async function judged(chunks: FakeChunk[], opts: { grammar?: string; topLogprobs?: number }) {
  const workers: FakeWorker[] = [];
  const engine = new WebLLMEngine({
    createWorker: () => {
      const w = new FakeWorker({ chunks });
      workers.push(w);
      return w as unknown as Worker;
    },
  });
  engine.setRecords([TEST_RECORD]);
  await engine.load({ id: TEST_RECORD.model_id, contextWindow: 4096 }, { onProgress: () => undefined, signal: new AbortController().signal });
  const result = await engine.judge([{ role: 'user', content: 'Judge.' }], DEFAULT_SAMPLING, { onDelta: () => undefined, signal: new AbortController().signal, ...opts });
  const request = workers[0]!.requests.find((r) => r.kind === 'chatCompletionStreamInit');
  return { result, request: JSON.stringify(request?.content ?? null) };
}

describe('WebLLMEngine with a constraint and log probabilities', () => {
  it('asks for them and returns the streamed log probabilities in order', async () => {
    const { result, request } = await judged(
      [withLogprobs('"model-1": ', [['"model-1": ', 1]]), withLogprobs('4', [['4', 0.7], ['5', 0.3]]), text('}'), finish('stop')],
      { grammar: 'root ::= [^]*', topLogprobs: 5 },
    );
    expect(request).toContain('"response_format":{"type":"grammar","grammar":"root ::= [^]*"}');
    expect(request).toContain('"top_logprobs":5');
    expect(result.text).toBe('"model-1": 4}');
    // The last piece came without log probabilities: its text keeps its place, marked missing.
    expect(result.logprobs?.map((l) => l.token)).toEqual(['"model-1": ', '4', '}']);
    expect(result.logprobs?.[2]?.missing).toBe(true);
    expect(result.logprobs?.[1]?.top_logprobs?.map((t) => t.token)).toEqual(['4', '5']);
  });

  it('returns none when none were streamed', async () => {
    const { result, request } = await judged([text('x'), finish('stop')], {});
    expect(result.logprobs).toBeUndefined();
    expect(request).not.toContain('response_format');
  });
});
