import { describe, expect, test } from 'vitest';
import vectorsJson from './testdata/python-vectors.json';
import { fixJsonFormat } from './fixJson.ts';

// [input, the reference's fix_json_format(input)] run with CPython 3.11.7 on random token soup.
const vectors = vectorsJson as unknown as { fix: Array<[string, string]> };

describe('fixJsonFormat (the reference fix_json_format)', () => {
  test('single quotes, bare keys, trailing commas, best-to-worse', () => {
    expect(fixJsonFormat("{'scores': {'model-1': 1,}, 'best-to-worse': ['model-1',],}")).toBe(
      '{"scores": {"model-1": 1}, "best-to-worst": ["model-1"]}',
    );
    expect(fixJsonFormat('{scores : {model-1 :2, model_2: 3}}')).toBe('{"scores": {"model-1":2,"model_2": 3}}');
  });

  test('is as blunt as the reference: it rewrites string contents too', () => {
    expect(fixJsonFormat('{"a": "it\'s, b: c"}')).toBe('{"a": "it"s,"b": c"}');
  });

  test("uses Python's \\s (Unicode whitespace, not U+FEFF)", () => {
    expect(fixJsonFormat('{\u00a0a\u3000:1,\x1c}')).toBe('{"a":1}');
    expect(fixJsonFormat('{\ufeffa:1}')).toBe('{\ufeffa:1}');
  });

  test('matches the reference on random token soup', () => {
    expect(vectors.fix.length).toBeGreaterThan(100);
    for (const [input, expected] of vectors.fix) expect(fixJsonFormat(input), JSON.stringify(input)).toBe(expected);
  });

  test('stays linear on long whitespace and word runs', () => {
    const s = ('{' + ' '.repeat(50_000) + 'a'.repeat(50_000) + ' '.repeat(50_000)).repeat(4) + ', '.repeat(100_000);
    expect(fixJsonFormat(s).length).toBe(s.length);
  });
});
