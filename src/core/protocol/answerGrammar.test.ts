// The answer grammar against the real grammar engine (XGrammar, as WebLLM bundles it) and the real Qwen3 tokenizer:
// every output the model would write validly is accepted token by token and may end there; invalid answers are
// refused at their first bad token.
import { beforeAll, describe, expect, it } from 'vitest';
import parity from '../testdata/rewardanything-parity.json';
import vectors from './testdata/python-vectors.json';
import { answerGrammar, ebnfLiteral, EXACT_RANKING_MAX, type AnswerGrammarOptions } from './answerGrammar.ts';
import { parseJudgeOutput } from './parseJudgeOutput.ts';
import { pythonJsonString } from './pyJsonDumps.ts';
import { allowed, IM_END, qwen3Kit, replay, THINK_CLOSE_ID, type Qwen3Kit, type XgCompiledGrammar } from './qwen3Grammar.testkit.ts';

let kit: Qwen3Kit;
beforeAll(async () => {
  kit = await qwen3Kit();
}, 60_000);

const compiled = new Map<string, Promise<XgCompiledGrammar>>();
function compile(options: AnswerGrammarOptions): Promise<XgCompiledGrammar> {
  const { ebnf } = answerGrammar(options);
  let c = compiled.get(ebnf);
  if (!c) {
    c = kit.compile(ebnf);
    compiled.set(ebnf, c);
  }
  return c;
}

const masked = (n: number) => Array.from({ length: n }, (_, i) => `model-${i + 1}`);

/** A clean parse that also keeps the protocol: exactly the names, integer scores 1–5, a full ranking. */
function validFor(raw: string, names: readonly string[]): boolean {
  const p = parseJudgeOutput(raw, null, names);
  const d = p.diagnostics;
  if (d.problems.length > 0 || d.json !== 'direct' || d.think === 'unterminated') return false;
  const scored = p.scores.map(([name]) => name);
  return (
    scored.length === names.length &&
    p.scores.every(([, s]) => Number.isInteger(s) && s >= 1 && s <= 5) &&
    p.ranking.length === names.length &&
    new Set(p.ranking).size === names.length &&
    p.ranking.every((r) => names.includes(r))
  );
}

describe('every valid output in the fixtures', () => {
  const cases = [
    ...parity.parse_cases.map((c) => ({ raw: c.raw, m2r: c.masked2real as Array<[string, string]> | null })),
    ...(vectors.parse as Array<{ raw: string; m2r: Array<[string, string]> | null }>).map((c) => ({ raw: c.raw, m2r: c.m2r })),
  ];
  // The names the model saw: model-1…model-N in the prompt's order (all fixture outputs are masked).
  const valid = cases.flatMap(({ raw, m2r }) => {
    const n = m2r ? m2r.length : Math.max(0, ...[...raw.matchAll(/model-(\d+)/g)].map((m) => Number(m[1])));
    const names = masked(n);
    return n > 0 && validFor(raw, names) ? [{ raw, names }] : [];
  });

  it('includes fenced, pretty-printed, ranking-first, best-to-worse and thinking-off outputs', () => {
    expect(valid.length).toBeGreaterThanOrEqual(8);
    expect(valid.some((v) => v.raw.includes('```json'))).toBe(true);
    expect(valid.some((v) => v.raw.indexOf('"best-to-worst"') < v.raw.indexOf('"scores"'))).toBe(true);
    expect(valid.some((v) => v.raw.includes('"best-to-worse"'))).toBe(true);
    expect(valid.some((v) => !v.raw.includes('<think>'))).toBe(true);
  });

  it('is accepted token by token and may end there', async () => {
    for (const { raw, names } of valid) {
      const thinking = raw.includes('<think>');
      const r = await replay(kit, await compile({ names, thinking }), kit.encode(raw));
      expect({ raw, ...r }).toMatchObject({ raw, accepted: true, canEnd: true });
    }
  });
});

