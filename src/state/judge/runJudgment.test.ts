import { describe, expect, it } from 'vitest';
import type { JudgeEngine, JudgeOptions, RawJudgment, Sampling } from '../../engine/types.ts';
import { DEFAULT_SAMPLING } from '../../engine/types.ts';
import { EngineError } from '../../engine/errors.ts';
import { runJudgment, type JudgeConstraint } from './runJudgment.ts';

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

describe('runJudgment with a constraint', () => {
  const answer = '<think>x</think>{"scores": {"model-1": 4, "model-2": 2}, "best-to-worst": ["model-1", "model-2"]}';
  /** The logprobs of `answer` as one token per character, the two score digits with alternatives. */
  const logprobsOf = (text: string) =>
    [...text].map((ch, i) => {
      const score = ch === '4' && text[i - 2] === ':' ? [['4', -0.2], ['5', -1.8], ['3', -3]] : ch === '2' && text[i - 2] === ':' ? [['2', -0.1], ['1', -2.5]] : null;
      return { token: ch, logprob: score ? (score[0]![1] as number) : 0, top_logprobs: score ? score.map(([t, l]) => ({ token: t as string, logprob: l as number })) : [] };
    });
  const seen: Array<{ grammar?: string | null; topLogprobs?: number | null }> = [];
  const engine = (refuseConstraint: boolean): JudgeEngine => ({
    kind: 'openai',
    load: async () => ({ modelId: 'm', contextWindow: 8192, loadMs: 0 }),
    unload: async () => {},
    judge: async (_m, _s, opts) => {
      seen.push({ grammar: opts.grammar, topLogprobs: opts.topLogprobs });
      if (refuseConstraint && opts.grammar) throw new EngineError('bad-config', 'The server rejected the request (HTTP 400): unknown field "guided_grammar"', 'Check it.');
      opts.onDelta(answer);
      return { text: answer, stats, finishReason: 'stop', logprobs: opts.topLogprobs ? logprobsOf(answer) : undefined };
    },
  });
  const run = (e: JudgeEngine, constraint: JudgeConstraint = { grammar: true, coversReasoning: true, thinkingBudget: null, topLogprobs: 5, temperatureScaled: false }) =>
    runJudgment({
      engine: e,
      engineRef: { kind: 'openai', modelId: 'm', contextWindow: 8192 },
      input: { principle: 'Be right.', prompt: 'Q', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }] },
      mask: true,
      sampling: DEFAULT_SAMPLING,
      signal: new AbortController().signal,
      persist: false,
      constraint,
    });

  it('sends the answer grammar for the names the model sees and gives expected scores under the user’s names', async () => {
    seen.length = 0;
    const record = await run(engine(false));
    expect(seen[0]?.grammar).toContain('"\\"model-1\\""');
    expect(seen[0]?.topLogprobs).toBe(5);
    expect(record.constraint).toEqual({ grammar: true, thinkingBudget: null });
    const byName = new Map(record.expected?.distributions.map((d) => [d.name, d]));
    const shownOrder = record.maskedToReal!.map(([, real]) => real);
    const first = byName.get(shownOrder[0]!)!;
    expect(first.chosen).toBe(4);
    expect(first.expected).toBeGreaterThan(4);
    expect(first.expected).toBeLessThan(4.3);
  });

  it('wanting expected scores from an engine that reports them after temperature 0, asks for none and says why', async () => {
    seen.length = 0;
    const record = await run(engine(false), { grammar: true, coversReasoning: true, thinkingBudget: null, topLogprobs: null, temperatureScaled: true, wantedLogprobs: true });
    expect(seen[0]?.topLogprobs).toBeNull();
    expect(record.expected?.distributions).toEqual([]);
    expect(record.expected?.problems[0]).toMatch(/after the sampling temperature \(0\).*at least 0\.05/);
  });

  it('a browser engine that cannot use the grammar judges once more without it, and the record says so', async () => {
    seen.length = 0;
    const browser: JudgeEngine = {
      ...engine(false),
      kind: 'webllm',
      judge: async (m, sm, opts) => {
        if (opts.grammar) throw new EngineError('bad-config', 'WebLLM could not use the answer grammar.', 'Run once without it.', { raw: 'EBNF parser error at line 1' });
        return engine(false).judge(m, sm, opts);
      },
    };
    const record = await run(browser);
    expect(record.status).toBe('done');
    expect(record.constraint?.note).toBe('WebLLM could not use the answer grammar (EBNF parser error at line 1); this judgment ran without it. If it keeps happening, turn the grammar off in Settings → Answer.');
    expect(record.parsed?.scores).toHaveLength(2);
  });

  it('a server that refuses the constraint is asked once more without it, and the record says so', async () => {
    seen.length = 0;
    const record = await run(engine(true));
    expect(seen.map((s) => Boolean(s.grammar))).toEqual([true, false]);
    expect(record.status).toBe('done');
    expect(record.constraint?.note).toMatch(/^The server refused the constraint \(The server rejected the request \(HTTP 400\)/);
    expect(record.expected).toBeUndefined();
  });
});

