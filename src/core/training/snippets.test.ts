// The TypeScript snippet, evaluated: its message builder must produce byte-for-byte what `buildJudgeMessages` produces,
// and its parser what `parseJudgeOutput` produces. (The Python snippets are executed with python3 in
// scripts/training-snippets.test.ts.)

import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { JudgeInput } from '../protocol/index.ts';
import { SYSTEM_PROMPT, buildJudgeMessages, maskingOrder, parseJudgeOutput } from '../protocol/index.ts';
import { readFixtureBytes } from '../testdata/read-fixture.ts';
import type { TrainingSetup } from './index.ts';
import {
  EXAMPLE_MARKER,
  pythonOpenAISnippet,
  pythonReferenceSnippet,
  servingSnippet,
  trainingSetup,
  trainingSnippets,
  trlRewardSnippet,
  typescriptOpenAISnippet,
  verlRewardSnippet,
} from './index.ts';
import { TRICKY_OUTPUTS, TRICKY_TEXT, arbJudgeInput, arbJudgeOutput, trickyInput } from './training.testkit.ts';

type Pairs = Array<[string, string]>;
interface Message {
  role: string;
  content: string;
}
interface TsSnippetModule {
  PRINCIPLE: string;
  SYSTEM_PROMPT: string;
  MODEL: string;
  BASE_URL: string;
  EXAMPLE_PROMPT?: string;
  EXAMPLE_RESPONSES?: Pairs;
  maskingOrder(n: number): number[];
  pyJsonString(s: string): string;
  buildMessages(prompt: string, responses: Pairs, principle?: string, mask?: boolean): { messages: Message[]; maskedToReal: Map<string, string> | null };
  parseOutput(text: string, maskedToReal?: Map<string, string> | null): { reasoning: string; scores: Pairs | Array<[string, number]>; ranking: string[] };
  judge(prompt: string, responses: Pairs, options?: { fetch?: typeof fetch; principle?: string }): Promise<{ raw: string; scores: Array<[string, number]>; ranking: string[]; finishReason: string | null }>;
  rewardAll(prompt: string, responses: string[], options?: { fetch?: typeof fetch }): Promise<number[]>;
  reward(prompt: string, responses: string[], index: number, options?: { fetch?: typeof fetch }): Promise<number>;
  normalise(score: number | null | undefined): number;
}

/** Transpiles the TypeScript snippet (up to its runnable `main`) and evaluates it as a CommonJS module. */
function loadTsSnippet(code: string): TsSnippetModule {
  expect(code).toContain(EXAMPLE_MARKER);
  const cut = code.indexOf('async function main(');
  expect(cut).toBeGreaterThan(0);
  const { outputText, diagnostics } = ts.transpileModule(code.slice(0, cut), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    reportDiagnostics: true,
  });
  expect(diagnostics ?? []).toEqual([]);
  const module = { exports: {} as Record<string, unknown> };
  new Function('exports', 'module', 'require', outputText)(module.exports, module, () => {
    throw new Error('the snippet must not import anything');
  });
  return module.exports as unknown as TsSnippetModule;
}

const pairsOf = (input: JudgeInput): Pairs => input.responses.map((r) => [r.name, r.text]);

function expectSameMessages(mod: TsSnippetModule, input: JudgeInput, mask: boolean): void {
  const expected = buildJudgeMessages(input, { mask });
  const actual = mod.buildMessages(input.prompt, pairsOf(input), input.principle, mask);
  expect(actual.messages).toEqual(expected.messages);
  expect(actual.maskedToReal === null ? null : [...actual.maskedToReal]).toEqual(expected.maskedToReal);
}

const tricky = trickyInput();
const trickySetup: TrainingSetup = trainingSetup(tricky.principle, {
  modelId: 'RewardAnything-8B-v1-q4f16_1-MLC',
  example: { prompt: tricky.prompt, responses: tricky.responses },
});

