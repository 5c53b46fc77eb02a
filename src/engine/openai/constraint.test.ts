// The grammar and log-probability options reach the server in its dialect, and log probabilities come back.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FixtureServer } from '../../../e2e/fixture-server/types.ts';
import { answerGrammar, expectedScores } from '../../core/index.ts';
import { DEFAULT_SAMPLING } from '../types.ts';
import { OpenAIEngine } from './engine.ts';
import type { OpenAIEngineConfig } from './engine.ts';
import { CANDIDATES, judgeMessages, loadFixtureServer } from './fixture-server.testkit.ts';
import { runCompletion } from './run-completion.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await (await loadFixtureServer())();
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllGlobals());

const grammar = answerGrammar({ names: ['model-1', 'model-2', 'model-3'], thinking: true }).ebnf;

async function sentBody(config: Partial<OpenAIEngineConfig>, opts: { grammar?: string | null; topLogprobs?: number | null; continueFrom?: string | null; thinkingBudget?: number | null }): Promise<Record<string, unknown>> {
  const engine = new OpenAIEngine({ baseUrl: server.url, model: 'rewardanything-8b', ...config });
  await engine.load({ id: 'rewardanything-8b', contextWindow: 4096 }, { onProgress: () => undefined, signal: new AbortController().signal });
  server.requests.length = 0;
  await engine.judge(judgeMessages('Prefer thorough answers.', CANDIDATES), DEFAULT_SAMPLING, { onDelta: () => undefined, signal: new AbortController().signal, ...opts });
  const post = server.requests.find((r) => r.method === 'POST');
  return JSON.parse(post!.body) as Record<string, unknown>;
}

describe('OpenAIEngine with a constraint', () => {
  it('sends the grammar in the field of the server kind', async () => {
    expect((await sentBody({ dialect: 'vllm' }, { grammar })).structured_outputs).toEqual({ grammar });
    expect((await sentBody({ dialect: 'vllm-legacy' }, { grammar })).guided_grammar).toBe(grammar);
    expect((await sentBody({ dialect: 'sglang' }, { grammar })).ebnf).toBe(grammar);
    expect((await sentBody({ dialect: 'llamacpp' }, { grammar })).grammar).toBe(grammar);
  });

  it('sends the thinking budget for the server to enforce in the field of its kind, and none for kinds without one', async () => {
    expect((await sentBody({ dialect: 'vllm' }, { thinkingBudget: 512 })).thinking_token_budget).toBe(512);
    expect((await sentBody({ dialect: 'sglang' }, { thinkingBudget: 512 })).custom_params).toEqual({ thinking_budget: 512 });
    for (const dialect of ['vllm-legacy', 'llamacpp', 'none'] as const) {
      const body = await sentBody({ dialect }, { thinkingBudget: 512 });
      expect(Object.keys(body).filter((k) => /budget|custom_params/.test(k))).toEqual([]);
    }
    expect((await sentBody({ dialect: 'vllm' }, {})).thinking_token_budget).toBeUndefined();
  });

  it('sends nothing extra for other servers, or without a grammar', async () => {
    const body = await sentBody({ dialect: 'none' }, { grammar });
    expect(Object.keys(body).filter((k) => /grammar|ebnf|structured|logprobs/.test(k))).toEqual([]);
    const plain = await sentBody({ dialect: 'vllm' }, {});
    expect(plain.structured_outputs).toBeUndefined();
  });

  it('asks for log probabilities', async () => {
    const body = await sentBody({ dialect: 'none' }, { topLogprobs: 5 });
    expect(body).toMatchObject({ logprobs: true, top_logprobs: 5 });
  });
});

