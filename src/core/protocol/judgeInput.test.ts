import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { JudgeInput } from './judgeInput.ts';
import { validateJudgeInput } from './judgeInput.ts';

const base: JudgeInput = {
  principle: 'Be concise.',
  prompt: 'Say hi.',
  responses: [
    { name: 'a', text: 'hi' },
    { name: 'b', text: 'hello there' },
  ],
};

describe('validateJudgeInput', () => {
  test('a good input has no warnings', () => {
    expect(validateJudgeInput(base)).toEqual({ ok: true, warnings: [] });
  });

  test('blank principle (whitespace-only, Python set) is an error on "principle"', () => {
    for (const principle of ['', '   ', '\n\t', '\u3000\x1c']) {
      const r = validateJudgeInput({ ...base, principle });
      expect(r).toMatchObject({ ok: false, errors: [{ code: 'empty-principle', field: 'principle' }] });
    }
  });

  test('no candidates is an error on "responses"', () => {
    expect(validateJudgeInput({ ...base, responses: [] })).toMatchObject({
      ok: false,
      errors: [{ code: 'no-responses', field: 'responses' }],
    });
  });

  test('duplicate names name the index, the name and the first index', () => {
    const r = validateJudgeInput({ ...base, responses: [...base.responses, { name: 'a', text: 'again' }, { name: 'a', text: 'x' }] });
    expect(r).toMatchObject({
      ok: false,
      errors: [
        { code: 'duplicate-name', field: 'responses', index: 2, name: 'a', firstIndex: 0 },
        { code: 'duplicate-name', field: 'responses', index: 3, name: 'a', firstIndex: 0 },
      ],
    });
  });

  test('an empty name names the index', () => {
    const r = validateJudgeInput({ ...base, responses: [{ name: 'a', text: 'x' }, { name: ' ', text: 'y' }] });
    expect(r).toMatchObject({ ok: false, errors: [{ code: 'empty-name', field: 'responses', index: 1 }] });
  });

  test('errors are collected together', () => {
    const r = validateJudgeInput({ principle: ' ', prompt: '', responses: [{ name: '', text: '' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toEqual(['empty-principle', 'empty-name']);
  });

  test('warnings: blank prompt, a single candidate, a blank candidate text', () => {
    const r = validateJudgeInput({ principle: 'p', prompt: ' \n', responses: [{ name: 'only', text: '\t' }] });
    expect(r).toEqual({
      ok: true,
      warnings: [
        expect.objectContaining({ code: 'empty-prompt', field: 'prompt' }),
        expect.objectContaining({ code: 'single-response', field: 'responses' }),
        expect.objectContaining({ code: 'blank-response', field: 'responses', index: 0, name: 'only' }),
      ],
    });
  });

  test('every error and warning carries a message', () => {
    const r = validateJudgeInput({ principle: '', prompt: '', responses: [{ name: 'a', text: '' }, { name: 'a', text: '' }, { name: '', text: 'x' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const e of r.errors) expect(e.message.length).toBeGreaterThan(5);
  });

  test('never throws, whatever arrives at run time', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const r = validateJudgeInput(junk as JudgeInput);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
    expect(validateJudgeInput({ principle: 3, prompt: null, responses: [null, { name: 1, text: {} }] } as unknown as JudgeInput)).toMatchObject({
      ok: false,
      errors: [
        { code: 'not-text', field: 'principle' },
        { code: 'not-text', field: 'prompt' },
        { code: 'not-text', field: 'responses', index: 0 },
        { code: 'not-text', field: 'responses', index: 0 },
        { code: 'not-text', field: 'responses', index: 1 },
        { code: 'not-text', field: 'responses', index: 1 },
      ],
    });
  });
});