describe('TypeScript snippet: message building', () => {
  const mod = loadTsSnippet(typescriptOpenAISnippet(trickySetup).code);

  it('embeds the principle and the system prompt byte for byte', () => {
    expect(mod.PRINCIPLE).toBe(tricky.principle);
    expect(mod.SYSTEM_PROMPT).toBe(SYSTEM_PROMPT);
    expect(mod.MODEL).toBe('WisdomShell/RewardAnything-8B-v1');
    expect(mod.BASE_URL).toBe('http://localhost:8000/v1');
  });

  it('embeds the judgment as its example, which builds the same messages as the core', () => {
    expect(mod.EXAMPLE_PROMPT).toBe(tricky.prompt);
    expect(mod.EXAMPLE_RESPONSES).toEqual(pairsOf(tricky));
    const expected = buildJudgeMessages(tricky);
    expect(mod.buildMessages(mod.EXAMPLE_PROMPT ?? '', mod.EXAMPLE_RESPONSES ?? []).messages).toEqual(expected.messages);
  });

  it('builds the two messages exactly as buildJudgeMessages for a tricky input (mask on and off, 1..30 candidates)', () => {
    for (const mask of [true, false]) {
      for (let n = 1; n <= 30; n++) expectSameMessages(mod, { ...tricky, responses: trickyInput(n).responses }, mask);
    }
    // 12 candidates really are shuffled, and integer-like names keep their place.
    const user = mod.buildMessages(tricky.prompt, pairsOf(tricky), tricky.principle, false).messages[1]?.content ?? '';
    expect(user.indexOf('"10": ')).toBeLessThan(user.indexOf('"2": '));
    expect(maskingOrder(12)).not.toEqual([...Array(12).keys()]);
  });

  it('builds the same messages as the core for random inputs (lone surrogates, controls, separators)', () => {
    fc.assert(
      fc.property(arbJudgeInput(), fc.boolean(), (input, mask) => expectSameMessages(mod, input, mask)),
      { numRuns: 400 },
    );
  });

  it('ports CPython\'s seeded shuffle exactly, for any N', () => {
    for (let n = 0; n <= 300; n++) expect(mod.maskingOrder(n)).toEqual(maskingOrder(n));
    for (const n of [623, 624, 625, 1000, 4097]) expect(mod.maskingOrder(n)).toEqual(maskingOrder(n));
  });

  it('matches the reference vectors of the parity fixture', async () => {
    const fixture = JSON.parse(new TextDecoder().decode(await readFixtureBytes('rewardanything-parity.json'))) as {
      prompt_cases: Array<{ principle: string; prompt: string; responses: Pairs; mask: boolean; messages: Message[] }>;
      shuffle_permutations: { perms: Record<string, number[]> };
    };
    for (const c of fixture.prompt_cases) {
      expect(mod.buildMessages(c.prompt, c.responses, c.principle, c.mask).messages).toEqual(c.messages);
    }
    for (const [n, perm] of Object.entries(fixture.shuffle_permutations.perms)) {
      expect(mod.maskingOrder(Number(n)).map((i) => i + 1)).toEqual(perm);
    }
  });
});

describe('TypeScript snippet: parsing', () => {
  const mod = loadTsSnippet(typescriptOpenAISnippet(trickySetup).code);
  const map: Array<[string, string]> = [
    ['model-1', 'alpha'],
    ['model-2', 'beta'],
    ['model-3', '10'],
    ['model-4', '2'],
  ];

  const expectSameParse = (raw: string, maskedToReal: Array<[string, string]> | null) => {
    const expected = parseJudgeOutput(raw, maskedToReal);
    const actual = mod.parseOutput(raw, maskedToReal && new Map(maskedToReal));
    expect({ reasoning: actual.reasoning, scores: actual.scores, ranking: actual.ranking }).toEqual({
      reasoning: expected.reasoning,
      scores: expected.scores,
      ranking: expected.ranking,
    });
  };

  it('parses the tricky outputs as parseJudgeOutput does (masked and not)', () => {
    for (const raw of TRICKY_OUTPUTS) {
      expectSameParse(raw, map);
      expectSameParse(raw, null);
    }
  });

  it('parses the fixture\'s reference cases', async () => {
    const fixture = JSON.parse(new TextDecoder().decode(await readFixtureBytes('rewardanything-parity.json'))) as {
      parse_cases: Array<{ raw: string; masked2real: Array<[string, string]> | null }>;
    };
    for (const c of fixture.parse_cases) expectSameParse(c.raw, c.masked2real);
  });

  it('parses random outputs as parseJudgeOutput does', () => {
    fc.assert(fc.property(arbJudgeOutput, fc.boolean(), (raw, masked) => expectSameParse(raw, masked ? map : null)), {
      numRuns: 1500,
    });
  });
});