describe('log probabilities in the stream', () => {
  const data = (o: object) => `data: ${JSON.stringify(o)}\n\n`;
  const chunk = (content: string, logprobs: object | null) => data({ choices: [{ index: 0, delta: { content }, logprobs, finish_reason: null }] });

  it('are gathered over the chunks, in order', async () => {
    const sse = [
      chunk('"model-1":', { content: [{ token: '"model-1":', logprob: 0, top_logprobs: [] }] }),
      chunk(' 4', { content: [{ token: ' ', logprob: 0, top_logprobs: [] }, { token: '4', logprob: -0.3, top_logprobs: [{ token: '4', logprob: -0.3 }, { token: '5', logprob: -1.4 }] }] }),
      chunk('}', null),
      'data: [DONE]\n\n',
    ].join('');
    vi.stubGlobal('fetch', async () => new Response(sse, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
    const { judgment } = await runCompletion({
      url: 'http://h/v1/chat/completions',
      probeUrl: 'http://h/v1/models',
      headers: {},
      body: '{}',
      model: 'm',
      timeoutMs: 5000,
      signal: new AbortController().signal,
      onDelta: () => undefined,
    });
    expect(judgment.text).toBe('"model-1": 4}');
    // The last chunk came without log probabilities: its text keeps its place, marked missing.
    expect(judgment.logprobs?.map((l) => l.token)).toEqual(['"model-1":', ' ', '4', '}']);
    expect(judgment.logprobs?.map((l) => l.missing ?? false)).toEqual([false, false, false, true]);
    expect(judgment.logprobs?.[2]?.top_logprobs).toEqual([{ token: '4', logprob: -0.3 }, { token: '5', logprob: -1.4 }]);
  });

  it('are absent when the server sent none', async () => {
    vi.stubGlobal('fetch', async () => new Response(chunk('x', null) + 'data: [DONE]\n\n', { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
    const { judgment } = await runCompletion({ url: 'http://h/v1/chat/completions', probeUrl: 'http://h/v1/models', headers: {}, body: '{}', model: 'm', timeoutMs: 5000, signal: new AbortController().signal, onDelta: () => undefined });
    expect(judgment.logprobs).toBeUndefined();
  });
});

describe('the fixture server with log probabilities and a server without grammars', () => {
  const judgeWith = async (model: string, opts: { grammar?: string | null; topLogprobs?: number | null }) => {
    const engine = new OpenAIEngine({ baseUrl: server.url, model, dialect: 'vllm' });
    await engine.load({ id: model, contextWindow: 4096 }, { onProgress: () => undefined, signal: new AbortController().signal });
    return engine.judge(judgeMessages('Prefer thorough answers.', CANDIDATES), DEFAULT_SAMPLING, { onDelta: () => undefined, signal: new AbortController().signal, ...opts });
  };

  it('streams each score digit as its own token with its alternatives, which give expected scores', async () => {
    const result = await judgeWith('rewardanything-8b', { topLogprobs: 5 });
    const names = Object.keys(CANDIDATES);
    const expected = expectedScores(result.logprobs, result.text, { names });
    expect(expected.problems).toEqual([]);
    expect(expected.distributions.map((d) => d.name).sort()).toEqual([...names].sort());
    for (const d of expected.distributions) {
      expect(d.chosenProbability).toBeCloseTo(0.6, 5);
      expect(d.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
  });

  it('fault-no-grammar refuses a request carrying a grammar (HTTP 400) and answers one without', async () => {
    await expect(judgeWith('fault-no-grammar', { grammar })).rejects.toMatchObject({ kind: 'bad-config' });
    await expect(judgeWith('fault-no-grammar', {})).resolves.toMatchObject({ finishReason: 'stop' });
  });
});

describe('continuing a reply (the thinking budget’s second step) against the fixture server', () => {
  const prefix = '<think>\nmodel-1 is the most thorough, and\n</think>\n\n';
  const answerGrammarText = answerGrammar({ names: ['model-1', 'model-2', 'model-3'], thinking: false }).ebnf;

  it('sends the reply so far as a final assistant message with continue_final_message, and streams only its continuation', async () => {
    const body = await sentBody({ dialect: 'vllm' }, { grammar: answerGrammarText, continueFrom: prefix });
    const messages = body.messages as Array<{ role: string; content: string }>;
    expect(messages.at(-1)).toEqual({ role: 'assistant', content: prefix });
    expect(body).toMatchObject({ continue_final_message: true, add_generation_prompt: false, structured_outputs: { grammar: answerGrammarText } });

    const engine = new OpenAIEngine({ baseUrl: server.url, model: 'rewardanything-8b', dialect: 'vllm' });
    await engine.load({ id: 'rewardanything-8b', contextWindow: 4096 }, { onProgress: () => undefined, signal: new AbortController().signal });
    const result = await engine.judge(judgeMessages('Prefer thorough answers.', CANDIDATES), DEFAULT_SAMPLING, { onDelta: () => undefined, signal: new AbortController().signal, continueFrom: prefix });
    expect(result.finishReason).toBe('stop');
    expect(result.text.startsWith('{"scores"')).toBe(true);
    expect(engine.continueSupport()).toEqual({ grammar: true });
  });

  it('a first request without it has no assistant message and no continuation fields', async () => {
    const body = await sentBody({ dialect: 'vllm' }, {});
    expect((body.messages as Array<{ role: string }>).map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.continue_final_message).toBeUndefined();
    expect(body.add_generation_prompt).toBeUndefined();
  });
});
