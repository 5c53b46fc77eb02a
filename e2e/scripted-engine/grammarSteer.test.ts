// The scripted engine under the app's answer grammar (real xgrammar) writes what a constrained model would: every
// scripted fault in the answer becomes a valid answer, the reasoning stops at its budget, and valid output is untouched.
import { describe, expect, it } from 'vitest';
import { answerGrammar, buildJudgeMessages, parseJudgeOutput, reasoningHitBudget } from '../../src/core/index.ts';
import { loadXGrammar } from '../../src/core/protocol/qwen3Grammar.testkit.ts';
import { scriptJudgment } from '../fixtures/scripted-judge.ts';
import { steerByGrammar } from './grammarSteer.ts';

const input = (principle: string) => ({
  principle,
  prompt: 'What is the capital of France?',
  responses: [
    { name: 'A', text: 'Paris.' },
    { name: 'B', text: 'Paris is the capital of France, on the Seine.' },
    { name: 'C', text: 'It is Paris, which has been the capital since the tenth century and is its largest city.' },
  ],
});

async function judge(principle: string, opts: { budget?: number; thinking?: boolean } = {}) {
  const { messages, maskedToReal } = buildJudgeMessages(input(principle), { mask: true });
  const names = maskedToReal!.map(([m]) => m);
  const script = scriptJudgment(messages);
  const grammar = answerGrammar({ names, thinking: opts.thinking ?? true, thinkingBudget: opts.budget ?? null }).ebnf;
  const text = await steerByGrammar(script, grammar, loadXGrammar);
  return { script, text, parsed: parseJudgeOutput(text, maskedToReal) };
}

describe('steerByGrammar', () => {
  it('leaves an output the grammar accepts as it is', async () => {
    const { script, text, parsed } = await judge('Prefer the concise answer.');
    expect(text).toBe(script);
    expect(parsed.ranking).toEqual(['A', 'B', 'C']);
  });

  it.each(['[[garbage]]', '[[malformed]]', '[[score-only:1]]', '[[echo]]'])('turns the fault %s into an answer with every name scored and ranked', async (directive) => {
    const { script, text, parsed } = await judge(`Prefer the concise answer. ${directive}`);
    expect(text).not.toBe(script);
    expect(parsed.diagnostics.problems).toEqual([]);
    expect(parsed.scores.map(([n]) => n).sort()).toEqual(['A', 'B', 'C']);
    expect([...parsed.ranking].sort()).toEqual(['A', 'B', 'C']);
  });

  it('keeps the intended scores where only the quoting was wrong', async () => {
    const { parsed } = await judge('Prefer the concise answer. [[malformed]]');
    expect(parsed.ranking).toEqual(['A', 'B', 'C']);
    expect(Object.fromEntries(parsed.scores)).toEqual({ A: 5, B: 4, C: 3 });
  });

  it('closes the reasoning at its budget and still writes the intended answer', async () => {
    const { text, parsed } = await judge('Prefer the concise answer. [[think-tokens:400]]', { budget: 300 });
    const reasoning = text.slice(text.indexOf('<think>') + 7, text.indexOf('</think>'));
    expect(reasoning.length).toBeLessThanOrEqual(300);
    expect(reasoningHitBudget(text, 300)).toBe(true);
    expect(parsed.ranking).toEqual(['A', 'B', 'C']);
  });

  it('gives an unterminated reasoning an end and an answer', async () => {
    const { parsed, text } = await judge('Prefer the concise answer. [[unterminated]] [[think-tokens:400]]', { budget: 200 });
    expect(text).toContain('</think>');
    expect(parsed.scores).toHaveLength(3);
  });

  it('with thinking off, writes the answer alone', async () => {
    const { text, parsed } = await judge('Prefer the concise answer.', { thinking: false });
    expect(text).not.toContain('<think>');
    expect(parsed.ranking).toEqual(['A', 'B', 'C']);
  });

  it('fails as WebLLM does when the grammar does not compile', async () => {
    await expect(steerByGrammar('x', 'root ::= undefined-rule', loadXGrammar)).rejects.toThrow();
  });
});