describe('TypeScript snippet: the judge call', () => {
  const mod = loadTsSnippet(typescriptOpenAISnippet(trainingSetup('Be brief.', { baseUrl: 'http://127.0.0.1:9000/' })).code);

  const fakeServer = (message: Record<string, unknown>) => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init: init ?? {} });
      return new Response(JSON.stringify({ choices: [{ finish_reason: 'stop', message }] }), { status: 200 });
    }) as typeof fetch;
    return { calls, fetchFn };
  };

  it('sends the messages and the sampling explicitly, with no key but the placeholder', async () => {
    const { calls, fetchFn } = fakeServer({ content: '<think>ok</think>{"scores": {"model-1": 5, "model-2": 1}, "best-to-worst": ["model-1", "model-2"]}' });
    const responses: Pairs = [
      ['a', 'first'],
      ['b', 'second'],
    ];
    const result = await mod.judge('Q?', responses, { fetch: fetchFn });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('http://127.0.0.1:9000/v1/chat/completions');
    const body = JSON.parse(String(calls[0]?.init.body)) as Record<string, unknown>;
    expect(body).toEqual({
      model: 'WisdomShell/RewardAnything-8B-v1',
      messages: buildJudgeMessages({ principle: 'Be brief.', prompt: 'Q?', responses: [{ name: 'a', text: 'first' }, { name: 'b', text: 'second' }] }).messages,
      temperature: 0,
      top_p: 1,
      max_tokens: 4096,
      chat_template_kwargs: { enable_thinking: true },
    });
    expect((calls[0]?.init.headers as Record<string, string>).Authorization).toBe('Bearer EMPTY');
    // model-1 is b (the shuffle of two swaps them), so b scored 5.
    expect(result.scores).toEqual([
      ['b', 5],
      ['a', 1],
    ]);
    expect(result.finishReason).toBe('stop');
  });

  it('puts reasoning returned in a separate field back between think tags', async () => {
    const { fetchFn } = fakeServer({ content: '{"scores": {"model-1": 4}}', reasoning_content: '\nthought\n' });
    const result = await mod.judge('Q', [['only', 'x']], { fetch: fetchFn });
    expect(result.raw).toBe('<think>\nthought\n</think>{"scores": {"model-1": 4}}');
  });

  it('turns scores into rewards in [0, 1] with (score - 1) / 4, and a missing score into 0', async () => {
    const { fetchFn } = fakeServer({ content: '{"scores": {"model-1": 5, "model-2": 2}}' });
    // Three responses: order [2, 1, 0]? whatever the permutation, compare with the core's map.
    const order = maskingOrder(3);
    const rewards = await mod.rewardAll('Q', ['r1', 'r2', 'r3'], { fetch: fetchFn });
    const expected = [0, 0, 0];
    expected[order[0] ?? 0] = 1; // model-1 scored 5
    expected[order[1] ?? 0] = 0.25; // model-2 scored 2
    expect(rewards).toEqual(expected);
    expect(await mod.reward('Q', ['r1', 'r2', 'r3'], order[1] ?? 0, { fetch: fetchFn })).toBe(0.25);
    expect(mod.normalise(7)).toBe(1);
    expect(mod.normalise(3)).toBe(0.5);
    expect(mod.normalise(null)).toBe(0);
  });
});