describe('runJudgment keeps the timing of the stream', () => {
  const pieces = ['<think>x', '</think>{"scores": {"A": 5, "B": 2}, ', '"best-to-worst": ["A", "B"]}'];
  const streaming: JudgeEngine = {
    kind: 'openai',
    load: async () => ({ modelId: 'm', contextWindow: 8192, loadMs: 0 }),
    unload: async () => {},
    judge: async (_m, _s, opts) => {
      for (const p of pieces) {
        await new Promise((r) => setTimeout(r, 5));
        opts.onDelta(p);
      }
      return { text: pieces.join(''), stats, finishReason: 'stop' };
    },
  };
  const run = (keepTimeline?: boolean) =>
    runJudgment({
      engine: streaming,
      engineRef: { kind: 'openai', modelId: 'm', contextWindow: 8192 },
      input: { principle: 'Be right.', prompt: 'Q', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }] },
      mask: false,
      sampling: DEFAULT_SAMPLING,
      signal: new AbortController().signal,
      persist: false,
      keepTimeline,
    });

  it('records each piece’s length and arrival, in order, when asked', async () => {
    const r = await run(true);
    expect(r.timeline?.map(([, n]) => n)).toEqual(pieces.map((p) => p.length));
    const times = r.timeline!.map(([t]) => t);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('keeps none for a judgment that is not stored (a benchmark item)', async () => {
    expect((await run()).timeline).toBeUndefined();
  });
});

