import { describe, expect, test } from 'vitest';
import parity from '../testdata/rewardanything-parity.json';
import { buildJudgeMessages, tryBuildJudgeMessages } from './buildJudgeMessages.ts';
import type { JudgeInput } from './judgeInput.ts';
import { JudgeInputInvalid } from './judgeInput.ts';
import { maskingOrder } from './masking.ts';
import { pythonJsonLoads } from './pyJsonLoads.ts';
import { SYSTEM_PROMPT } from './systemPrompt.ts';

interface PromptCase {
  principle: string;
  prompt: string;
  responses: Array<[string, string]>;
  mask: boolean;
  messages: Array<{ role: 'system' | 'user'; content: string }>;
  masked2real: Array<[string, string]> | null;
}
const cases = parity.prompt_cases as unknown as PromptCase[];

function inputOf(c: PromptCase): JudgeInput {
  return { principle: c.principle, prompt: c.prompt, responses: c.responses.map(([name, text]) => ({ name, text })) };
}

describe('buildJudgeMessages: parity with the reference', () => {
  test('fixture has both masked and unmasked cases', () => {
    expect(cases.length).toBe(48);
    expect(cases.filter((c) => c.mask).length).toBe(24);
  });

  test.each(cases.map((c, i) => [i, c] as const))('prompt case %i is byte-identical', (_i, c) => {
    const { messages, maskedToReal } = buildJudgeMessages(inputOf(c), { mask: c.mask });
    expect(messages.length).toBe(2);
    expect(messages[0]).toEqual({ role: 'system', content: c.messages[0]!.content });
    expect(messages[1]!.role).toBe('user');
    expect(messages[1]!.content).toBe(c.messages[1]!.content);
    expect(maskedToReal).toEqual(c.masked2real);
  });

  test('masking is on by default', () => {
    const c = cases.find((x) => x.mask && x.responses.length > 3)!;
    expect(buildJudgeMessages(inputOf(c)).messages[1]!.content).toBe(c.messages[1]!.content);
  });
});

describe('buildJudgeMessages: structure', () => {
  const input: JudgeInput = {
    principle: 'P',
    prompt: 'Q',
    responses: [
      { name: '10', text: 'ten' },
      { name: '2', text: 'two' },
      { name: 'b', text: 'bee' },
    ],
  };

  test('without masking, integer-like names keep the given order', () => {
    const { messages, maskedToReal } = buildJudgeMessages(input, { mask: false });
    expect(messages[1]!.content).toBe('{"principle": "P", "prompt": "Q", "responses": {"10": "ten", "2": "two", "b": "bee"}}');
    expect(maskedToReal).toBeNull();
  });

  test('with masking, model-(m+1) is the response at shuffled position m', () => {
    const many: JudgeInput = {
      principle: 'P',
      prompt: 'Q',
      responses: Array.from({ length: 25 }, (_, i) => ({ name: `cand ${i}`, text: `text ${i}` })),
    };
    const { messages, maskedToReal } = buildJudgeMessages(many);
    const order = maskingOrder(25);
    expect(maskedToReal).toEqual(order.map((idx, m) => [`model-${m + 1}`, `cand ${idx}`]));
    const user = pythonJsonLoads(messages[1]!.content);
    expect(user.ok).toBe(true);
    const expected = `{"principle": "P", "prompt": "Q", "responses": {${order.map((idx, m) => `"model-${m + 1}": "text ${idx}"`).join(', ')}}}`;
    expect(messages[1]!.content).toBe(expected);
    expect(messages[0]!.content).toBe(SYSTEM_PROMPT);
  });

  test('the same input always gives the same messages (the seed is fixed)', () => {
    expect(buildJudgeMessages(input)).toEqual(buildJudgeMessages(input));
  });
});

describe('buildJudgeMessages: invalid input', () => {
  const bad: JudgeInput = { principle: ' ', prompt: 'Q', responses: [{ name: 'a', text: 'x' }, { name: 'a', text: 'y' }] };

  test('throws JudgeInputInvalid carrying the typed errors', () => {
    let caught: unknown;
    try {
      buildJudgeMessages(bad);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(JudgeInputInvalid);
    expect(caught).toBeInstanceOf(Error);
    const err = caught as JudgeInputInvalid;
    expect(err.name).toBe('JudgeInputInvalid');
    expect(err.errors.map((e) => e.code)).toEqual(['empty-principle', 'duplicate-name']);
  });

  test('tryBuildJudgeMessages returns a result union instead', () => {
    expect(tryBuildJudgeMessages(bad)).toMatchObject({ ok: false, errors: [{ field: 'principle' }, { field: 'responses', index: 1 }] });
    const good = tryBuildJudgeMessages({ principle: 'P', prompt: '', responses: [{ name: 'a', text: 'x' }] });
    expect(good).toMatchObject({
      ok: true,
      warnings: [{ code: 'empty-prompt' }, { code: 'single-response' }],
      maskedToReal: [['model-1', 'a']],
    });
  });
});
