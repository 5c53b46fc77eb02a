import { describe, expect, test } from 'vitest';
import { LiveJsonScanner } from './liveJson.ts';

function scan(...chunks: string[]): LiveJsonScanner {
  const s = new LiveJsonScanner();
  for (const c of chunks) s.push(c);
  return s;
}

describe('LiveJsonScanner', () => {
  test('reports each score once its value is complete', () => {
    const s = new LiveJsonScanner();
    s.push('Sure: {"scores": {"model-1": 4');
    expect([...s.scores]).toEqual([]); // "4" could still become "45"
    s.push(', "model-2": "3');
    expect([...s.scores]).toEqual([['model-1', 4]]);
    s.push('"');
    expect([...s.scores]).toEqual([
      ['model-1', 4],
      ['model-2', 3],
    ]);
  });

  test('reports each ranking entry at its closing quote', () => {
    const s = new LiveJsonScanner();
    s.push('{"best-to-worst": ["model-2", "mod');
    expect(s.ranking).toEqual(['model-2']);
    s.push('el-1"]');
    expect(s.ranking).toEqual(['model-2', 'model-1']);
  });

  test('tolerates single quotes, bare keys, trailing commas; ignores nested values', () => {
    const s = scan("{'scores': {model-1: 2, 'model-2': {'x': [1, {'y': 2}]}, model-3: 5,}, notes: {'a': ['b']}, 'best-to-worse': ['model-3',],}");
    expect([...s.scores]).toEqual([
      ['model-1', 2],
      ['model-2', null],
      ['model-3', 5],
    ]);
    expect(s.ranking).toEqual(['model-3']);
    expect(s.done).toBe(true);
  });

  test('"best-to-worst" wins over "best-to-worse"; a repeated key replaces the earlier value', () => {
    const s = scan('{"best-to-worse": ["a"], "best-to-worst": ["b"], "scores": {"a": 1}, "scores": {"b": 2}}');
    expect(s.ranking).toEqual(['b']);
    expect([...s.scores]).toEqual([['b', 2]]);
  });

  test('escapes inside strings', () => {
    const s = scan('{"scores": {"a\\"b\\u0041": 1}, "best-to-worst": ["a\\"bA", "\\n"]}');
    expect([...s.scores]).toEqual([['a"bA', 1]]);
    expect(s.ranking).toEqual(['a"bA', '\n']);
  });

  test('non-numeric values are recorded as null (the final parse drops them)', () => {
    const s = scan('{"scores": {"a": "high", "b": true, "c": NaN, "d": 3}}');
    expect([...s.scores]).toEqual([
      ['a', null],
      ['b', null],
      ['c', null],
      ['d', 3],
    ]);
  });

  test('wrong types clear the field', () => {
    expect([...scan('{"scores": {"a": 1}, "scores": [1]}').scores]).toEqual([]);
    expect(scan('{"best-to-worst": ["a"], "best-to-worst": "a"}').ranking).toEqual([]);
  });

  test('stops after the top-level object closes', () => {
    const s = scan('{"best-to-worst": ["a"]} {"best-to-worst": ["b"]}');
    expect(s.ranking).toEqual(['a']);
  });

  test('deep nesting costs a counter, not a stack', () => {
    const s = scan('{"x": ' + '['.repeat(200_000) + ']'.repeat(200_000) + ', "best-to-worst": ["a"]}');
    expect(s.ranking).toEqual(['a']);
  });
});
