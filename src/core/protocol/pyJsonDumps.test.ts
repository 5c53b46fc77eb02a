import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import vectorsJson from './testdata/python-vectors.json';
import { pyObject } from './pyObject.ts';
import type { PyJsonInput } from './pyJsonDumps.ts';
import { pythonJsonDumps, pythonJsonString, pythonNumber } from './pyJsonDumps.ts';
import { pythonJsonLoads } from './pyJsonLoads.ts';

// [kind, input, json.dumps(input, ensure_ascii=False)]: kind 's' = a string, 'f' = repr of a float.
const vectors = vectorsJson as unknown as { dumps: Array<['s' | 'f', string, string]> };

describe('pythonJsonDumps: strings', () => {
  test('uses Python separators and key order', () => {
    const v = pyObject<PyJsonInput>([
      ['principle', 'p'],
      ['prompt', 'q'],
      ['responses', pyObject([['10', 'a'], ['2', 'b']])],
    ]);
    expect(pythonJsonDumps(v)).toBe('{"principle": "p", "prompt": "q", "responses": {"10": "a", "2": "b"}}');
    expect(pythonJsonDumps([1, 'a', [true, false, null], []])).toBe('[1, "a", [true, false, null], []]');
    expect(pythonJsonDumps(pyObject([]))).toBe('{}');
  });

  test('escapes exactly as CPython', () => {
    expect(pythonJsonString('"\\\n\r\t\b\f')).toBe('"\\"\\\\\\n\\r\\t\\b\\f"');
    expect(pythonJsonString('\x00\x01\x1b\x1f')).toBe('"\\u0000\\u0001\\u001b\\u001f"');
    expect(pythonJsonString('/')).toBe('"/"');
  });

  test('writes non-ASCII, emoji, U+007F, U+2028/2029, U+FEFF and lone surrogates raw', () => {
    for (const s of ['ünïcödé 数据', '😀🎉', '\x7f', '\u2028\u2029', '\ufeff', '\ud800', 'x\udc00y', '𝔘𝔫𝔦']) {
      expect(pythonJsonString(s)).toBe(`"${s}"`);
    }
  });

  test('matches CPython json.dumps on random strings', () => {
    const strings = vectors.dumps.filter(([kind]) => kind === 's');
    expect(strings.length).toBeGreaterThan(100);
    for (const [, input, expected] of strings) expect(pythonJsonDumps(input)).toBe(expected);
  });

  test('round-trips through pythonJsonLoads', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), (s) => {
        const back = pythonJsonLoads(pythonJsonDumps(s));
        expect(back).toEqual({ ok: true, value: s });
      }),
    );
  });
});

describe('pythonJsonDumps: numbers and other values', () => {
  test('integers as ints, other numbers as Python float repr', () => {
    expect(pythonNumber(3)).toBe('3');
    expect(pythonNumber(-0)).toBe('0');
    expect(pythonNumber(1e21)).toBe('1000000000000000000000');
    expect(pythonNumber(2 ** 53 + 2)).toBe('9007199254740994');
    expect(pythonNumber(4.5)).toBe('4.5');
    expect(pythonNumber(0.1)).toBe('0.1');
    expect(pythonNumber(1e-4)).toBe('0.0001');
    expect(pythonNumber(1e-5)).toBe('1e-05');
    expect(pythonNumber(-2.5e-8)).toBe('-2.5e-08');
    expect(pythonNumber(123456.789)).toBe('123456.789');
    expect(pythonNumber(1 / 3)).toBe('0.3333333333333333');
    expect(pythonNumber(NaN)).toBe('NaN');
    expect(pythonNumber(Infinity)).toBe('Infinity');
    expect(pythonNumber(-Infinity)).toBe('-Infinity');
    expect(pythonJsonDumps(12345678901234567890n)).toBe('12345678901234567890');
  });

  test('matches CPython repr for non-integer floats', () => {
    const floats = vectors.dumps.filter(([kind]) => kind === 'f');
    expect(floats.length).toBeGreaterThan(100);
    for (const [, repr, expected] of floats) {
      const x = Number(repr);
      // An integer-valued float prints as an int here (JavaScript cannot tell 1.0 from 1).
      expect(pythonNumber(x)).toBe(Number.isInteger(x) ? BigInt(x).toString() : expected);
    }
  });

  test('Map and plain objects; plain objects reorder integer-like keys (the documented caveat)', () => {
    expect(pythonJsonDumps(new Map<string, PyJsonInput>([['10', 1], ['2', 2]]))).toBe('{"10": 1, "2": 2}');
    expect(pythonJsonDumps(new Map<number | boolean | null, PyJsonInput>([[1.5, 1], [true, 2], [null, 3]]))).toBe(
      '{"1.5": 1, "true": 2, "null": 3}',
    );
    expect(pythonJsonDumps({ b: 1, a: [2] })).toBe('{"b": 1, "a": [2]}');
    expect(pythonJsonDumps({ '10': 1, '2': 2 })).toBe('{"2": 2, "10": 1}');
  });

  test('rejects what Python cannot serialize', () => {
    expect(() => pythonJsonDumps(undefined as unknown as PyJsonInput)).toThrow(TypeError);
    expect(() => pythonJsonDumps((() => 1) as unknown as PyJsonInput)).toThrow(TypeError);
    expect(() => pythonJsonDumps(new Date() as unknown as PyJsonInput)).toThrow(TypeError);
    const loop: PyJsonInput[] = [];
    loop.push(loop);
    expect(() => pythonJsonDumps(loop)).toThrow(/Circular/);
    const shared = [1];
    expect(pythonJsonDumps([shared, shared])).toBe('[[1], [1]]'); // shared, not circular
  });
});
