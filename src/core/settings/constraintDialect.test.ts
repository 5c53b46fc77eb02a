import { describe, expect, it } from 'vitest';
import { answerGrammar } from '../protocol/answerGrammar.ts';
import { constraintFields, GbnfConversionError, grammarCoversReasoning, logprobsFields, toGbnf } from './constraintDialect.ts';

/** Problems llama.cpp's GBNF parser would have with `g` (grammars/README.md): rule names, escapes, undefined rules. */
function gbnfProblems(g: string): string[] {
  const problems: string[] = [];
  const defined = new Set<string>();
  const used = new Set<string>();
  for (const line of g.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const m = /^([^\s:]+) ::= (.*)$/.exec(line);
    if (!m) {
      problems.push(`not a rule: ${line}`);
      continue;
    }
    const [, name, body] = m as unknown as [string, string, string];
    if (!/^[A-Za-z0-9_-]+$/.test(name)) problems.push(`bad rule name ${name}`);
    defined.add(name);
    // Strip literals and classes (checking their escapes), then collect rule references.
    const rest = body.replace(/"(?:[^"\\]|\\.)*"|\[(?:[^\]\\]|\\.)*\]|#.*$/g, (tok) => {
      if (tok.startsWith('#')) return ' ';
      for (const e of tok.matchAll(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[nrt"\\[\]\-^])|\\(.)/g)) if (e[2] !== undefined) problems.push(`escape \\${e[2]} in ${tok}`);
      return ' ';
    });
    if (rest.includes('(=')) problems.push('lookahead');
    for (const ref of rest.matchAll(/[A-Za-z_][A-Za-z0-9_.-]*/g)) used.add(ref[0]);
    if (/[^\sA-Za-z0-9_.\-()|?*+{},]/.test(rest.replace(/\{\d+(,\d*)?\}/g, ''))) problems.push(`unexpected syntax in ${name}`);
  }
  if (!defined.has('root')) problems.push('no root rule');
  for (const u of used) if (!defined.has(u)) problems.push(`undefined rule ${u}`);
  return problems;
}

const shapes = [
  answerGrammar({ names: ['model-1', 'model-2', 'model-3'], thinking: true }),
  answerGrammar({ names: Array.from({ length: 12 }, (_, i) => `model-${i + 1}`), thinking: true, thinkingBudget: 4000 }),
  answerGrammar({ names: ['Claude "3.5"', 'back\\slash', 'ünïcode 😀', 'tab\there'], thinking: false }),
];

describe('toGbnf', () => {
  it('leaves the answer grammar as it is, and it is valid GBNF', () => {
    for (const g of shapes) {
      expect(toGbnf(g.ebnf)).toBe(g.ebnf);
      expect(gbnfProblems(toGbnf(g.ebnf))).toEqual([]);
    }
  });

  it('converts what differs: dotted rule names, long \\x escapes, any-character classes', () => {
    const ebnf = 'root ::= a.b [^] "\\x1F600" [\\x41-\\x5A]\na.b ::= "x" # a.b stays in comments\n';
    const gbnf = toGbnf(ebnf);
    expect(gbnf).toBe('root ::= a-b . "\\U0001f600" [\\x41-\\x5A]\na-b ::= "x" # a.b stays in comments\n');
    expect(gbnfProblems(gbnf.replace(' . ', ' '))).toEqual([]);
    expect(gbnfProblems(ebnf)).toContain('bad rule name a.b');
  });

  it('refuses XGrammar-only constructs', () => {
    expect(() => toGbnf('root ::= TagDispatch(("<t>", a), stop_eos=true)\na ::= "x"')).toThrow(GbnfConversionError);
    expect(() => toGbnf('root ::= "a" (= "b")')).toThrow(/lookahead/);
  });
});

describe('constraintFields', () => {
  const ebnf = shapes[0]!.ebnf;
  it('puts the grammar where each server reads it', () => {
    expect(constraintFields('vllm', ebnf)).toEqual({ structured_outputs: { grammar: ebnf } });
    expect(constraintFields('vllm-legacy', ebnf)).toEqual({ guided_grammar: ebnf });
    expect(constraintFields('sglang', ebnf)).toEqual({ ebnf });
    expect(constraintFields('llamacpp', ebnf)).toEqual({ grammar: ebnf });
    expect(constraintFields('none', ebnf)).toEqual({});
    expect(constraintFields('vllm', null)).toEqual({});
  });

  it('says when a server applies the grammar only after the reasoning', () => {
    expect(grammarCoversReasoning('vllm', true)).toBe(false);
    expect(grammarCoversReasoning('sglang', false)).toBe(true);
    expect(grammarCoversReasoning('llamacpp', true)).toBe(true);
  });

  it('asks for log probabilities', () => {
    expect(logprobsFields(5)).toEqual({ logprobs: true, top_logprobs: 5 });
    expect(logprobsFields(null)).toEqual({});
    expect(() => logprobsFields(21)).toThrow(RangeError);
  });
});
