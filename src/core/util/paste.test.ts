import { describe, expect, it } from 'vitest';
import { parseCandidatePaste } from './paste.ts';

describe('parseCandidatePaste', () => {
  it('reads a JSON array of strings or objects', () => {
    const r = parseCandidatePaste('["one", {"name": "X", "text": "two"}, 5, {"foo": 1}]');
    expect(r.format).toBe('json-array');
    expect(r.candidates).toEqual([
      { name: null, text: 'one' },
      { name: 'X', text: 'two' },
      { name: null, text: '5' },
    ]);
    expect(r.problems[0]).toMatch(/Item 4/);
  });
  it('reads a JSON object of name → text, and a wrapped responses object', () => {
    expect(parseCandidatePaste('{"a": "x", "b": "y"}').candidates).toEqual([
      { name: 'a', text: 'x' },
      { name: 'b', text: 'y' },
    ]);
    expect(parseCandidatePaste('{"responses": {"m": "z"}}').candidates).toEqual([{ name: 'm', text: 'z' }]);
  });
  it('reads JSONL and reports the bad lines by number, keeping the good ones', () => {
    const r = parseCandidatePaste('{"text": "a"}\n{broken\n"b"');
    expect(r.format).toBe('jsonl');
    expect(r.candidates.map((c) => c.text)).toEqual(['a', 'b']);
    expect(r.problems).toEqual(['Line 2: not valid JSON; skipped.']);
  });
  it('splits text on separator lines and takes ### headings as names', () => {
    const r = parseCandidatePaste('### Short\nYes.\n---\nA longer answer\nwith two lines\n===\n\n');
    expect(r.format).toBe('separator');
    expect(r.candidates).toEqual([
      { name: 'Short', text: 'Yes.' },
      { name: null, text: 'A longer answer\nwith two lines' },
    ]);
  });
  it('says what is wrong with empty or single-block text', () => {
    expect(parseCandidatePaste('  ').problems[0]).toMatch(/empty/);
    expect(parseCandidatePaste('just one').problems[0]).toMatch(/---/);
    expect(parseCandidatePaste('{x', 'json-array').problems[0]).toMatch(/not valid JSON/);
  });
});

describe('a JSONL paste with one bad line', () => {
  it('is read as JSONL and the bad line reported, not merged into one candidate', () => {
    const r = parseCandidatePaste('{"text": "a"}\noops, not JSON\n{"text": "c"}');
    expect(r.format).toBe('jsonl');
    expect(r.candidates.map((c) => c.text)).toEqual(['a', 'c']);
    expect(r.problems).toEqual(['Line 2: not valid JSON; skipped.']);
  });
  it('names a broken JSON array as a JSON array, with the line and column of the error', () => {
    const r = parseCandidatePaste('[\n  "one",\n  "two"\n  "three"\n]');
    expect(r.format).toBe('json-array');
    expect(r.candidates).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^This is a JSON array with an error: .* at line 4, column 3\./);
  });
  it('still reads JSON Lines whose lines are arrays as JSON Lines', () => {
    expect(parseCandidatePaste('["a"]\n["b"]').format).toBe('jsonl');
  });
});
