import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import vectorsJson from './testdata/python-vectors.json';
import { PyObject, pyObject } from './pyObject.ts';
import { pythonJsonDumps } from './pyJsonDumps.ts';
import type { JsonValue } from './pyJsonLoads.ts';
import { pythonJsonLoads } from './pyJsonLoads.ts';

// [input, CPython json.loads succeeded, canonical value]: {o: entries} objects, {a: items} arrays, {n: repr(float)}.
type Canon = null | boolean | string | { o: Array<[string, Canon]> } | { a: Canon[] } | { n: string };
const vectors = vectorsJson as unknown as { loads: Array<[string, boolean, Canon]> };

function toCanon(v: JsonValue): Canon {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return { n: Number.isNaN(v) ? 'nan' : v === Infinity ? 'inf' : v === -Infinity ? '-inf' : String(v) };
  if (Array.isArray(v)) return { a: v.map(toCanon) };
  return { o: v.entries().map(([k, x]) => [k, toCanon(x)]) };
}
function fromPython(c: Canon): Canon {
  if (c === null || typeof c !== 'object') return c;
  if ('n' in c) return { n: c.n === 'nan' || c.n === 'inf' || c.n === '-inf' ? c.n : String(Number(c.n)) };
  if ('a' in c) return { a: c.a.map(fromPython) };
  return { o: c.o.map(([k, x]) => [k, fromPython(x)]) };
}

