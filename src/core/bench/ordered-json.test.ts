import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineColumn, parseOrderedJson } from './ordered-json.ts';
import type { JsonValue } from './ordered-json.ts';

function plain(value: JsonValue): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, plain(v)]));
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

describe('parseOrderedJson', () => {
  it('keeps integer-like keys in file order', () => {
    const result = parseOrderedJson('{"10": "a", "2": "b", "x": {"3": 1, "1": 2}}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const map = result.value as Map<string, JsonValue>;
    expect([...map.keys()]).toEqual(['10', '2', 'x']);
    expect([...(map.get('x') as Map<string, JsonValue>).keys()]).toEqual(['3', '1']);
  });

  it('keeps a repeated key at its first position with its last value (Python dict)', () => {
    const result = parseOrderedJson('{"a": 1, "b": 2, "a": 3}');
    expect(result.ok && [...(result.value as Map<string, JsonValue>)]).toEqual([['a', 3], ['b', 2]]);
  });

  it('accepts NaN and ±Infinity like json.loads', () => {
    const result = parseOrderedJson('[NaN, Infinity, -Infinity, -0.5e-3]');
    expect(result.ok && result.value).toEqual([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0.0005]);
  });

  it('decodes escapes and surrogate pairs', () => {
    const result = parseOrderedJson('"a\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00"');
    expect(result.ok && result.value).toBe('a"b\\c/d\n\té😀');
  });

  it.each([
    ['{"a": 1,}', 1, 9],
    ['[1, 2', 1, 6],
    ['{"a" 1}', 1, 6],
    ['{\n  "a": tru\n}', 2, 8],
    ['"unterminated', 1, 1],
    ['01', 1, 1],
    ['[1] [2]', 1, 5],
    ['"tab\there"', 1, 5],
    ['', 1, 1],
  ])('reports %j at line %i column %i', (text, line, column) => {
    const result = parseOrderedJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({ line: result.error.line, column: result.error.column }).toEqual({ line, column });
    expect(result.error.message.length).toBeGreaterThan(0);
  });

  it('limits nesting depth instead of overflowing the stack', () => {
    const result = parseOrderedJson('['.repeat(10_000) + ']'.repeat(10_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('nesting too deep');
  });

  it('agrees with JSON.parse on arbitrary JSON (apart from key order)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const result = parseOrderedJson(text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(plain(result.value)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('lineColumn is 1-based', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
