import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SAMPLING, type LoadProgress } from '../types.ts';
import { FakeWorker, TEST_RECORD, completionText, finish, text, type FakeWorkerScript } from './fakeWorker.testkit.ts';
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

describe('WebLLMEngine starting its worker', () => {
  // On a first visit the Models page reads the cache while the user clicks Load: both start the engine at once.
  it('starts one worker when a cache read and a load begin together, and judges in the worker that loaded the model', async () => {
    const { engine, workers } = engineWith({ chunks: [text('<think>x</think>'), finish('stop')] });
    const [cache] = await Promise.all([engine.cacheStatus(), engine.load(MODEL, { onProgress: () => undefined, signal: new AbortController().signal })]);
    expect(cache).toEqual([]);
    expect(workers).toHaveLength(1);
    const r = await judge(engine).done;
    expect(r).toMatchObject({ text: '<think>x</think>', finishReason: 'stop' });
  });
});

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

const never = new AbortController().signal;

describe('WebLLMEngine loading', () => {
  it('passes the load progress on as phases and reports the model loaded', async () => {
    const seen: LoadProgress[] = [];
    const { engine } = engineWith({
      progress: [
        { progress: 0.1, text: 'Fetching param cache[1/10]: 100MB fetched. 10% completed, 3 secs elapsed.' },
        { progress: 1, text: 'Finish loading on WebGPU - nvidia' },
      ],
    });
    const info = await engine.load(MODEL, { onProgress: (p) => seen.push(p), signal: never });
    expect(seen.map((p) => p.phase)).toEqual(['config', 'fetch', 'ready']);
    expect(seen[1]?.bytesDone).toBe(100 * 1024 * 1024);
    expect(info).toMatchObject({ modelId: MODEL.id, contextWindow: 4096 });
    expect(engine.loadedModelId).toBe(MODEL.id);
  });

  it('refuses a model that is not in the catalog without starting a worker', async () => {
    const { engine, workers } = engineWith({});
    await expect(engine.load({ id: 'nope', contextWindow: 4096 }, { onProgress: () => undefined, signal: never })).rejects.toMatchObject({ kind: 'bad-config' });
    expect(workers).toHaveLength(0);
  });

  it('cancelling a load ends the worker and says the downloaded files are kept', async () => {
    const { engine, workers } = engineWith({ reloadHangs: true });
    const ctl = new AbortController();
    const load = engine.load(MODEL, { onProgress: () => undefined, signal: ctl.signal });
    await vi.waitFor(() => expect(workers[0]?.kinds()).toContain('reload'));
    ctl.abort();
    await expect(load).rejects.toMatchObject({ kind: 'aborted', message: 'Loading cancelled.' });
    expect(workers[0]?.terminated).toBe(true);
    expect(engine.loadedModelId).toBeNull();
  });

  it('cuts off a load that stops reporting progress, and starts a fresh worker for the next one', async () => {
    const { engine, workers } = engineWith({ reloadHangs: true }, { loadStallTimeoutMs: 50 });
    await expect(engine.load(MODEL, { onProgress: () => undefined, signal: never })).rejects.toMatchObject({ kind: 'load-timeout' });
    expect(workers[0]?.terminated).toBe(true);
    await expect(engine.load(MODEL, { onProgress: () => undefined, signal: never })).rejects.toMatchObject({ kind: 'load-timeout' });
    expect(workers).toHaveLength(2);
  });

  it('a worker that crashes while loading fails the load and is reported through onCrash', async () => {
    const { engine, workers } = engineWith({ reloadHangs: true });
    const crashes: string[] = [];
    engine.onCrash = (e) => crashes.push(e.kind);
    const load = engine.load(MODEL, { onProgress: () => undefined, signal: never });
    await vi.waitFor(() => expect(workers[0]?.kinds()).toContain('reload'));
    workers[0]?.crash('RuntimeError: unreachable');
    await expect(load).rejects.toMatchObject({ kind: 'worker-crashed' });
    expect(crashes).toEqual(['worker-crashed']);
    expect(workers[0]?.terminated).toBe(true);
  });
});

