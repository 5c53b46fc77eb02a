// Robustness: whatever the model (or a broken stream) produces, parsing never throws and stays linear. These tests
// only check that big inputs complete within vitest's default timeout; they time nothing.

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseJudgeOutput } from './parseJudgeOutput.ts';
import { pythonJsonLoads } from './pyJsonLoads.ts';
import { createStreamParser } from './streamParser.ts';

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const tokenSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom('<think>', '</think>', '```json', '```', '{', '}', '[', ']', ',', ':', '"', "'", '\\', '\\u', 'scores',
        '"scores"', '"best-to-worst"', '"best-to-worse"', '"model-1"', '3', '"3"', 'NaN', 'null', ' ', '\n', '\x00', '\ud800'),
      anyUnit,
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function cut(s: string, points: number[]): string[] {
  const sorted = [...new Set(points.map((p) => p % (s.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of sorted) {
    out.push(s.slice(last, p));
    last = p;
  }
  out.push(s.slice(last));
  return out;
}

function parseBoth(raw: string, chunks: string[] = [raw]) {
  const direct = parseJudgeOutput(raw, [['model-1', 'a']]);
  const p = createStreamParser([['model-1', 'a']]);
  for (const c of chunks) {
    p.push(c);
    p.state();
  }
  expect(p.finish()).toEqual(direct);
  expect(JSON.parse(JSON.stringify(direct))).toEqual(direct);
  return direct;
}

describe('never throws', () => {
  test('random UTF-16 strings and token soup, streamed in random chunks', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: anyUnit, maxLength: 200 }), tokenSoup), fc.array(fc.nat(), { maxLength: 20 }), (raw, points) => {
        parseBoth(raw, cut(raw, points));
        expect(typeof pythonJsonLoads(raw).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  test('random bytes decoded as UTF-8 (with replacement characters)', () => {
    const decoder = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        parseBoth(decoder.decode(bytes));
      }),
      { numRuns: 300 },
    );
  });

  test('unterminated strings, escapes and containers', () => {
    for (const raw of [
      '{"scores": {"model-1": "3',
      '{"scores": {"model-1": 3, "model-2',
      '<think>x</think>{"scores": {"model-1": 3}, "best-to-worst": ["model-1", "mod',
      '{"a": "\\',
      '{"a": "\\u12',
      "{'scores': {'model-1': 'x",
      '"',
      '{',
      '[',
      '}{',
      '</think>',
      '<think>',
      '<think></think>',
      '```',
      '\ud800',
    ]) {
      const r = parseBoth(raw, [...raw]);
      expect(Array.isArray(r.diagnostics.problems)).toBe(true);
    }
  });
});

describe('big inputs complete (linear work)', () => {
  test('1 MB of reasoning, streamed and whole', () => {
    const raw = `<think>${'I compare the responses carefully. {not json} \n'.repeat(22_000)}</think>{"scores": {"model-1": 4}, "best-to-worst": ["model-1"]}`;
    expect(raw.length).toBeGreaterThan(1_000_000);
    const chunks = raw.match(/[\s\S]{1,7}/g) ?? [];
    const r = parseBoth(raw, chunks);
    expect(r.scores).toEqual([['a', 4]]);
    expect(r.reasoning.length).toBeGreaterThan(1_000_000 - 100);
  });

  test('1 MB of unterminated reasoning', () => {
    const raw = `<think>${'x{"'.repeat(350_000)}`;
    const r = parseBoth(raw, raw.match(/[\s\S]{1,64}/g) ?? []);
    expect(r.diagnostics.think).toBe('unterminated');
  });

  test('100,000 nested braces and brackets in the answer', () => {
    for (const raw of [
      '<think>x</think>' + '{'.repeat(100_000),
      '<think>x</think>' + '['.repeat(100_000) + ']'.repeat(100_000),
      '{"scores": ' + '{"a": '.repeat(100_000) + '1' + '}'.repeat(100_000) + '}',
      '{"scores": {"model-1": 3}, "deep": ' + '['.repeat(100_000) + ']'.repeat(100_000) + ', "best-to-worst": ["model-1"]}',
    ]) {
      const r = parseBoth(raw, raw.match(/[\s\S]{1,1000}/g) ?? []);
      expect(r.scores.length + r.ranking.length).toBe(0);
      expect(r.diagnostics.json).toBe('failed');
    }
  });

  test('many <think> without a close, many braces and commas for the repair regexes', () => {
    parseBoth('<think>'.repeat(150_000));
    parseBoth('</think>'.repeat(150_000));
    parseBoth('{ a'.repeat(200_000));
    parseBoth(', '.repeat(300_000) + '}');
    parseBoth("'".repeat(500_000));
  });

  test('a huge scores object keeps problem sentences short', () => {
    const entries = Array.from({ length: 50_000 }, (_, i) => `"n${i}": ${i % 2 ? '"high"' : 9}`);
    const raw = `{"scores": {${entries.join(', ')}}, "best-to-worst": [${Array.from({ length: 50_000 }, (_, i) => `"n${i}"`).join(', ')}]}`;
    const r = parseBoth(raw, raw.match(/[\s\S]{1,4096}/g) ?? []);
    expect(r.scores.length).toBe(25_000);
    expect(r.diagnostics.droppedScores.length).toBe(25_000);
    expect(r.diagnostics.outOfRange.length).toBe(25_000);
    for (const sentence of r.diagnostics.problems) expect(sentence.length).toBeLessThan(1_000);
  });
});
