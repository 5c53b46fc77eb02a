import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import parity from '../testdata/rewardanything-parity.json';
import vectorsJson from './testdata/python-vectors.json';
import { parseJudgeOutput } from './parseJudgeOutput.ts';
import { createStreamParser } from './streamParser.ts';

interface ParseCase {
  raw: string;
  masked2real: Array<[string, string]> | null;
}
const cases = parity.parse_cases as unknown as ParseCase[];
const vectors = (vectorsJson as unknown as { parse: Array<{ raw: string; m2r: Array<[string, string]> | null }> }).parse;

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

function streamed(chunks: string[], m2r: Array<[string, string]> | null) {
  const p = createStreamParser(m2r);
  for (const c of chunks) p.push(c);
  return p.finish();
}

describe('createStreamParser: finish() equals parseJudgeOutput', () => {
  test.each(cases.map((c, i) => [i, c] as const))('fixture case %i, whole and one character at a time', (_i, c) => {
    const expected = parseJudgeOutput(c.raw, c.masked2real);
    expect(streamed([c.raw], c.masked2real)).toEqual(expected);
    expect(streamed([...c.raw], c.masked2real)).toEqual(expected);
    expect(streamed(c.raw.split(''), c.masked2real)).toEqual(expected); // UTF-16 units, splitting surrogate pairs
  });

  test('fixture cases under random chunkings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.array(fc.nat(), { maxLength: 30 }), (c, points) => {
        expect(streamed(cut(c.raw, points), c.masked2real)).toEqual(parseJudgeOutput(c.raw, c.masked2real));
      }),
      { numRuns: 500 },
    );
  });

  test('random reference vectors under random chunkings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...vectors), fc.array(fc.nat(), { maxLength: 20 }), (v, points) => {
        expect(streamed(cut(v.raw, points), v.m2r)).toEqual(parseJudgeOutput(v.raw, v.m2r));
      }),
      { numRuns: 500 },
    );
  });
});

// Well-formed judge outputs: reasoning, then the JSON answer in one of the forms models write.
const name = fc.constantFrom('model-1', 'model-2', 'model-3', 'model-4', 'model-5', 'model-10');
const wellFormed = fc
  .record({
    reasoning: fc.string({ maxLength: 40 }).map((s) => s.replaceAll('<', '(')),
    names: fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
    scores: fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(4.5, 2.5)), { minLength: 6, maxLength: 6 }),
    order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
    fence: fc.boolean(),
    singleQuotes: fc.boolean(),
    lead: fc.constantFrom('', '\n\n', 'Final answer: '),
  })
  .map(({ reasoning, names, scores, order, fence, singleQuotes, lead }) => {
    const q = singleQuotes ? "'" : '"';
    const ranked = names.map((n, i) => [n, order[i]!] as const).sort((a, b) => a[1] - b[1]).map(([n]) => n);
    const body = `{${q}scores${q}: {${names.map((n, i) => `${q}${n}${q}: ${scores[i]}`).join(', ')}}, ${q}best-to-worst${q}: [${ranked.map((n) => `${q}${n}${q}`).join(', ')}]}`;
    const answer = fence ? `\`\`\`json\n${body}\n\`\`\`` : body;
    // Leading prose needs the bracket fallback, which (as in the reference) does not repair single quotes.
    return { raw: `<think>\n${reasoning}\n</think>\n\n${singleQuotes ? '' : lead}${answer}`, names };
  });