// What Qwen3 models write in practice: the system prompt's own layout, compact JSON, fenced JSON, the ranking first.
function output(names: readonly string[], scores: number[], ranking: readonly string[], style: number, thinking: boolean): string {
  const q = (s: string) => pythonJsonString(s);
  const scoreText = names.map((n, i) => `${q(n)}: ${scores[i]}`).join(', ');
  const rankText = ranking.map(q).join(', ');
  const think = thinking ? `<think>\nLet me weigh each response against the principle. Response 1 <b>cites</b> a source; a < b and x</th y.\n</think>\n\n` : '';
  switch (style % 4) {
    case 0:
      return `${think}{\n  "scores": {${scoreText}},\n  "best-to-worst": [${rankText}]\n}`;
    case 1:
      return `${think}{"scores": {${scoreText}}, "best-to-worst": [${rankText}]}`;
    case 2:
      return `${think}\`\`\`json\n{\n  "scores": {\n    ${names.map((n, i) => `${q(n)}: ${scores[i]}`).join(',\n    ')}\n  },\n  "best-to-worst": [${rankText}]\n}\n\`\`\``;
    default:
      return `${think}{"best-to-worst": [${rankText}], "scores": {${scoreText}}}`;
  }
}

function judgment(names: readonly string[]) {
  const scores = names.map((_, i) => ((i * 7 + 3) % 5) + 1);
  const ranking = names.map((n, i) => [n, scores[i]!] as const).sort((a, b) => b[1] - a[1]).map(([n]) => n);
  return { scores, ranking };
}

const USER_NAMES = ['gpt-4o', 'Claude "3.5"', 'ünïcode 数据 😀', 'back\\slash', 'tab\there', '10', '2', 'line\nbreak'];
const userNames = (n: number) => Array.from({ length: n }, (_, i) => (i < USER_NAMES.length ? USER_NAMES[i]! : `answer ${i + 1}`));

describe('outputs for N = 1…30', () => {
  it('masked names, thinking on, four layouts', async () => {
    for (let n = 1; n <= 30; n++) {
      const names = masked(n);
      const { scores, ranking } = judgment(names);
      const raw = output(names, scores, ranking, n, true);
      expect(validFor(raw, names)).toBe(true);
      const r = await replay(kit, await compile({ names, thinking: true }), kit.encode(raw));
      expect({ n, ...r }).toMatchObject({ n, accepted: true, canEnd: true });
    }
  }, 60_000);

  it("the user's names (quotes, backslashes, emoji, numbers), thinking on and off", async () => {
    for (let n = 1; n <= 30; n++) {
      const names = userNames(n);
      const thinking = n % 2 === 0;
      const { scores, ranking } = judgment(names);
      const raw = output(names, scores, ranking, n + 1, thinking);
      expect(validFor(raw, names)).toBe(true);
      const r = await replay(kit, await compile({ names, thinking }), kit.encode(raw));
      expect({ n, thinking, raw, ...r }).toMatchObject({ n, thinking, accepted: true, canEnd: true });
    }
  }, 60_000);
});

describe('invalid answers are refused at their first bad token', () => {
  const names = masked(3);
  const good = '<think>\nok\n</think>\n\n{"scores": {"model-1": 4, "model-2": 2, "model-3": 5}, "best-to-worst": ["model-3", "model-1", "model-2"]}';

  async function refusedAt(raw: string, badChar: number, options: Partial<AnswerGrammarOptions> = {}) {
    const ids = kit.encode(raw);
    const r = await replay(kit, await compile({ names, thinking: true, ...options }), ids);
    expect(r.accepted).toBe(false);
    const before = r.acceptedText.length;
    const token = kit.decode([ids[r.rejectedAt]!]);
    // The refused token is the one that carries the first bad character.
    expect(before).toBeLessThanOrEqual(badChar);
    expect(badChar).toBeLessThan(before + token.length);
  }

  it('accepts the good answer it mutates', async () => {
    expect(await replay(kit, await compile({ names, thinking: true }), kit.encode(good))).toMatchObject({ accepted: true, canEnd: true });
  });

  const cases: Array<[string, string, string]> = [
    ['an unknown name', '"model-2": 2', '"model-4": 2'],
    ['a score of 6', '"model-2": 2', '"model-2": 6'],
    ['a score of 0', '"model-2": 2', '"model-2": 0'],
    ['a score of 4.5', '"model-1": 4,', '"model-1": 4.5,'],
    ['a score as a string', '"model-1": 4,', '"model-1": "4",'],
    ['a missing name', '"model-2": 2, "model-3": 5}', '"model-2": 2}'],
    ['a duplicate key', '"model-2": 2, "model-3": 5}', '"model-2": 2, "model-2": 5}'],
    ['a name twice in best-to-worst', '["model-3", "model-1", "model-2"]', '["model-3", "model-1", "model-3"]'],
    ['a ranking one name short', '["model-3", "model-1", "model-2"]', '["model-3", "model-1"]'],
    ['text after the JSON', '"model-2"]}', '"model-2"]} Thanks!'],
    ['single quotes', '{"scores"', "{'scores'"],
  ];
  for (const [what, from, to] of cases) {
    it(`refuses ${what}`, async () => {
      const raw = good.replace(from, to);
      const bad = [...raw].findIndex((ch, i) => ch !== good[i]);
      await refusedAt(raw, bad === -1 ? good.length : bad);
    });
  }

  it('cannot end inside the JSON or without </think>', async () => {
    const g = await compile({ names, thinking: true });
    const cut = await replay(kit, g, kit.encode(good.slice(0, good.indexOf('"best-to-worst"'))));
    expect(cut).toMatchObject({ accepted: true, canEnd: false });
    const noClose = await replay(kit, g, kit.encode('<think>\nstill thinking about it'));
    expect(noClose).toMatchObject({ accepted: true, canEnd: false });
  });

  it('refuses a second </think> and JSON before the reasoning ends', async () => {
    const twice = good.replace('\n\n{', '</think>{');
    await refusedAt(twice, twice.indexOf('</think>{'));
  });

  it('with thinking off, refuses a <think> block', async () => {
    await refusedAt(good, 0, { thinking: false });
  });
});

