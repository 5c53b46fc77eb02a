import { describe, expect, test } from 'vitest';
import parity from '../testdata/rewardanything-parity.json';
import vectorsJson from './testdata/python-vectors.json';
import { parseJudgeOutput } from './parseJudgeOutput.ts';

interface ParseCase {
  raw: string;
  masked2real: Array<[string, string]> | null;
  reasoning: string;
  scores: Array<[string, number | string]>;
  ranking: string[];
}
const cases = parity.parse_cases as unknown as ParseCase[];

// Random outputs run through the reference parser with CPython 3.11.7, with the playground's documented
// improvements applied to the expectation (numbers-only scores, written as Python float repr; non-string ranking
// entries dropped; "best-to-worse" accepted without "scores"; non-object / wrong-typed answers empty).
interface ParseVector {
  raw: string;
  m2r: Array<[string, string]> | null;
  expected: { reasoning: string; scores: Array<[string, string]>; ranking: string[]; kind: string };
}
const vectors = (vectorsJson as unknown as { parse: ParseVector[] }).parse;

describe('parseJudgeOutput: parity with the reference', () => {
  test.each(cases.map((c, i) => [i, c] as const))('parse case %i', (_i, c) => {
    const r = parseJudgeOutput(c.raw, c.masked2real);
    expect(r.reasoning).toBe(c.reasoning);
    expect(r.scores).toEqual(c.scores.map(([name, score]) => [name, Number(score)])); // the reference keeps "3" as a string
    expect(r.ranking).toEqual(c.ranking);
  });

  test('matches the reference on 230 random outputs', () => {
    expect(vectors.length).toBeGreaterThan(200);
    for (const v of vectors) {
      const r = parseJudgeOutput(v.raw, v.m2r);
      const label = JSON.stringify(v.raw);
      expect(r.reasoning, label).toBe(v.expected.reasoning);
      expect(r.scores, label).toEqual(v.expected.scores.map(([name, score]) => [name, Number(score)]));
      expect(r.ranking, label).toEqual(v.expected.ranking);
    }
  });
});

describe('parseJudgeOutput: reference details', () => {
  test('object keys keep the model order even when integer-like', () => {
    const r = parseJudgeOutput('{"scores": {"10": 3, "2": 5}, "best-to-worst": ["2", "10"]}');
    expect(r.scores).toEqual([
      ['10', 3],
      ['2', 5],
    ]);
  });

  test('a duplicated key keeps its first position and last value, and is reported', () => {
    const r = parseJudgeOutput('{"scores": {"model-1": 1, "model-2": 2, "model-1": 5}, "best-to-worst": ["model-1", "model-2"]}');
    expect(r.scores).toEqual([
      ['model-1', 5],
      ['model-2', 2],
    ]);
    expect(r.diagnostics.duplicateNames).toEqual(['model-1']);
  });

  test('the bracket fallback slices the original answer, not the repaired text', () => {
    // Repairing turns the apostrophe into a quote and breaks the JSON; the original slice is valid.
    const r = parseJudgeOutput(`<think>t</think>It's: {"scores": {"model-1": 4}, "best-to-worst": ["model-1"]}`);
    expect(r.scores).toEqual([['model-1', 4]]);
    expect(r.diagnostics.json).toBe('bracket');
  });

  test("reasoning is stripped with Python's whitespace set", () => {
    expect(parseJudgeOutput('<think>\ufeff x \x1c\x85</think>{}').reasoning).toBe('\ufeff x');
  });

  test('NaN and Infinity are read (then dropped as scores, with a diagnostic)', () => {
    const r = parseJudgeOutput('{"scores": {"a": NaN, "b": Infinity, "c": 3}, "best-to-worst": ["c"]}');
    expect(r.diagnostics.json).toBe('direct');
    expect(r.scores).toEqual([['c', 3]]);
    expect(r.diagnostics.droppedScores).toEqual([
      { name: 'a', value: 'NaN' },
      { name: 'b', value: 'Infinity' },
    ]);
  });

  test('names map back through masked → real; unknown names stay', () => {
    const r = parseJudgeOutput('{"scores": {"model-1": 2, "model-9": 4}, "best-to-worst": ["model-9", "model-1"]}', [
      ['model-1', 'alpha'],
      ['model-2', 'beta'],
    ]);
    expect(r.scores).toEqual([
      ['alpha', 2],
      ['model-9', 4],
    ]);
    expect(r.ranking).toEqual(['model-9', 'alpha']);
    expect(r.diagnostics.unknownNames).toEqual(['model-9']);
    expect(r.diagnostics.missingScores).toEqual(['beta']);
  });
});