describe('runJudgment with a thinking budget', () => {
  const reasoning = '<think>\nA is right and B is wrong, and then the model goes on about';
  const answer = '{"scores": {"A": 5, "B": 2}, "best-to-worst": ["A", "B"]}';
  interface Call {
    maxTokens: number;
    thinkingBudget?: number | null | undefined;
    continueFrom: string | null | undefined;
    grammar: string | null | undefined;
  }
  /** An engine whose reasoning runs past any budget: cut at max_tokens; continued, it writes the answer. */
  /** What a request asked, as the tests below read it. */
  const callOf = (s: Sampling, o: JudgeOptions): Call => ({ maxTokens: s.max_tokens, continueFrom: o.continueFrom, grammar: o.grammar, thinkingBudget: o.thinkingBudget });
  function endlessThinker(support: { grammar: boolean } | { reason: string } | null, calls: Call[]): JudgeEngine {
    return {
      kind: 'openai',
      load: async () => ({ modelId: 'm', contextWindow: 8192, loadMs: 0 }),
      unload: async () => {},
      ...(support ? { continueSupport: () => support } : {}),
      judge: async (_m, s, opts) => {
        calls.push(callOf(s, opts));
        const text = opts.continueFrom ? answer : reasoning;
        opts.onDelta(text);
        return { text, stats: { ...stats, completionTokens: opts.continueFrom ? 20 : s.max_tokens }, finishReason: opts.continueFrom ? 'stop' : 'length' };
      },
    };
  }
  const run = (engine: JudgeEngine, thinkingBudget: number | null, grammar = true, coversReasoning = true, serverBudget = false) =>
    runJudgment({
      engine,
      engineRef: { kind: 'openai', modelId: 'm', contextWindow: 8192 },
      input: { principle: 'Be right.', prompt: 'Q', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }] },
      mask: false,
      sampling: { ...DEFAULT_SAMPLING, enable_thinking: true, max_tokens: 4096 },
      signal: new AbortController().signal,
      persist: false,
      keepTimeline: true,
      constraint: { grammar, coversReasoning, thinkingBudget, topLogprobs: null, temperatureScaled: false, ...(serverBudget ? { serverBudget } : {}) },
    });

  it('cuts the reasoning at the budget, closes it, and the continued answer parses; the record says the budget cut it', async () => {
    const calls: Call[] = [];
    const record = await run(endlessThinker({ grammar: true }, calls), 512);
    expect(calls.map((c) => c.maxTokens)).toEqual([512, 4096 - 512]);
    const prefix = `${reasoning}\n</think>\n\n`;
    expect(calls[1]!.continueFrom).toBe(prefix);
    // The continuation's grammar describes the answer only (no "<think>").
    expect(calls[0]!.grammar).toContain('"<think>"');
    expect(calls[1]!.grammar).toBeTruthy();
    expect(calls[1]!.grammar).not.toContain('<think>');
    expect(record.raw).toBe(prefix + answer);
    expect(record.status).toBe('done');
    expect(record.finishReason).toBe('stop');
    expect(record.parsed?.scores).toEqual([['A', 5], ['B', 2]]);
    expect(record.reasoningBudget).toEqual({ tokens: 512, cut: true });
    expect(record.stats?.completionTokens).toBe(532);
    // The replay timeline spells the whole output.
    expect(record.timeline!.reduce((n, [, len]) => n + len, 0)).toBe(record.raw.length);
  });

  it('an engine that continues without a grammar still gets the answer, and the record says it was not held', async () => {
    const calls: Call[] = [];
    const record = await run(endlessThinker({ grammar: false }, calls), 256);
    expect(calls[1]!.grammar).toBeNull();
    expect(record.parsed?.scores).toEqual([['A', 5], ['B', 2]]);
    expect(record.reasoningBudget?.cut).toBe(true);
    expect(record.reasoningBudget?.note).toMatch(/not held to the grammar/);
  });

  it('an engine that cannot continue a reply runs as before, and the record says why the budget was not applied', async () => {
    const calls: Call[] = [];
    const record = await run(endlessThinker({ reason: 'the model’s chat template is unknown' }, calls), 512);
    expect(calls.map((c) => c.maxTokens)).toEqual([4096]);
    expect(record.reasoningBudget).toEqual({ tokens: 512, cut: false, note: 'The thinking budget was not applied: the model’s chat template is unknown.' });
    expect(record.finishReason).toBe('length');
  });

  it('a reasoning that ends within the budget is not cut: one request', async () => {
    const calls: Call[] = [];
    const done: JudgeEngine = { ...engineAnswering(`<think>\nshort\n</think>\n\n${answer}`, { finishReason: 'stop' }), continueSupport: () => ({ grammar: true }) };
    const record = await run({ ...done, judge: (m, s, o) => (calls.push(callOf(s, o)), done.judge(m, s, o)) }, 512);
    expect(calls).toHaveLength(1);
    expect(record.reasoningBudget).toEqual({ tokens: 512, cut: false });
  });

  it('a reasoning that ended but whose answer the budget cut keeps the reasoning, drops the partial answer and writes it again', async () => {
    const calls: Call[] = [];
    const first = `<think>\nshort\n</think>\n\n{"scores": {"A": 5`;
    const engine: JudgeEngine = {
      ...endlessThinker({ grammar: true }, calls),
      judge: async (_m, s, opts) => {
        calls.push(callOf(s, opts));
        const text = opts.continueFrom ? answer : first;
        opts.onDelta(text);
        return { text, stats, finishReason: opts.continueFrom ? 'stop' : 'length' };
      },
    };
    const record = await run(engine, 512);
    expect(calls[1]!.continueFrom).toBe('<think>\nshort\n</think>\n\n');
    expect(record.raw).toBe(`<think>\nshort\n</think>\n\n${answer}`);
    expect(record.reasoningBudget).toEqual({ tokens: 512, cut: false });
    expect(record.parsed?.scores).toEqual([['A', 5], ['B', 2]]);
    expect(record.timeline!.reduce((n, [, len]) => n + len, 0)).toBe(record.raw.length);
  });

  it('a budget not below the token limit, or a server that splits the reasoning off, is not applied and the record says why', async () => {
    const calls: Call[] = [];
    expect((await run(endlessThinker({ grammar: true }, calls), 4096)).reasoningBudget?.note).toMatch(/not below the token limit/);
    const split = await run(endlessThinker({ grammar: true }, calls), 512, true, false);
    expect(split.reasoningBudget?.note).toMatch(/splits the reasoning off/);
    expect(calls.every((c) => c.maxTokens === 4096 && !c.continueFrom)).toBe(true);
  });

  it('a server that splits the reasoning off and enforces the budget itself gets it with the one request, the answer grammar and the full token limit', async () => {
    const calls: Call[] = [];
    const server: JudgeEngine = {
      ...endlessThinker({ grammar: true }, calls),
      judge: async (_m, s, opts) => {
        calls.push(callOf(s, opts));
        const text = `<think>\nshort, as the server closed it\n</think>\n\n${answer}`;
        opts.onDelta(text);
        return { text, stats, finishReason: 'stop' };
      },
    };
    const record = await run(server, 512, true, false, true);
    expect(calls).toEqual([{ maxTokens: 4096, continueFrom: undefined, grammar: expect.stringContaining('scores'), thinkingBudget: 512 }]);
    expect(calls[0]!.grammar).not.toContain('think');
    expect(record.reasoningBudget).toEqual({ tokens: 512, cut: false, note: expect.stringMatching(/sent to the server with the request: the server closes the reasoning there itself/) });
    expect(record.parsed?.scores).toEqual([['A', 5], ['B', 2]]);
  });

  it('a server that refuses the request with the budget runs once without it, and the record says the budget was not applied', async () => {
    const calls: Call[] = [];
    const thinker = endlessThinker({ grammar: true }, calls);
    const refusing: JudgeEngine = {
      ...thinker,
      judge: async (_m, s, opts) => {
        calls.push(callOf(s, opts));
        if (opts.thinkingBudget) throw new EngineError('bad-config', 'The server rejected the request (HTTP 400): unknown field "thinking_token_budget"', 'Check the server kind.');
        opts.onDelta(`<think>\nlong\n</think>\n\n${answer}`);
        return { text: `<think>\nlong\n</think>\n\n${answer}`, stats, finishReason: 'stop' };
      },
    };
    const record = await run(refusing, 512, true, false, true);
    expect(calls.map((c) => c.thinkingBudget)).toEqual([512, null]);
    expect(record.status).toBe('done');
    expect(record.reasoningBudget).toMatchObject({ tokens: 512, cut: false, note: expect.stringContaining('refused the request with the thinking budget') });
  });

  it('an engine that fails to continue keeps the closed reasoning, ends as an error and says no answer was written', async () => {
    const calls: Call[] = [];
    const thinker = endlessThinker({ grammar: true }, calls);
    const failing: JudgeEngine = {
      ...thinker,
      judge: async (m, s, opts) => {
        if (opts.continueFrom) throw new EngineError('bad-config', 'The server rejected the request (HTTP 400): unknown field "continue_final_message"', 'Check the server kind.');
        return thinker.judge(m, s, opts);
      },
    };
    const record = await run(failing, 512);
    expect(record.status).toBe('error');
    expect(record.raw).toBe(`${reasoning}\n</think>\n\n`);
    expect(record.error).toMatchObject({ kind: 'bad-config' });
    expect(record.reasoningBudget).toMatchObject({ tokens: 512, cut: true, note: expect.stringContaining('could not continue the reply') });
    expect(record.timeline!.reduce((n, [, len]) => n + len, 0)).toBe(record.raw.length);
  });

  it('without a budget, nothing changes (no field in the record)', async () => {
    const calls: Call[] = [];
    const record = await run(endlessThinker({ grammar: true }, calls), null);
    expect(calls).toHaveLength(1);
    expect(record.reasoningBudget).toBeUndefined();
  });
});