describe('the thinking budget', () => {
  it('forces </think> at the cap, and the answer still follows', async () => {
    const names = masked(2);
    const budget = 300;
    const g = await compile({ names, thinking: true, thinkingBudget: budget });
    const reasoning = Array.from({ length: 60 }, (_, i) => `Step ${i}: response ${(i % 2) + 1} keeps to the principle.`).join(' ');
    const ids = kit.encode(`<think>\n${reasoning}`);
    const m = await kit.matcher(g);
    let i = 0;
    while (i < ids.length && m.acceptToken(ids[i]!)) i++;
    expect(i).toBeLessThan(ids.length);
    const written = kit.decode(ids.slice(0, i)).length - '<think>'.length;
    // Cut at the cap: the next token would pass it.
    expect(written).toBeLessThanOrEqual(budget);
    expect(written + kit.decode([ids[i]!]).length).toBeGreaterThan(budget);
    const mask = await m.getNextTokenBitmask();
    expect(allowed(mask, THINK_CLOSE_ID)).toBe(true);
    expect(allowed(mask, kit.encode(' the')[0]!)).toBe(false);
    const rest = kit.encode('</think>\n\n{"scores": {"model-1": 4, "model-2": 3}, "best-to-worst": ["model-1", "model-2"]}');
    expect(rest.every((id) => m.acceptToken(id))).toBe(true);
    expect(m.acceptToken(IM_END)).toBe(true);
    expect(m.isTerminated()).toBe(true);
    m.dispose();
  });

  it('leaves a reasoning under the cap alone', async () => {
    const names = masked(2);
    const raw = '<think>short</think>{"scores": {"model-1": 4, "model-2": 3}, "best-to-worst": ["model-1", "model-2"]}';
    const r = await replay(kit, await compile({ names, thinking: true, thinkingBudget: 300 }), kit.encode(raw));
    expect(r).toMatchObject({ accepted: true, canEnd: true });
  });
});

describe('answerGrammar (text)', () => {
  it('says when the ranking is held to a permutation', () => {
    expect(answerGrammar({ names: masked(EXACT_RANKING_MAX), thinking: true }).exactRanking).toBe(true);
    expect(answerGrammar({ names: masked(EXACT_RANKING_MAX + 1), thinking: true }).exactRanking).toBe(false);
  });

  it('ignores the budget with thinking off and refuses bad options', () => {
    expect(answerGrammar({ names: ['a'], thinking: false, thinkingBudget: 10 }).thinkingBudget).toBeNull();
    expect(() => answerGrammar({ names: [], thinking: true })).toThrow(RangeError);
    expect(() => answerGrammar({ names: ['a', 'a'], thinking: true })).toThrow(RangeError);
    expect(() => answerGrammar({ names: ['a'], thinking: true, thinkingBudget: 0 })).toThrow(RangeError);
  });

  it('escapes literals for EBNF and GBNF', () => {
    expect(ebnfLiteral('"a\\b"\n\u0001é')).toBe('"\\"a\\\\b\\"\\n\\u0001é"');
    expect(ebnfLiteral('café crème')).toBe('"café" " crè" "me"');
    expect(ebnfLiteral('')).toBe('""');
  });
});
