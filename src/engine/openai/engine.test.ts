import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from '../../../e2e/fixture-server/types.ts';
import { countPromptTokens, scriptJudgment, tokenizeForStreaming } from '../../../e2e/fixtures/scripted-judge.ts';
import { isEngineError } from '../errors.ts';
import { DEFAULT_SAMPLING } from '../types.ts';
import type { RawJudgment, Sampling } from '../types.ts';
import { withBackoff } from './backoff.ts';
import { OpenAIEngine } from './engine.ts';
import type { OpenAIEngineConfig } from './engine.ts';
import { retryAfterOf } from './retry-after.ts';
import { CANDIDATES, judgeMessages, loadFixtureServer } from './fixture-server.testkit.ts';

let server: FixtureServer;
let start: Awaited<ReturnType<typeof loadFixtureServer>>;
beforeAll(async () => {
  start = await loadFixtureServer();
  server = await start();
});
afterAll(() => server.close());

const spec = (id: string) => ({ id, contextWindow: 4096 });
const noop = () => undefined;
const loadOpts = () => ({ onProgress: noop, signal: new AbortController().signal });

async function engineFor(model: string, extra: Partial<OpenAIEngineConfig> = {}): Promise<OpenAIEngine> {
  const engine = new OpenAIEngine({ baseUrl: server.url, model, ...extra });
  await engine.load(spec(model), loadOpts());
  return engine;
}

async function judge(engine: OpenAIEngine, messages = judgeMessages('Prefer thorough answers.', CANDIDATES), sampling: Sampling = DEFAULT_SAMPLING) {
  const deltas: string[] = [];
  const result = await engine.judge(messages, sampling, { onDelta: (t) => deltas.push(t), signal: new AbortController().signal });
  return { result, deltas, expected: scriptJudgment(messages) };
}

async function failure(p: Promise<unknown>) {
  const e: unknown = await p.then(() => new Error('expected a failure'), (x: unknown) => x);
  if (!isEngineError(e)) throw e;
  return e;
}

describe('OpenAIEngine.load', () => {
  it('checks the model is served and reports the server context window', async () => {
    const progress: string[] = [];
    const engine = new OpenAIEngine({ baseUrl: `${server.url}/v1/`, model: 'rewardanything-8b' });
    const info = await engine.load(spec('rewardanything-8b'), { onProgress: (p) => progress.push(p.phase), signal: new AbortController().signal });
    expect(info).toMatchObject({ modelId: 'rewardanything-8b', contextWindow: 8192 });
    expect(progress).toEqual(['config', 'ready']);
  });

  it('an unknown model fails with the list of served models', async () => {
    const e = await failure(new OpenAIEngine({ baseUrl: server.url, model: 'x' }).load(spec('RewardAnything-8B'), loadOpts()));
    expect(e.kind).toBe('unknown-model');
    expect(e.message).toContain('rewardanything-8b');
    expect(e.message).toContain('Did you mean “rewardanything-8b”');
  });

  it('a bad base URL fails with bad-config; judging before load with not-loaded', async () => {
    expect((await failure(new OpenAIEngine({ baseUrl: 'htp:/oops', model: 'm' }).load(spec('m'), loadOpts()))).kind).toBe('bad-config');
    const engine = new OpenAIEngine({ baseUrl: server.url, model: 'rewardanything-8b' });
    expect((await failure(judge(engine))).kind).toBe('not-loaded');
    await engine.load(spec('rewardanything-8b'), loadOpts());
    await engine.unload();
    expect((await failure(judge(engine))).kind).toBe('not-loaded');
  });

  it('an unreachable server fails with unreachable', async () => {
    const gone = await start();
    await gone.close();
    const e = await failure(new OpenAIEngine({ baseUrl: gone.url, model: 'm' }).load(spec('m'), loadOpts()));
    expect(e.kind).toBe('unreachable');
    expect(e.advice).toMatch(/running/);
  });
});