describe('createStreamParser: the live view', () => {
  test('grows monotonically and ends equal to the final result, under any chunking', () => {
    fc.assert(
      fc.property(wellFormed, fc.array(fc.nat(), { maxLength: 40 }), fc.boolean(), ({ raw, names }, points, masked) => {
        const m2r = masked ? names.map((n, i): [string, string] => [n, `real-${i}`]) : null;
        const expected = parseJudgeOutput(raw, m2r);
        expect(expected.diagnostics.json).not.toBe('failed');
        const p = createStreamParser(m2r);
        let prev = { scores: 0, ranking: 0, reasoning: '' };
        const phases: string[] = [];
        for (const chunk of cut(raw, points)) {
          p.push(chunk);
          const s = p.state();
          if (phases[phases.length - 1] !== s.phase) phases.push(s.phase);
          // Every score / ranking entry shown is final: the live lists are prefixes of the final ones.
          expect(s.scores).toEqual(expected.scores.slice(0, s.scores.length));
          expect(s.ranking).toEqual(expected.ranking.slice(0, s.ranking.length));
          expect(s.scores.length).toBeGreaterThanOrEqual(prev.scores);
          expect(s.ranking.length).toBeGreaterThanOrEqual(prev.ranking);
          expect(s.reasoning.startsWith(prev.reasoning)).toBe(true);
          expect(expected.reasoning.startsWith(s.reasoning)).toBe(true);
          expect(s.reasoningLength).toBe(s.reasoning.length);
          prev = { scores: s.scores.length, ranking: s.ranking.length, reasoning: s.reasoning };
        }
        // Before finish(), the live view already shows everything.
        expect(p.scores).toEqual(expected.scores);
        expect(p.ranking).toEqual(expected.ranking);
        expect(p.reasoningText()).toBe(expected.reasoning);
        expect(p.finish()).toEqual(expected);
        phases.push(p.state().phase);
        // Phases only move forward (a chunk may skip one).
        const order = ['thinking', 'answer', 'done'];
        const ranks = phases.map((ph) => order.indexOf(ph));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        expect(phases[phases.length - 1]).toBe('done');
      }),
      { numRuns: 300 },
    );
  });

  test('one character at a time goes through every phase', () => {
    const p = createStreamParser();
    const seen: string[] = [];
    for (const ch of '<think>\nhm\n</think>\n{"scores": {"model-1": 3}, "best-to-worst": ["model-1"]}') {
      p.push(ch);
      if (seen[seen.length - 1] !== p.phase) seen.push(p.phase);
    }
    p.finish();
    seen.push(p.phase);
    expect(seen).toEqual(['thinking', 'answer', 'done']);
  });

  test('phases: thinking before output and inside <think>, answer after, done after finish()', () => {
    const p = createStreamParser();
    expect(p.phase).toBe('thinking');
    p.push('  <thi');
    expect(p.phase).toBe('thinking');
    p.push('nk>abc</thi');
    expect(p.phase).toBe('thinking');
    expect(p.reasoningText()).toBe('abc');
    p.push('nk>');
    expect(p.phase).toBe('answer');
    p.finish();
    expect(p.phase).toBe('done');
  });

  test('output without <think> is answer from its first visible character', () => {
    const p = createStreamParser();
    p.push('\n');
    expect(p.phase).toBe('thinking');
    p.push('{"scores": {"model-1": 3}');
    expect(p.phase).toBe('answer');
    expect(p.scores).toEqual([['model-1', 3]]);
  });

  test('state() returns the same object until something changes', () => {
    const p = createStreamParser([['model-1', 'a']]);
    p.push('<think>r');
    const a = p.state();
    expect(p.state()).toBe(a);
    expect(p.snapshot()).toBe(a);
    p.push('   '); // held trailing whitespace: nothing visible changes
    expect(p.state()).toBe(a);
    p.push('s');
    const b = p.state();
    expect(b).not.toBe(a);
    expect(b.version).toBeGreaterThan(a.version);
    expect(b.reasoning).toBe('r   s');
    p.push('</think>{"scores": {"model-1": 5}}');
    expect(p.state().scores).toEqual([['a', 5]]);
  });

  test('repeated keys and masked names that land on one real name: the live view rebuilds and still matches', () => {
    const m2r: Array<[string, string]> = [
      ['model-1', 'a'],
      ['model-2', 'b'],
    ];
    const raw = '{"scores": {"a": 1, "model-2": 4, "model-1": 2, "a": 3, "model-2": "high"}, "best-to-worst": ["model-1", "b"]}';
    const p = createStreamParser(m2r);
    for (const ch of raw) p.push(ch);
    const expected = parseJudgeOutput(raw, m2r);
    // The reference: json dict {a: 3, model-2: "high", model-1: 2}, un-masked in that order → {a: 2, b: "high"}.
    expect(expected.scores).toEqual([['a', 2]]);
    expect(p.scores).toEqual(expected.scores);
    expect(p.ranking).toEqual(expected.ranking);
    expect(p.finish()).toEqual(expected);
  });

  test('snapshots handed out never change afterwards', () => {
    const p = createStreamParser();
    p.push('{"scores": {"a": 1, ');
    const first = p.state();
    const firstScores = [...first.scores];
    p.push('"b": 2}, "best-to-worst": ["a", ');
    const second = p.state();
    p.push('"b"]}');
    expect(first.scores).toEqual(firstScores);
    expect(second.ranking).toEqual(['a']);
    expect(p.state().ranking).toEqual(['a', 'b']);
  });

  test('finish() is idempotent, later pushes are ignored, and the snapshot then shows the final result', () => {
    const p = createStreamParser();
    p.push('<think>half');
    const f = p.finish();
    expect(f.reasoning).toBe(''); // unterminated: the reference reports no reasoning
    p.push('</think>{"scores": {"a": 1}}');
    expect(p.finish()).toBe(f);
    expect(p.state()).toMatchObject({ phase: 'done', reasoning: '', scores: [], ranking: [] });
    expect(p.length).toBe('<think>half'.length);
  });

  test('a megabyte of reasoning streamed in small chunks', () => {
    const p = createStreamParser();
    p.push('<think>');
    const piece = 'Response 2 follows the principle better because it is shorter. ';
    let pushed = 0;
    while (pushed < 1_000_000) {
      p.push(piece);
      pushed += piece.length;
      if (pushed % 64_000 < piece.length) p.state();
    }
    p.push('</think>{"scores": {"model-1": 2}, "best-to-worst": ["model-1"]}');
    expect(p.state().scores).toEqual([['model-1', 2]]);
    expect(p.reasoningLength).toBe(pushed - 1);
    const f = p.finish();
    expect(f.reasoning.length).toBe(pushed - 1);
    expect(f.scores).toEqual([['model-1', 2]]);
  });
});