describe('parseJudgeOutput: where the playground does better', () => {
  test('best-to-worse is accepted even without scores', () => {
    const r = parseJudgeOutput('<think>x</think>{"best-to-worse": ["model-2", "model-1"]}');
    expect(r.ranking).toEqual(['model-2', 'model-1']);
    expect(r.diagnostics.keysPresent).toEqual({ scores: false, ranking: true, rankingKey: 'best-to-worse' });
  });

  test('the repaired path still reports that the model wrote best-to-worse', () => {
    const r = parseJudgeOutput("{'scores': {'a': 1}, 'best-to-worse': ['a']}");
    expect(r.diagnostics.json).toBe('repaired');
    expect(r.ranking).toEqual(['a']);
    expect(r.diagnostics.keysPresent.rankingKey).toBe('best-to-worse');
  });

  test('an answer that is valid JSON but not an object gives an empty result with a problem', () => {
    for (const answer of ['[{"scores": {"a": 1}}]', '"scores"', '5', 'null', 'NaN', '[]']) {
      const r = parseJudgeOutput(`<think>r</think>${answer}`);
      expect(r.scores).toEqual([]);
      expect(r.ranking).toEqual([]);
      expect(r.reasoning).toBe('r');
      expect(r.diagnostics.json).toBe('direct');
      expect(r.diagnostics.problems.join(' ')).toMatch(/not an object/);
    }
  });

  test('scores or ranking of the wrong type give an empty result with a problem', () => {
    for (const answer of [
      '{"scores": [["a", 1]], "best-to-worst": ["a"]}',
      '{"scores": null, "best-to-worst": ["a"]}',
      '{"scores": {"a": 1}, "best-to-worst": "a, b"}',
      '{"scores": {"a": 1}, "best-to-worse": {"a": 1}}',
    ]) {
      const r = parseJudgeOutput(answer);
      expect(r.scores, answer).toEqual([]);
      expect(r.ranking, answer).toEqual([]);
      expect(r.diagnostics.problems.join(' '), answer).toMatch(/not (an object|a list)/);
    }
  });

  test('scores are normalised to numbers; the rest is dropped and reported', () => {
    const r = parseJudgeOutput('{"scores": {"a": "3", "b": "high", "c": null, "d": true, "e": 4.5, "f": [1]}, "best-to-worst": ["e", "a"]}');
    expect(r.scores).toEqual([
      ['a', 3],
      ['e', 4.5],
    ]);
    expect(r.diagnostics.droppedScores).toEqual([
      { name: 'b', value: '"high"' },
      { name: 'c', value: 'null' },
      { name: 'd', value: 'true' },
      { name: 'f', value: 'a list of 1 item' },
    ]);
    expect(r.diagnostics.problems.join(' ')).toMatch(/not numbers were dropped/);
  });

  test('ranking entries that are not names are dropped and reported', () => {
    const r = parseJudgeOutput('{"scores": {}, "best-to-worst": ["a", 2, null, "b"]}');
    expect(r.ranking).toEqual(['a', 'b']);
    expect(r.diagnostics.problems.join(' ')).toMatch(/entry 2 \(2\), entry 3 \(null\)/);
  });
});

describe('parseJudgeOutput: diagnostics', () => {
  const m2r: Array<[string, string]> = [
    ['model-1', 'a'],
    ['model-2', 'b'],
    ['model-3', 'c'],
  ];

  test('a clean output', () => {
    const r = parseJudgeOutput('<think>r</think>{"scores": {"model-1": 2, "model-2": 5, "model-3": 4}, "best-to-worst": ["model-2", "model-3", "model-1"]}', m2r);
    expect(r.diagnostics).toEqual({
      think: 'complete',
      json: 'direct',
      keysPresent: { scores: true, ranking: true, rankingKey: 'best-to-worst' },
      missingScores: [],
      outOfRange: [],
      droppedScores: [],
      rankingConsistent: true,
      consistency: { agreeing: 3, total: 3 },
      duplicateNames: [],
      unknownNames: [],
      problems: [],
    });
  });

  test('missing scores, out of range, inconsistent ranking, duplicates in the ranking', () => {
    const r = parseJudgeOutput('{"scores": {"model-1": 7, "model-2": 0}, "best-to-worst": ["model-2", "model-1", "model-2"]}', m2r);
    const d = r.diagnostics;
    expect(d.think).toBe('absent');
    expect(d.missingScores).toEqual(['c']);
    expect(d.outOfRange).toEqual([
      ['a', 7],
      ['b', 0],
    ]);
    expect(d.rankingConsistent).toBe(false);
    expect(d.consistency).toEqual({ agreeing: 0, total: 1 });
    expect(d.duplicateNames).toEqual(['b']);
    expect(d.problems.length).toBeGreaterThanOrEqual(4);
  });

  test('expectedNames defines the candidates when there is no masking', () => {
    const r = parseJudgeOutput('{"scores": {"x": 3, "z": 2}, "best-to-worst": ["x", "z"]}', null, ['x', 'y']);
    expect(r.diagnostics.missingScores).toEqual(['y']);
    expect(r.diagnostics.unknownNames).toEqual(['z']);
  });

  test('missing keys, failed JSON, unterminated reasoning, empty output', () => {
    expect(parseJudgeOutput('{}').diagnostics).toMatchObject({ keysPresent: { scores: false, ranking: false, rankingKey: null } });
    expect(parseJudgeOutput('<think>r</think>no json here').diagnostics).toMatchObject({ json: 'failed', think: 'complete' });
    expect(parseJudgeOutput('<think>still thinking').diagnostics).toMatchObject({ json: 'failed', think: 'unterminated' });
    expect(parseJudgeOutput('').diagnostics.problems).toEqual(['The output is empty.']);
    expect(parseJudgeOutput('<think>r</think>').diagnostics.problems).toEqual(['There is no answer after the reasoning.']);
    expect(parseJudgeOutput('reasoning</think>{}').diagnostics.problems[0]).toMatch(/before any <think>/);
  });

  test('is plain, JSON-serializable data', () => {
    for (const c of cases) {
      const r = parseJudgeOutput(c.raw, c.masked2real);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      expect(structuredClone(r)).toEqual(r);
    }
  });
});