describe('OpenAIEngine.judge', () => {
  it('streams a full judgment: text, finish reason, usage-based stats and an explicit request', async () => {
    const engine = await engineFor('rewardanything-8b');
    server.requests.length = 0;
    const sampling: Sampling = { temperature: 0, top_p: 1, max_tokens: 4096, enable_thinking: true, seed: 7 };
    const { result, deltas, expected } = await judge(engine, undefined, sampling);
    expect(result.text).toBe(expected);
    expect(deltas.join('')).toBe(expected);
    expect(deltas.length).toBeGreaterThan(10);
    expect(result.finishReason).toBe('stop');
    expect(result.errorMessage).toBeUndefined();
    const messages = judgeMessages('Prefer thorough answers.', CANDIDATES);
    expect(result.stats).toMatchObject({ promptTokens: countPromptTokens(messages), completionTokens: tokenizeForStreaming(expected).length });
    expect(result.stats.timeToFirstTokenMs).toBeGreaterThanOrEqual(0);
    expect(result.stats.endToEndMs).toBeGreaterThanOrEqual(result.stats.timeToFirstTokenMs ?? 0);
    const request = server.requests.find((r) => r.path === '/v1/chat/completions');
    expect(JSON.parse(request?.body ?? '{}')).toEqual({
      model: 'rewardanything-8b',
      messages,
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0,
      top_p: 1,
      max_tokens: 4096,
      seed: 7,
      chat_template_kwargs: { enable_thinking: true },
    });
  });

  it('the principle decides the ranking (the scripted judge follows it)', async () => {
    const engine = await engineFor('rewardanything-8b');
    const long = (await judge(engine, judgeMessages('Prefer thorough answers.', CANDIDATES))).result.text;
    const short = (await judge(engine, judgeMessages('Be CONCISE.', CANDIDATES))).result.text;
    expect(long).toContain('"best-to-worst": ["model-1", "model-3", "model-2"]');
    expect(short).toContain('"best-to-worst": ["model-2", "model-3", "model-1"]');
    expect(short).toContain('{"scores": {"model-1": 3, "model-2": 5, "model-3": 4}');
  });

  it('max_tokens reached → finishReason length', async () => {
    const engine = await engineFor('rewardanything-8b');
    const { result, expected } = await judge(engine, undefined, { ...DEFAULT_SAMPLING, max_tokens: 8 });
    expect(result.finishReason).toBe('length');
    expect(result.text).toBe(tokenizeForStreaming(expected).slice(0, 8).join(''));
    expect(result.stats.completionTokens).toBe(8);
  });

  it('re-wraps reasoning_content as <think>…</think>, matching the native output exactly', async () => {
    const { result, deltas, expected } = await judge(await engineFor('fault-reasoning-content'));
    expect(result.text).toBe(expected);
    expect(deltas.join('')).toBe(expected);
    expect(result.finishReason).toBe('stop');
  });

  it('stopping mid-stream keeps the partial text with finishReason abort', async () => {
    const engine = await engineFor('fault-slow');
    const messages = judgeMessages('Prefer thorough answers.', CANDIDATES);
    const ac = new AbortController();
    const deltas: string[] = [];
    const result: RawJudgment = await engine.judge(messages, DEFAULT_SAMPLING, {
      onDelta: (t) => {
        deltas.push(t);
        if (deltas.length === 3) ac.abort();
      },
      signal: ac.signal,
    });
    expect(result.finishReason).toBe('abort');
    expect(result.text).toBe(deltas.join(''));
    expect(result.text.length).toBeGreaterThan(0);
    expect(scriptJudgment(messages).startsWith(result.text)).toBe(true);
    expect(result.text.length).toBeLessThan(scriptJudgment(messages).length);
  });

  it('a signal aborted before the request returns an empty abort', async () => {
    const engine = await engineFor('rewardanything-8b');
    const ac = new AbortController();
    ac.abort();
    const result = await engine.judge(judgeMessages('x', CANDIDATES), DEFAULT_SAMPLING, { onDelta: noop, signal: ac.signal });
    expect(result).toMatchObject({ text: '', finishReason: 'abort' });
  });

  it('a stream cut mid-way returns the partial text as incomplete', async () => {
    const { result, expected } = await judge(await engineFor('fault-cut'));
    expect(result.finishReason).toBe('incomplete');
    expect(result.errorMessage).toMatch(/closed the stream before the judgment finished/);
    expect(result.text.length).toBeGreaterThan(0);
    expect(expected.startsWith(result.text)).toBe(true);
    expect(result.text.length).toBeLessThan(expected.length);
  });

  it('a malformed event is skipped and the judgment completes', async () => {
    const engine = await engineFor('fault-malformed-sse');
    const { result, expected } = await judge(engine);
    expect(result.text).toBe(expected);
    expect(result.finishReason).toBe('stop');
    expect(result.warnings).toEqual([expect.stringContaining('1 corrupt event(s) in its stream (the first: “{not json”)')]);
  });

  it('an event cut short loses its text and is named in a warning', async () => {
    const { result, expected } = await judge(await engineFor('fault-corrupt-sse'));
    expect(result.finishReason).toBe('stop');
    expect(result.text.length).toBeLessThan(expected.length);
    const answer = (text: string) => text.slice(text.indexOf('</think>') + '</think>'.length).trim();
    expect(answer(expected).startsWith('{')).toBe(true);
    expect(answer(result.text).startsWith('{')).toBe(false);
    expect(result.warnings).toEqual([expect.stringMatching(/1 corrupt event\(s\) in its stream \(the first: “\{"id":"chatcmpl/)]);
  });

  it('a body of bare JSON lines is refused as not an event stream', async () => {
    const e = await failure(judge(await engineFor('fault-no-data-prefix')));
    expect(e.kind).toBe('bad-response');
    expect(e.message).toMatch(/not an event stream: none of its \d+ line\(s\) starts with “data:”/);
  });

  it('a whole judgment without finish_reason or [DONE] is kept, with a warning', async () => {
    const { result, expected } = await judge(await engineFor('fault-no-done'));
    expect(result).toMatchObject({ text: expected, finishReason: 'stop' });
    expect(result.warnings).toEqual([expect.stringContaining('without a finish_reason or “data: [DONE]”')]);
  });

  it('HTTP failures throw classified EngineErrors', async () => {
    const cases: Array<[string, string, number]> = [
      ['fault-401', 'unauthorized', 401],
      ['fault-404-model', 'unknown-model', 404],
      ['fault-500', 'server-error', 500],
    ];
    for (const [model, kind, status] of cases) {
      const e = await failure(judge(await engineFor(model)));
      expect(e.kind).toBe(kind);
      expect(e.details).toMatchObject({ call: 'judge', status });
      expect(e.advice.length).toBeGreaterThan(20);
    }
  });

  it('429 carries Retry-After, and withBackoff gets through on the retry', async () => {
    const engine = await engineFor('fault-429');
    const first = await failure(judge(engine, judgeMessages('First body.', CANDIDATES)));
    expect(first.kind).toBe('rate-limited');
    expect(retryAfterOf(first.details)).toBe(1000);

    const messages = judgeMessages('Second body.', CANDIDATES);
    const attempts: number[] = [];
    const started = Date.now();
    const result = await withBackoff(
      (attempt) => {
        attempts.push(attempt);
        return engine.judge(messages, DEFAULT_SAMPLING, { onDelta: noop, signal: new AbortController().signal });
      },
      { retries: 2, baseMs: 10 },
    );
    expect(attempts).toEqual([0, 1]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(result.text).toBe(scriptJudgment(messages));
  });

  it('a server that never answers times out', async () => {
    const engine = await engineFor('fault-hang', { requestTimeoutMs: 300 });
    const started = Date.now();
    const e = await failure(judge(engine));
    expect(e.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a server that goes away after load is unreachable', async () => {
    const temp = await start();
    const engine = new OpenAIEngine({ baseUrl: temp.url, model: 'rewardanything-8b' });
    await engine.load(spec('rewardanything-8b'), loadOpts());
    await temp.close();
    expect((await failure(judge(engine))).kind).toBe('unreachable');
  });

  it('fault-nocors streams normally outside a browser (CORS is the browser’s job)', async () => {
    const { result, expected } = await judge(await engineFor('fault-nocors'));
    expect(result.text).toBe(expected);
  });

  it('long reasoning streams in full', async () => {
    const engine = await engineFor('rewardanything-8b');
    const { result } = await judge(engine, judgeMessages('[[think-tokens:3000]] Prefer detail.', CANDIDATES), { ...DEFAULT_SAMPLING, max_tokens: 100_000 });
    const reasoning = /<think>\n([\s\S]*)\n<\/think>/.exec(result.text)?.[1] ?? '';
    expect(reasoning.split(' ').length).toBe(3000);
    expect(result.finishReason).toBe('stop');
  });
});

describe('OpenAIEngine silence timeout', () => {
  it('a stream that goes silent after the first bytes ends incomplete, keeping the text', async () => {
    const sluggish = await start({ slowTokenMs: 600 });
    try {
      const engine = new OpenAIEngine({ baseUrl: sluggish.url, model: 'fault-slow', requestTimeoutMs: 200 });
      await engine.load(spec('fault-slow'), loadOpts());
      const { result, expected } = await judge(engine);
      expect(result.finishReason).toBe('incomplete');
      expect(result.errorMessage).toMatch(/sent nothing/);
      expect(result.text.length).toBeGreaterThan(0);
      expect(expected.startsWith(result.text)).toBe(true);
    } finally {
      await sluggish.close();
    }
  });
});
