import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pythonFloat,
  pythonInt,
  pythonStringLiteral,
  pythonTextExpression,
  splitAfterNewlines,
  typescriptStringLiteral,
  typescriptTextExpression,
} from './literals.ts';
import { TRICKY_TEXT, arbCodeUnits, arbText } from './training.testkit.ts';

/** Evaluates a JavaScript expression (a TypeScript string literal is one). */
const evalJs = (expression: string): unknown => new Function(`"use strict"; return ${expression};`)() as unknown;

/** Characters a literal must never contain raw (see literals.ts). */
// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const NEVER_RAW = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('typescriptStringLiteral', () => {
  it('evaluates back to the same string, for any UTF-16 string', () => {
    fc.assert(
      fc.property(arbText(80), (s) => {
        expect(evalJs(typescriptStringLiteral(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes no control, separator, bidi or lone-surrogate character raw, and keeps the rest readable', () => {
    fc.assert(
      fc.property(arbCodeUnits(60), (s) => {
        expect(NEVER_RAW.test(typescriptStringLiteral(s))).toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect(typescriptStringLiteral('ünïcödé 数据 😀')).toBe('"ünïcödé 数据 😀"');
    expect(typescriptStringLiteral('a\u2028b\u202ec\ufeff\u0085')).toBe('"a\\u2028b\\u202ec\\ufeff\\u0085"');
    expect(typescriptStringLiteral('\ud800x')).toBe('"\\ud800x"');
    expect(evalJs(typescriptStringLiteral(TRICKY_TEXT))).toBe(TRICKY_TEXT);
  });
});

describe('pythonStringLiteral', () => {
  it('escapes exactly what Python needs and what must not be raw', () => {
    expect(pythonStringLiteral('')).toBe('""');
    expect(pythonStringLiteral('say "hi" it\'s \\ ok')).toBe('"say \\"hi\\" it\'s \\\\ ok"');
    expect(pythonStringLiteral('a\nb\rc\td')).toBe('"a\\nb\\rc\\td"');
    expect(pythonStringLiteral('\u0000\u0008\u000c\u001f\u007f\u0085\u009f')).toBe('"\\x00\\x08\\x0c\\x1f\\x7f\\x85\\x9f"');
    expect(pythonStringLiteral('\u2028\u2029\u202e\u2066\ufeff')).toBe('"\\u2028\\u2029\\u202e\\u2066\\ufeff"');
    expect(pythonStringLiteral('ünïcödé 数据 😀 \u00a0')).toBe('"ünïcödé 数据 😀 \u00a0"');
    expect(pythonStringLiteral('lone \ud83d and \ude00 pair \ud83d\ude00')).toBe('"lone \\ud83d and \\ude00 pair 😀"');
  });

  it('never writes a raw control, separator, bidi or lone surrogate (evaluation is checked with python3 in scripts/)', () => {
    fc.assert(
      fc.property(arbCodeUnits(60), (s) => {
        const literal = pythonStringLiteral(s);
        expect(NEVER_RAW.test(literal)).toBe(false);
        expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
        // No unescaped quote inside: every '"' in the body is preceded by an odd run of backslashes.
        const body = literal.slice(1, -1);
        for (const m of body.matchAll(/(\\*)"/g)) expect((m[1] ?? '').length % 2).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('multi-line expressions', () => {
  it('split after each newline and concatenate back', () => {
    expect(splitAfterNewlines('')).toEqual(['']);
    expect(splitAfterNewlines('a')).toEqual(['a']);
    expect(splitAfterNewlines('\n')).toEqual(['\n']);
    expect(splitAfterNewlines('\na\n\nb')).toEqual(['\n', 'a\n', '\n', 'b']);
    expect(splitAfterNewlines('a\n')).toEqual(['a\n']);
    fc.assert(
      fc.property(arbText(80), (s) => {
        expect(splitAfterNewlines(s).join('')).toBe(s);
      }),
    );
  });

  it('TypeScript: one literal per line, evaluating to the text', () => {
    fc.assert(
      fc.property(arbText(80), (s) => {
        expect(evalJs(typescriptTextExpression(s, '  '))).toBe(s);
      }),
      { numRuns: 1000 },
    );
    expect(typescriptTextExpression('one line')).toBe('"one line"');
    expect(typescriptTextExpression('a\nb')).toBe('(\n  "a\\n" +\n  "b"\n)');
  });

  it('Python: one literal per line, implicitly concatenated in parentheses', () => {
    expect(pythonTextExpression('one line')).toBe('"one line"');
    expect(pythonTextExpression('a\nb', '    ')).toBe('(\n        "a\\n"\n        "b"\n    )');
    expect(pythonTextExpression('\n')).toBe('"\\n"');
  });
});

describe('numbers', () => {
  it('Python floats keep a decimal point; ints stay ints', () => {
    expect(pythonFloat(0)).toBe('0.0');
    expect(pythonFloat(-0)).toBe('0.0');
    expect(pythonFloat(1)).toBe('1.0');
    expect(pythonFloat(0.7)).toBe('0.7');
    expect(pythonFloat(1e-7)).toBe('1e-7');
    expect(pythonFloat(1e21)).toBe('1e+21');
    expect(() => pythonFloat(NaN)).toThrow(RangeError);
    expect(pythonInt(4096)).toBe('4096');
    expect(() => pythonInt(1.5)).toThrow(RangeError);
  });
});