describe('WebLLMEngine judging', () => {
  it('refuses to judge before a model is loaded', async () => {
    const { engine } = engineWith({});
    await expect(judge(engine).done).rejects.toMatchObject({ kind: 'not-loaded' });
  });

  it('streams the text piece by piece with the sampling it was given', async () => {
    const { engine, workers } = await loaded({ chunks: [text('<think>a'), text(' b</think>'), text('{}'), finish('stop')] });
    const { deltas, done } = judge(engine);
    const r = await done;
    expect(deltas).toEqual(['<think>a', ' b</think>', '{}']);
    expect(r).toMatchObject({ text: '<think>a b</think>{}', finishReason: 'stop' });
    const init = workers[0]?.requests.find((q) => q.kind === 'chatCompletionStreamInit')?.content as { request: Record<string, unknown> };
    expect(init.request).toMatchObject({ messages, stream: true, temperature: 0, top_p: 1, max_tokens: 4096, extra_body: { enable_thinking: true } });
  });

  it('stopping interrupts the generation and keeps the text so far', async () => {
    const { engine, workers } = await loaded({ chunks: [text('<think>half'), text(' never')], holdAfter: 1 });
    const ctl = new AbortController();
    const { deltas, done } = judge(engine, ctl.signal);
    await vi.waitFor(() => expect(deltas).toEqual(['<think>half']));
    ctl.abort();
    const r = await done;
    expect(r).toMatchObject({ text: '<think>half', finishReason: 'abort' });
    expect(workers[0]?.kinds()).toContain('interruptGenerate');
  });

  it('a worker that crashes mid-judgment ends the judgment and is reported through onCrash', async () => {
    const { engine, workers } = await loaded({ chunks: [text('<think>half'), text(' never')], holdAfter: 1 });
    const crashes: string[] = [];
    engine.onCrash = (e) => crashes.push(e.kind);
    const { deltas, done } = judge(engine);
    await vi.waitFor(() => expect(deltas).toEqual(['<think>half']));
    workers[0]?.crash('RuntimeError: memory access out of bounds');
    await expect(done).rejects.toMatchObject({ kind: 'worker-crashed' });
    expect(crashes).toEqual(['worker-crashed']);
    expect(engine.loadedModelId).toBeNull();
  });
});

describe('WebLLMEngine continuing a reply (the thinking budget’s second step)', () => {
  it('sends a raw completion in Qwen3’s template ending at the reply so far, with the answer grammar, and streams only what follows', async () => {
    const { engine, workers } = await loaded({ chunks: [completionText('{"scores"'), completionText(': {}}'), finish('stop')] });
    expect(engine.continueSupport()).toEqual({ grammar: true });
    const deltas: string[] = [];
    const prefix = '<think>\ncut here\n</think>\n\n';
    const r = await engine.judge(messages, { ...DEFAULT_SAMPLING, max_tokens: 300 }, { onDelta: (d) => deltas.push(d), signal: new AbortController().signal, continueFrom: prefix, grammar: 'root ::= "{}"' });
    expect(deltas).toEqual(['{"scores"', ': {}}']);
    expect(r).toMatchObject({ text: '{"scores": {}}', finishReason: 'stop' });
    const kinds = workers[0]!.kinds();
    expect(kinds).toContain('completionStreamInit');
    expect(kinds).not.toContain('chatCompletionStreamInit');
    const init = workers[0]!.requests.find((q) => q.kind === 'completionStreamInit')?.content as { request: Record<string, unknown> };
    expect(init.request).toMatchObject({ prompt: `<|im_start|>user\nJudge these.<|im_end|>\n<|im_start|>assistant\n${prefix}`, stream: true, max_tokens: 300, response_format: { type: 'grammar', grammar: 'root ::= "{}"' } });
  });

  it('cannot continue a model whose chat template the app does not write', async () => {
    const other = { ...TEST_RECORD, model_id: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' };
    const engine = new WebLLMEngine({ createWorker: () => new FakeWorker({}) as unknown as Worker });
    engine.setRecords([other]);
    await engine.load({ id: other.model_id, contextWindow: 4096 }, { onProgress: () => undefined, signal: new AbortController().signal });
    expect(engine.continueSupport()).toEqual({ reason: expect.stringContaining('Llama-3.2-1B-Instruct-q4f16_1-MLC is not one') });
  });
});
