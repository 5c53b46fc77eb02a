// The "use in training" snippets, executed: the Python ones with python3 (standard library only; `openai`,
// `rewardanything`, TRL and veRL are stood in for by fakes), the TypeScript one type-checked with tsc in strict mode
// and run with node. What they build must be byte-identical to the core's `buildJudgeMessages`, and what they parse
// equal to `parseJudgeOutput`.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JudgeInput } from '../src/core/protocol/index.ts';
import { SYSTEM_PROMPT, buildJudgeMessages, parseJudgeOutput } from '../src/core/protocol/index.ts';
import type { TrainingSetup, TrainingSnippet } from '../src/core/training/index.ts';
import {
  REFERENCE_LOCAL_INPUT_LIMIT,
  pythonStringLiteral,
  pythonTextExpression,
  trainingSetup,
  trainingSnippets,
} from '../src/core/training/index.ts';
import {
  TRICKY_OUTPUTS,
  arbCodeUnits,
  arbJudgeInput,
  arbJudgeOutput,
  arbText,
  trickyInput,
} from '../src/core/training/training.testkit.ts';

const ROOT = resolve(import.meta.dirname, '..');
const hasPython = spawnSync('python3', ['--version']).status === 0;
const PY_ENV = { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'training-snippets-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function python(args: string[]): string {
  return execFileSync('python3', args, { cwd: dir, env: PY_ENV, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: 'pipe' });
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

function snippetsFor(setup: TrainingSetup): Record<TrainingSnippet['id'], TrainingSnippet> {
  return Object.fromEntries(trainingSnippets(setup).map((s) => [s.id, s])) as Record<TrainingSnippet['id'], TrainingSnippet>;
}

let jobs = 0;
/** Runs DRIVER on a job; returns its JSON answer. */
function drive<T>(job: Record<string, unknown>): T {
  const jobPath = write(`job-${++jobs}.json`, JSON.stringify(job));
  const out = `${jobPath}.out`;
  python([join(dir, 'driver.py'), jobPath, out]);
  return JSON.parse(readFileSync(out, 'utf8')) as T;
}

// The driver imports a snippet as a module and calls it. Fakes stand in for the openai client, so no package and no
// network are needed. Its output is ASCII JSON (lone surrogates escaped), read back by JSON.parse.
const DRIVER = String.raw`
import importlib.util, json, math, sys, types

job = json.load(open(sys.argv[1], encoding="utf-8"))
if job.get("fake_rewardanything"):
    sys.modules["rewardanything"] = types.ModuleType("rewardanything")
spec = importlib.util.spec_from_file_location("snippet_under_test", job["path"])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)


class FakeCompletions:
    """Scores each response by its length: 1 + len % 5. Answers with masked names, as the model does."""

    def __init__(self, fail=False, separate_reasoning=False):
        self.calls, self.fail, self.separate_reasoning = [], fail, separate_reasoning

    @staticmethod
    def logprobs_of(text):
        """One token per character; a score digit gives its own digit 0.6 and the next one up (or down from 5) 0.4."""
        entries = []
        for i, ch in enumerate(text):
            tops = [types.SimpleNamespace(token=ch, logprob=0.0)]
            if ch in "12345" and text[:i].rstrip().endswith(":"):
                other = str(int(ch) + 1) if ch != "5" else "4"
                tops = [types.SimpleNamespace(token=ch, logprob=math.log(0.6)), types.SimpleNamespace(token=other, logprob=math.log(0.4))]
            entries.append(types.SimpleNamespace(token=ch, logprob=tops[0].logprob, top_logprobs=tops))
        return types.SimpleNamespace(content=entries)

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if self.fail:
            raise RuntimeError("server down")
        responses = json.loads(kwargs["messages"][1]["content"])["responses"]
        scores = {name: 1 + len(text) % 5 for name, text in responses.items()}
        answer = json.dumps({"scores": scores, "best-to-worst": sorted(scores, key=lambda n: -scores[n])})
        if self.separate_reasoning:
            message = types.SimpleNamespace(content=answer, reasoning_content="\nthinking\n")
        else:
            message = types.SimpleNamespace(content="<think>\nthinking\n</think>\n\n" + answer)
        logprobs = self.logprobs_of(message.content) if kwargs.get("logprobs") else None
        return types.SimpleNamespace(choices=[types.SimpleNamespace(message=message, finish_reason="stop", logprobs=logprobs)])


def fake_client(**options):
    completions = FakeCompletions(**options)
    mod._client = types.SimpleNamespace(chat=types.SimpleNamespace(completions=completions))
    return completions


def user_of(call):
    return json.loads(call["messages"][1]["content"])


out = {"principle": mod.PRINCIPLE, "system_prompt": getattr(mod, "SYSTEM_PROMPT", None)}
op = job["op"]
if op == "build":
    out["results"] = []
    for case in job["cases"]:
        messages, masked2real = mod.build_messages(case["prompt"], case["responses"], case["principle"], case["mask"])
        out["results"].append([messages, None if masked2real is None else list(masked2real.items())])
elif op == "parse":
    out["results"] = []
    for raw in job["outputs"]:
        for m2r in (job["masked2real"], None):
            r = mod.parse_output(raw, None if m2r is None else dict(m2r))
            out["results"].append([r["reasoning"], list(r["scores"].items()), r["ranking"]])
elif op == "judge":
    calls = fake_client(separate_reasoning=True)
    result = mod.judge("Q?", [["a", "xx"], ["b", "xxxx"], ["c", "x"]])
    out["judge"] = {k: result[k] for k in ("reasoning", "scores", "ranking", "raw", "finish_reason")}
    out["kwargs"] = dict(calls.calls[0])
    out["rewards"] = mod.reward_all("Q?", ["xx", "xxxx", "x"])
    out["reward_1"] = mod.reward("Q?", ["xx", "xxxx", "x"], 1)
    out["normalise"] = [mod.normalise(s) for s in (1, 2, 3, 4, 5, 0, 9, None)]
elif op == "judge_expected":
    mod.EXPECTED_SCORES = True
    calls = fake_client()
    result = mod.judge("Q?", [["a", "xx"], ["b", "xxxx"], ["c", "x"]])
    out["expected"] = result["expected"]
    out["scores"] = result["scores"]
    out["kwargs"] = {k: v for k, v in calls.calls[0].items() if k in ("logprobs", "top_logprobs")}
    out["rewards"] = mod.reward_all("Q?", ["xx", "xxxx", "x"])
elif op == "trl":
    calls = fake_client()
    prompts, completions = job["prompts"], job["completions"]
    extra = job.get("kwargs", {})
    out["rewards"] = mod.rewardanything_reward(prompts, completions, completion_ids=[[1]] * len(completions), **extra)
    out["calls"] = [user_of(c) for c in calls.calls]
    fake_client(fail=True)
    out["failed"] = mod.rewardanything_reward(prompts, completions, **extra)
elif op == "verl":
    calls = fake_client()
    out["single"] = mod.compute_score("ds", "<think>hm</think>xxx", "", {"prompt": "Q1"})
    out["single_call"] = user_of(calls.calls[-1])
    calls = fake_client()
    infos = job["extra_infos"]
    out["batch"] = mod.compute_score_batch(["ds"] * len(infos), job["texts"], [""] * len(infos), infos)
    out["calls"] = [user_of(c) for c in calls.calls]
    try:
        mod.compute_score("ds", "x", "", {"index": 3})
        out["missing_prompt"] = None
    except ValueError as error:
        out["missing_prompt"] = str(error)
elif op == "reference":
    class FakeJudge:
        def judge(self, principle, prompt, responses, mask_responses=True):
            self.args = [principle, prompt, dict(responses), mask_responses]
            names = list(responses)
            return types.SimpleNamespace(scores={names[0]: "5", names[1]: 2}, ranking=names, reasoning="")

    judge = FakeJudge()
    out["rewards"] = [mod.reward(judge, "Q", ["a", "b", "c"], i) for i in range(3)]
    out["args"] = judge.args
    out["model"] = mod.MODEL
    out["local_generation"] = mod.LOCAL_GENERATION
elif op == "fits":
    # transformers 4 returns the token ids as a list; transformers 5 a BatchEncoding (a UserDict) with "input_ids".
    import collections

    class BatchEncoding(collections.UserDict):
        pass

    processing = types.ModuleType("rewardanything.processing")
    processing.prepare_chat_messages = lambda principle, prompt, responses, mask: (
        [{"role": "user", "content": prompt}], {}
    )
    sys.modules["rewardanything.processing"] = processing

    class FakeTokenizer:
        def __init__(self, kind):
            self.kind = kind

        def apply_chat_template(self, messages, tokenize=False, add_generation_prompt=False, **kwargs):
            ids = list(range(int(messages[0]["content"])))
            if self.kind == "list":
                return ids
            if self.kind == "nested":
                return BatchEncoding({"input_ids": [ids], "attention_mask": [[1] * len(ids)]})
            return BatchEncoding({"input_ids": ids, "attention_mask": [1] * len(ids)})

    out["fits"] = {
        kind: [mod.fits_locally(types.SimpleNamespace(tokenizer=FakeTokenizer(kind)), str(n), {"a": "x"}) for n in job["lengths"]]
        for kind in ("list", "encoding", "nested")
    }
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=True)
`;

const tricky = trickyInput();
const trickySetup = trainingSetup(tricky.principle, {
  modelId: 'RewardAnything-8B-v1-q4f16_1-MLC',
  example: { prompt: tricky.prompt, responses: tricky.responses },
});
const plainSetup = trainingSetup('Prefer short answers.', {
  mask: false,
  sampling: { temperature: 0.6, top_p: 0.95, max_tokens: 2048, enable_thinking: false },
  modelId: 'rewardanything:8b',
  baseUrl: 'http://127.0.0.1:11434',
});

const PY_SNIPPETS = ['python-openai', 'trl', 'verl'] as const;

describe.skipIf(!hasPython)('Python snippets (python3)', () => {
  const paths: Record<string, string> = {};
  beforeAll(() => {
    write('driver.py', DRIVER);
    for (const [tag, setup] of [
      ['tricky', trickySetup],
      ['plain', plainSetup],
    ] as const) {
      for (const snippet of Object.values(snippetsFor(setup))) {
        if (snippet.language === 'python') paths[`${tag}:${snippet.id}`] = write(`${tag}_${snippet.filename}`, snippet.code);
      }
    }
  });
  const pathOf = (key: string): string => {
    const path = paths[key];
    if (path === undefined) throw new Error(`no snippet ${key}`);
    return path;
  };

  it('all compile (py_compile), for both setups', () => {
    const files = Object.values(paths);
    expect(files).toHaveLength(8);
    python(['-m', 'py_compile', ...files]);
  });

  it('Python string literals evaluate to the exact strings (any UTF-16, lone surrogates included)', () => {
    const values = [
      '',
      tricky.principle,
      SYSTEM_PROMPT,
      ...fc.sample(arbCodeUnits(60), { numRuns: 400, seed: 7 }),
      ...fc.sample(arbText(60), { numRuns: 400, seed: 8 }),
    ];
    const source = [
      'import json, sys',
      `SINGLE = [\n${values.map((v) => `    ${pythonStringLiteral(v)},`).join('\n')}\n]`,
      `MULTI = [\n${values.map((v) => `    ${pythonTextExpression(v, '    ')},`).join('\n')}\n]`,
      'json.dump([SINGLE, MULTI], open(sys.argv[1], "w"), ensure_ascii=True)',
    ].join('\n');
    const out = join(dir, 'literals.json');
    python([write('literals.py', `${source}\n`), out]);
    const [single, multi] = JSON.parse(readFileSync(out, 'utf8')) as [string[], string[]];
    expect(single).toEqual(values);
    expect(multi).toEqual(values);
  });

  for (const id of PY_SNIPPETS) {
    it(`${id}: embeds the principle and system prompt byte for byte, and builds the messages exactly as buildJudgeMessages`, () => {
      const cases: Array<JudgeInput & { mask: boolean }> = [];
      for (const mask of [true, false]) {
        for (let n = 1; n <= 30; n++) cases.push({ ...tricky, responses: trickyInput(n).responses, mask });
      }
      for (const [input, mask] of fc.sample(fc.tuple(arbJudgeInput(), fc.boolean()), { numRuns: 250, seed: 42 })) {
        cases.push({ ...input, mask });
      }
      const answer = drive<{ principle: string; system_prompt: string; results: Array<[unknown, unknown]> }>({
        op: 'build',
        path: pathOf(`tricky:${id}`),
        cases: cases.map((c) => ({ ...c, responses: c.responses.map((r) => [r.name, r.text]) })),
      });
      expect(answer.principle).toBe(tricky.principle);
      expect(answer.system_prompt).toBe(SYSTEM_PROMPT);
      expect(answer.results).toHaveLength(cases.length);
      cases.forEach((c, i) => {
        const expected = buildJudgeMessages(c, { mask: c.mask });
        expect(answer.results[i]?.[0]).toEqual(expected.messages);
        expect(answer.results[i]?.[1]).toEqual(expected.maskedToReal);
      });
    });

    it(`${id}: --messages prints exactly the messages of the embedded judgment`, () => {
      const printed = JSON.parse(python([pathOf(`tricky:${id}`), '--messages'])) as unknown;
      expect(printed).toEqual(buildJudgeMessages(tricky).messages);
      const plain = JSON.parse(python([pathOf(`plain:${id}`), '--messages'])) as Array<{ content: string }>;
      expect(plain[1]?.content).toContain('"principle": "Prefer short answers."');
    });
  }

  it('parse_output parses exactly as parseJudgeOutput (tricky, fixture and random outputs)', () => {
    const fixture = JSON.parse(readFileSync(join(ROOT, 'src/core/testdata/rewardanything-parity.json'), 'utf8')) as {
      parse_cases: Array<{ raw: string }>;
    };
    const outputs = [...TRICKY_OUTPUTS, ...fixture.parse_cases.map((c) => c.raw), ...fc.sample(arbJudgeOutput, { numRuns: 1500, seed: 3 })];
    const masked2real: Array<[string, string]> = [
      ['model-1', 'alpha'],
      ['model-2', 'beta'],
      ['model-3', '10'],
      ['model-4', '2'],
    ];
    const answer = drive<{ results: Array<[string, Array<[string, number]>, string[]]> }>({
      op: 'parse',
      path: pathOf('tricky:python-openai'),
      outputs,
      masked2real,
    });
    let k = 0;
    for (const raw of outputs) {
      for (const m2r of [masked2real, null]) {
        const expected = parseJudgeOutput(raw, m2r);
        expect(answer.results[k++], raw).toEqual([expected.reasoning, expected.scores, expected.ranking]);
      }
    }
  });

  it("judge() sends the setup's sampling explicitly and un-masks the answer; reward() normalises (score - 1) / 4", () => {
    const answer = drive<{
      judge: { scores: Record<string, number>; ranking: string[]; raw: string; reasoning: string; finish_reason: string };
      kwargs: Record<string, unknown>;
      rewards: number[];
      reward_1: number;
      normalise: number[];
    }>({ op: 'judge', path: pathOf('plain:python-openai') });
    const input = {
      principle: 'Prefer short answers.',
      prompt: 'Q?',
      responses: [
        { name: 'a', text: 'xx' },
        { name: 'b', text: 'xxxx' },
        { name: 'c', text: 'x' },
      ],
    };
    expect(answer.kwargs).toEqual({
      model: 'rewardanything:8b',
      messages: buildJudgeMessages(input, { mask: false }).messages,
      temperature: 0.6,
      top_p: 0.95,
      max_tokens: 2048,
      extra_body: { chat_template_kwargs: { enable_thinking: false } },
    });
    // Fake scores: 1 + len % 5 → a: 3, b: 5, c: 2.
    expect(answer.judge.scores).toEqual({ a: 3, b: 5, c: 2 });
    expect(answer.judge.ranking).toEqual(['b', 'a', 'c']);
    expect(answer.judge.raw.startsWith('<think>\nthinking\n</think>{')).toBe(true);
    expect(answer.judge.reasoning).toBe('thinking');
    expect(answer.judge.finish_reason).toBe('stop');
    expect(answer.rewards).toEqual([0.5, 1, 0.25]);
    expect(answer.reward_1).toBe(1);
    expect(answer.normalise).toEqual([0, 0.25, 0.5, 0.75, 1, 0, 1, 0]);
  });

  it('with EXPECTED_SCORES, asks the server for log probabilities and rewards each response by its expected score', () => {
    const answer = drive<{ expected: Record<string, number | null>; scores: Record<string, number>; kwargs: Record<string, unknown>; rewards: number[] }>({
      op: 'judge_expected',
      path: pathOf('plain:python-openai'),
    });
    expect(answer.kwargs).toEqual({ logprobs: true, top_logprobs: 5 });
    expect(answer.scores).toEqual({ a: 3, b: 5, c: 2 });
    // The fake gives the written digit 0.6 and the next one up (down from 5) 0.4: a 3 → 3.4, b 5 → 4.6, c 2 → 2.4.
    expect(answer.expected.a).toBeCloseTo(3.4, 10);
    expect(answer.expected.b).toBeCloseTo(4.6, 10);
    expect(answer.expected.c).toBeCloseTo(2.4, 10);
    // (expected − 1) / 4.
    expect(answer.rewards.map((r) => Math.round(r * 1e9) / 1e9)).toEqual([0.6, 0.9, 0.35]);
  });

  it('TRL hook: one listwise call per prompt group, rewards back in completion order, policy thinking stripped', () => {
    const conv = (text: string) => [{ role: 'user', content: text }];
    const done = (text: string) => [{ role: 'assistant', content: `<think>policy reasoning</think>\n${text}` }];
    const prompts = [conv('P1'), conv('P2'), conv('P1'), conv('P1'), conv('P2')];
    const texts = ['a', 'bbbb', 'ccc', 'dd', 'eeeee'];
    const answer = drive<{ rewards: number[]; calls: Array<{ principle: string; prompt: string; responses: Record<string, string> }>; failed: number[] }>({
      op: 'trl',
      path: pathOf('tricky:trl'),
      prompts,
      completions: texts.map(done),
    });
    // 1 + len % 5: a → 2, bbbb → 5, ccc → 4, dd → 3, eeeee → 1.
    expect(answer.rewards).toEqual([0.25, 1, 0.75, 0.5, 0]);
    expect(answer.calls).toHaveLength(2);
    const byPrompt = Object.fromEntries(answer.calls.map((c) => [c.prompt, Object.values(c.responses).sort()]));
    expect(byPrompt).toEqual({ P1: ['a', 'ccc', 'dd'], P2: ['bbbb', 'eeeee'] });
    expect(answer.calls.every((c) => c.principle === tricky.principle)).toBe(true);
    expect(answer.failed).toEqual([0, 0, 0, 0, 0]);

    // Standard format, and a "principle" column that overrides the principle per row (blank: the snippet's).
    const standard = drive<{ rewards: number[]; calls: Array<{ principle: string; prompt: string }> }>({
      op: 'trl',
      path: pathOf('tricky:trl'),
      prompts: ['S', 'S', 'S'],
      completions: ['xx', 'y', 'zzz'],
      kwargs: { principle: ['Be kind.', 'Be kind.', ''] },
    });
    expect(standard.rewards).toEqual([0.5, 0.25, 0.75]);
    expect(standard.calls.map((c) => c.principle).sort()).toEqual(['Be kind.', tricky.principle].sort());
  });

  it('veRL hooks: compute_score judges one response alone, compute_score_batch groups by prompt', () => {
    const answer = drive<{
      single: number;
      single_call: { prompt: string; responses: Record<string, string> };
      batch: number[];
      calls: Array<{ prompt: string; principle: string; responses: Record<string, string> }>;
      missing_prompt: string | null;
    }>({
      op: 'verl',
      path: pathOf('tricky:verl'),
      texts: ['a', 'bb', 'ccc', 'dddd'],
      extra_infos: [{ prompt: 'Q1' }, { question: 'Q2' }, { prompt: 'Q1', principle: 'Other.' }, { prompt: 'Q1' }],
    });
    expect(answer.single).toBe(0.75); // "xxx" once the policy's think block is stripped: 1 + 3 → 4
    expect(answer.single_call).toMatchObject({ prompt: 'Q1', responses: { 'model-1': 'xxx' } });
    expect(answer.batch).toEqual([0.25, 0.5, 0.75, 1]);
    expect(answer.calls).toHaveLength(3); // (Q1, principle), (Q2, principle), (Q1, "Other.")
    expect(answer.missing_prompt).toContain("extra_info['prompt']");
  });

  it('reference-package snippet: reward() asks the package about all responses and normalises one', () => {
    const answer = drive<{ rewards: number[]; args: unknown[]; model: string; local_generation: Record<string, unknown> }>({
      op: 'reference',
      path: pathOf('plain:python-reference'),
      fake_rewardanything: true,
    });
    expect(answer.rewards).toEqual([1, 0.25, 0]);
    expect(answer.args).toEqual(['Prefer short answers.', 'Q', { 'response-1': 'a', 'response-2': 'b', 'response-3': 'c' }, false]);
    expect(answer.model).toBe('WisdomShell/RewardAnything-8B-v1');
    expect(answer.local_generation).toEqual({ max_new_tokens: 2048, do_sample: true, temperature: 0.6, top_p: 0.95 });
  });

  it('reference-package snippet: fits_locally() counts tokens whether apply_chat_template returns ids or a BatchEncoding', () => {
    const lengths = [10, REFERENCE_LOCAL_INPUT_LIMIT, REFERENCE_LOCAL_INPUT_LIMIT + 1, 3 * REFERENCE_LOCAL_INPUT_LIMIT];
    const answer = drive<{ fits: Record<'list' | 'encoding' | 'nested', boolean[]> }>({
      op: 'fits',
      path: pathOf('plain:python-reference'),
      fake_rewardanything: true,
      lengths,
    });
    const expected = [true, true, false, false];
    expect(answer.fits).toEqual({ list: expected, encoding: expected, nested: expected });
  });
});

describe('TypeScript snippet (tsc, node)', () => {
  it('type-checks in strict mode with the strictest common flags', () => {
    const paths = [
      write('rewardanything-judge.ts', snippetsFor(trickySetup)['typescript-openai'].code),
      write('plain-judge.ts', snippetsFor(plainSetup)['typescript-openai'].code),
    ];
    const program = ts.createProgram(paths, {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noImplicitReturns: true,
      noImplicitOverride: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      noFallthroughCasesInSwitch: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      noEmit: true,
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it('runs with --messages and prints exactly the messages of the embedded judgment; importing it runs nothing', () => {
    const code = snippetsFor(trickySetup)['typescript-openai'].code;
    const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const path = write('rewardanything-judge.mjs', js);
    const printed = JSON.parse(execFileSync(process.execPath, [path, '--messages'], { encoding: 'utf8' })) as unknown;
    expect(printed).toEqual(buildJudgeMessages(tricky).messages);
    const imported = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `await import(${JSON.stringify(`file://${path}`)}); console.log("quiet")`],
      { encoding: 'utf8' },
    );
    expect(imported.trim()).toBe('quiet');
  });
});
