import { describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLING } from '../types.ts';
import { FakeWorker, TEST_RECORD, finish, text, type FakeWorkerScript } from './fakeWorker.testkit.ts';
import { WebLLMEngine } from './webllmEngine.ts';

const MODEL = { id: TEST_RECORD.model_id, contextWindow: 4096 };
const messages = [{ role: 'user' as const, content: 'Judge these.' }];

function engineWith(script: FakeWorkerScript, opts: { loadStallTimeoutMs?: number } = {}) {
  const workers: FakeWorker[] = [];
  const engine = new WebLLMEngine({
    ...opts,
    createWorker: () => {
      const w = new FakeWorker(script);
      workers.push(w);
      return w as unknown as Worker;
    },
  });
  engine.setRecords([TEST_RECORD]);
  return { engine, workers };
}

async function loaded(script: FakeWorkerScript) {
  const made = engineWith(script);
  await made.engine.load(MODEL, { onProgress: () => undefined, signal: new AbortController().signal });
  return made;
}

function judge(engine: WebLLMEngine, signal = new AbortController().signal) {
  const deltas: string[] = [];
  const done = engine.judge(messages, DEFAULT_SAMPLING, { onDelta: (d) => deltas.push(d), signal });
  return { deltas, done };
}

describe('WebLLMEngine finish reasons', () => {
  it('reports a finish reason it does not know as an error that names it, not as a clean stop', async () => {
    const { engine } = await loaded({ chunks: [text('<think>x'), finish('tool_calls')] });
    const r = await judge(engine).done;
    expect(r.text).toBe('<think>x');
    expect(r.finishReason).toBe('error');
    expect(r.errorMessage).toContain('tool_calls');
  });

  it('keeps stop and length as they are', async () => {
    for (const reason of ['stop', 'length'] as const) {
      const { engine } = await loaded({ chunks: [text('a'), finish(reason)] });
      const r = await judge(engine).done;
      expect(r.finishReason).toBe(reason);
      expect(r.errorMessage).toBeUndefined();
    }
  });
});

describe('WebLLMEngine stats', () => {
  it('reports the token counts and the speeds the engine measured', async () => {
    const usage = { prompt_tokens: 120, completion_tokens: 40, extra: { time_to_first_token_s: 0.5, prefill_tokens_per_s: 240, decode_tokens_per_s: 20 } };
    const { engine } = await loaded({ chunks: [text('a'), finish('stop'), { choices: [], usage }] });
    const { stats } = await judge(engine).done;
    expect(stats).toMatchObject({ timeToFirstTokenMs: 500, prefillTokensPerSec: 240, decodeTokensPerSec: 20, promptTokens: 120, completionTokens: 40 });
  });
});