describe('every snippet', () => {
  const setups: TrainingSetup[] = [
    trickySetup,
    trainingSetup('Concise.', {
      mask: false,
      sampling: { temperature: 0.6, top_p: 0.95, max_tokens: 2048, enable_thinking: false },
      modelId: 'rewardanything:8b',
      contextWindow: 16384,
      baseUrl: 'http://user:sk-secret-123@gpu.example.com:8000/v1/chat/completions?api_key=sk-abc#x',
    }),
  ];

  it('records the exact setup in its header', () => {
    for (const setup of setups) {
      for (const snippet of trainingSnippets(setup)) {
        const head = snippet.code.slice(0, 1500);
        const s = setup.sampling;
        expect(head, snippet.id).toContain(`temperature=${s.temperature}, top_p=${s.top_p}, max_tokens=${s.max_tokens}, thinking ${s.enable_thinking ? 'on' : 'off'}`);
        expect(head, snippet.id).toContain(`${setup.contextWindow} tokens`);
        expect(head, snippet.id).toContain(setup.mask ? 'masking' : 'off: the real names');
        expect(head, snippet.id).toContain(setup.modelId);
        if (snippet.language !== 'markdown') expect(head, snippet.id).toMatch(/byte-identical/);
      }
    }
  });

  it('never embeds a key or credentials: placeholders and environment variables only', () => {
    for (const setup of setups) {
      for (const snippet of trainingSnippets(setup)) {
        expect(snippet.code, snippet.id).not.toContain('sk-');
        expect(snippet.code, snippet.id).not.toContain('user:');
        expect(snippet.code, snippet.id).not.toContain('api_key=sk');
      }
    }
    expect(pythonOpenAISnippet(setups[1]!).code).toContain('os.environ.get("OPENAI_API_KEY", "EMPTY")');
    expect(pythonOpenAISnippet(setups[1]!).code).toContain('"http://gpu.example.com:8000/v1"');
    expect(typescriptOpenAISnippet(setups[1]!).code).toContain('env.OPENAI_API_KEY ?? "EMPTY"');
    // A setup has no field for a key at all.
    expect(Object.keys(trainingSetup('p'))).not.toContain('apiKey');
    // @ts-expect-error TrainingSetup has no apiKey
    trainingSetup('p', { apiKey: 'x' });
  });

  it('passes the sampling settings explicitly', () => {
    const setup = setups[1]!;
    const py = pythonOpenAISnippet(setup).code;
    expect(py).toContain('TEMPERATURE = 0.6\nTOP_P = 0.95\nMAX_TOKENS = 2048\nENABLE_THINKING = False\nMASK_RESPONSES = False');
    expect(py).toContain('extra_body={"chat_template_kwargs": {"enable_thinking": ENABLE_THINKING}}');
    const tsCode = typescriptOpenAISnippet(setup).code;
    expect(tsCode).toContain('TEMPERATURE = 0.6;');
    expect(tsCode).toContain('chat_template_kwargs: { enable_thinking: ENABLE_THINKING }');
    const ref = pythonReferenceSnippet(setup).code;
    expect(ref).toContain('"do_sample": True, "temperature": 0.6, "top_p": 0.95');
    expect(ref).toContain('setting "thinking off" is NOT reproduced');
    expect(ref).toContain('MODEL = "WisdomShell/RewardAnything-8B-v1"'); // an Ollama name cannot be loaded
    expect(pythonReferenceSnippet(trickySetup).code).toContain('{"max_new_tokens": 4096, "do_sample": False}');
  });

  it('warns about the reference package\'s silent 4,096-token truncation', () => {
    const code = pythonReferenceSnippet(trickySetup).code;
    expect(code).toContain('WARNING: local mode tokenizes with truncation=True, max_length=4096');
    expect(code).toContain('def fits_locally(');
    expect(code).toContain('rewardanything.from_pretrained(');
    expect(code).toContain('rewardanything.Client(');
    expect(code).toContain('rewardanything serve -c config.json');
    expect(code).toContain('def reward(judge, prompt, responses, index');
  });

  it('has the hook signatures TRL and veRL call', () => {
    expect(trlRewardSnippet(trickySetup).code).toContain('def rewardanything_reward(prompts, completions, **kwargs):');
    const verl = verlRewardSnippet(trickySetup).code;
    expect(verl).toContain('def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs):');
    expect(verl).toContain('def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos, **kwargs):');
    expect(verl).toContain('custom_reward_function.path=');
    expect(verl).toContain('reward_model.reward_manager=batch');
  });

  it('lists six snippets with distinct ids and filenames, each described in one line', () => {
    const list = trainingSnippets(trickySetup);
    expect(list.map((s) => s.id)).toEqual(['python-openai', 'trl', 'verl', 'typescript-openai', 'python-reference', 'serving']);
    expect(new Set(list.map((s) => s.filename)).size).toBe(list.length);
    for (const s of list) {
      expect(s.description).not.toContain('\n');
      expect(s.code.endsWith('\n')).toBe(true);
      expect(s.code).not.toMatch(/[ \t]+\n/); // no trailing whitespace
    }
    expect(servingSnippet(trickySetup).code).toContain('vllm serve WisdomShell/RewardAnything-8B-v1 --max-model-len 8192 --generation-config vllm');
  });

  it('is deterministic', () => {
    expect(trainingSnippets(trickySetup)).toEqual(trainingSnippets(trickySetup));
  });

  it('keeps the principle and the tricky text out of comments (only inside literals)', () => {
    // A principle with a newline followed by code must not become code.
    const evil = 'x\nimport os; os.system("rm -rf /")  # ' + TRICKY_TEXT;
    const mod = loadTsSnippet(typescriptOpenAISnippet(trainingSetup(evil)).code);
    expect(mod.PRINCIPLE).toBe(evil);
    for (const snippet of trainingSnippets(trainingSetup(evil))) {
      expect(snippet.code.split('\n').some((line) => line.startsWith('import os; os.system'))).toBe(false);
    }
  });
});