function ok(text: string): JsonValue {
  const r = pythonJsonLoads(text);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${r.error}`);
  return r.value;
}
function rejects(text: string): void {
  expect(pythonJsonLoads(text).ok, JSON.stringify(text)).toBe(false);
}

describe('pythonJsonLoads: accepts what json.loads accepts', () => {
  test('objects keep the document order, integer-like keys included', () => {
    const v = ok('{"10": 3, "2": 5, "b": 1, "1": 0}');
    expect(v).toBeInstanceOf(PyObject);
    expect((v as PyObject<JsonValue>).entries()).toEqual([
      ['10', 3],
      ['2', 5],
      ['b', 1],
      ['1', 0],
    ]);
  });

  test('a repeated key keeps its first position and its last value', () => {
    const v = ok('{"a": 1, "b": 2, "a": 3}') as PyObject<JsonValue>;
    expect(v.entries()).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(v.duplicateKeys).toEqual(['a']);
  });

  test('NaN, Infinity, -Infinity', () => {
    expect(ok('NaN')).toBeNaN();
    expect(ok('[Infinity, -Infinity]')).toEqual([Infinity, -Infinity]);
  });

  test('numbers, literals, strings and escapes', () => {
    expect(ok('[0, -0, 1.5, -2e3, 1E+2, 10, 123456789012]')).toEqual([0, -0, 1.5, -2000, 100, 10, 123456789012]);
    expect(ok('[true, false, null]')).toEqual([true, false, null]);
    expect(ok('"a\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00E9"')).toBe('a"\\/\b\f\n\r\téé');
    expect(ok('"\\ud83d\\ude00 \\ud800 x\\udc00"')).toBe('😀 \ud800 x\udc00');
    expect(ok('"é😀\x7f\u2028"')).toBe('é😀\x7f\u2028');
    expect(ok('1e400')).toBe(Infinity); // float('1e400') is inf in Python too
  });

  test("surrounding whitespace is Python's JSON set only", () => {
    expect(ok(' \t\n\r{"a": [1 , 2 ] } \r\n')).toEqual(pyObject([['a', [1, 2]]]));
    rejects('\u00a0{}');
    rejects('{}\u00a0');
    rejects('\x0b1');
    rejects('\ufeff{}'); // json.loads rejects a BOM
  });
});

describe('pythonJsonLoads: rejects what json.loads rejects', () => {
  test('trailing commas, single quotes, bare keys, comments', () => {
    for (const t of ['[1,]', '{"a": 1,}', "{'a': 1}", "['a']", '{a: 1}', '{"a" 1}', '{"a": 1 "b": 2}', '[1 2]', '/* */1', '{,}', '[,]']) rejects(t);
  });

  test('number forms', () => {
    for (const t of ['01', '-01', '00', '1.', '.5', '+1', '-', '1e', '1e+', '0x10', '1_000', '١', '-NaN', 'nan', 'inf', '- 1']) rejects(t);
  });

  test('raw control characters inside strings (strict=True), bad escapes, unterminated strings', () => {
    for (const t of ['"a\nb"', '"\x00"', '"\x1f"', '"\t"', '"\\x41"', "\"\\'\"", '"\\u12"', '"\\u12g4"', '"abc', '"\\', '"\\u']) rejects(t);
  });

  test('empty or extra data', () => {
    for (const t of ['', '   ', '1 2', '{} {}', '[1]]', 'true false', 'nul', 'True', 'None']) rejects(t);
  });

  test('reports where it failed', () => {
    expect(pythonJsonLoads('[1, 2,]')).toMatchObject({ ok: false, error: 'Expecting value', position: 6 });
    expect(pythonJsonLoads('{"a": 1} x')).toMatchObject({ ok: false, error: 'Extra data', position: 9 });
    expect(pythonJsonLoads('"abc')).toMatchObject({ ok: false, error: 'Unterminated string starting at', position: 0 });
  });
});

describe('pythonJsonLoads: against CPython', () => {
  test('agrees with json.loads on random token soup and random documents', () => {
    expect(vectors.loads.length).toBeGreaterThan(500);
    for (const [text, accepted, value] of vectors.loads) {
      const r = pythonJsonLoads(text);
      expect(r.ok, JSON.stringify(text)).toBe(accepted);
      if (r.ok && accepted) expect(toCanon(r.value), JSON.stringify(text)).toEqual(fromPython(value));
    }
  });

  test('reads back what pythonJsonDumps writes', () => {
    const key = fc.string({ maxLength: 4 });
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.integer(),
        fc.double({ noNaN: true }),
        fc.string(),
        fc.array(tie('v'), { maxLength: 4 }),
        fc.array(fc.tuple(key, tie('v')), { maxLength: 4 }).map((entries) => pyObject(entries)),
      ),
    })).v as fc.Arbitrary<JsonValue>;
    fc.assert(
      fc.property(value, (v) => {
        const back = pythonJsonLoads(pythonJsonDumps(v));
        expect(back.ok).toBe(true);
        if (back.ok) expect(toCanon(back.value)).toEqual(toCanon(v));
      }),
    );
  });
});

describe('pythonJsonLoads: depth and size', () => {
  test('100,000 nested brackets or braces fail cleanly instead of overflowing the stack', () => {
    expect(pythonJsonLoads('['.repeat(100_000) + ']'.repeat(100_000))).toMatchObject({ ok: false });
    expect(pythonJsonLoads('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000))).toMatchObject({ ok: false });
    expect(pythonJsonLoads('{'.repeat(100_000))).toMatchObject({ ok: false });
  });

  test('nesting up to the limit is read (iteratively)', () => {
    const v = ok('['.repeat(10_000) + ']'.repeat(10_000));
    let depth = 0;
    let cur: JsonValue = v;
    while (Array.isArray(cur) && cur.length > 0) {
      cur = cur[0]!;
      depth++;
    }
    expect(depth).toBe(9_999);
    expect(pythonJsonLoads('[[[1]]]', { maxDepth: 2 }).ok).toBe(false);
    expect(pythonJsonLoads('[[1]]', { maxDepth: 2 }).ok).toBe(true);
  });

  test('large inputs', () => {
    const big = '{"s": "' + 'x'.repeat(1_000_000) + '", "a": [' + Array.from({ length: 100_000 }, (_, i) => i).join(',') + ']}';
    const v = ok(big) as PyObject<JsonValue>;
    expect((v.get('s') as string).length).toBe(1_000_000);
    expect((v.get('a') as number[]).length).toBe(100_000);
    expect(pythonJsonLoads('"' + 'x'.repeat(1_000_000)).ok).toBe(false);
  });
});
