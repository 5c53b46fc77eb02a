import { beforeAll, describe, expect, it } from 'vitest';
import { readFixtureBytes } from '../testdata/read-fixture.ts';
import { RABENCH_MINI_FIELDS, RABENCH_MINI_ROWS } from '../testdata/rabench-mini-parquet.ts';
import { writeTinyParquet } from '../testdata/tiny-parquet-writer.ts';
import type { Field } from '../testdata/tiny-parquet-writer.ts';
import { parseBenchFile, parseBenchFileAsync } from './parse-bench-file.ts';

let fixture: Uint8Array;
beforeAll(async () => {
  fixture = await readFixtureBytes('rabench-mini.parquet');
});

/** A fresh copy of the committed binary fixture. */
function fixtureBytes(): Uint8Array {
  return fixture.slice();
}

describe('parseBenchFile: Parquet', () => {
  it('the committed fixture is exactly what its source writes', () => {
    expect(fixtureBytes()).toEqual(writeTinyParquet(RABENCH_MINI_FIELDS, RABENCH_MINI_ROWS));
  });

  it('reads nested columns (list<struct>, struct<map, list>) and reports the bad row', () => {
    const result = parseBenchFile(fixtureBytes(), 'parquet', { source: 'file:rabench-mini.parquet' });
    expect(result.items.map((i) => i.id)).toEqual(['pq-1', 'pq-2', 'pq-3']);
    const first = result.items[0]!;
    expect(first).toMatchObject({
      source: 'file:rabench-mini.parquet',
      principle: 'Prefer answers that state the unit of every number.',
      category: 'content',
      domain: 'math',
      prompt: 'How far does light travel in one second?',
      gt: { scores: [['alpha', 4], ['beta', 1], ['gamma', 5]], ranking: ['gamma', 'alpha', 'beta'] },
    });
    expect(first.responses.map((r) => r.name)).toEqual(['alpha', 'beta', 'gamma']);
    expect(result.items[2]!.gt.ranking).toEqual([]);
    expect(result.errors).toEqual([{ where: 'row 4', message: 'gt names not among responses: "z"' }]);
  });

  it('gives the same result through the async (public hyparquet API) path', async () => {
    const sync = parseBenchFile(fixtureBytes(), 'parquet');
    const async = await parseBenchFileAsync(fixtureBytes(), 'parquet');
    expect(async).toEqual(sync);
  });

  it('reports a truncated file clearly without throwing (sync and async)', async () => {
    const bytes = fixtureBytes();
    for (const cut of [bytes.slice(0, bytes.length - 10), bytes.slice(0, 200), bytes.slice(0, 3)]) {
      const result = parseBenchFile(cut, 'parquet');
      expect(result.items).toEqual([]);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.where).toBe('file');
      expect(result.errors[0]!.message).toMatch(/truncated|not a Parquet file/);
      expect(await parseBenchFileAsync(cut, 'parquet')).toEqual(result);
    }
  });

  it('reports a corrupt footer (right framing, wrong bytes) without throwing', async () => {
    const bytes = fixtureBytes().slice();
    // Overwrite the metadata length with nonsense, keeping PAR1 at both ends.
    bytes.set([0xff, 0xff, 0xff, 0x7f], bytes.length - 8);
    const result = parseBenchFile(bytes, 'parquet');
    expect(result.items).toEqual([]);
    expect(result.errors[0]!.message).toMatch(/^could not read the Parquet file: /);
    expect((await parseBenchFileAsync(bytes, 'parquet')).errors[0]!.message).toMatch(/^could not read the Parquet file: /);
  });

  it('rejects non-Parquet bytes and text content', () => {
    expect(parseBenchFile(new TextEncoder().encode('[{"id": 1}]'), 'parquet').errors[0]!.message).toMatch(/not a Parquet file/);
    expect(parseBenchFile('PAR1', 'parquet').errors[0]!.message).toMatch(/binary format/);
    expect(parseBenchFile(new Uint8Array(), 'parquet').errors[0]!.message).toBe('file is empty');
  });

  it('accepts map columns for responses and gt scores, noting that integer-like names lose their order', () => {
    const fields: Field[] = [
      { kind: 'string', name: 'id' },
      { kind: 'string', name: 'principle' },
      { kind: 'string', name: 'prompt' },
      { kind: 'map', name: 'responses', value: { kind: 'string', name: 'value' } },
      { kind: 'struct', name: 'gt', fields: [{ kind: 'map', name: 'scores', value: { kind: 'double', name: 'value' } }] },
    ];
    const bytes = writeTinyParquet(fields, [
      { id: 'm1', principle: 'p', prompt: 'q', responses: [['b', 'B'], ['a', 'A']], gt: { scores: [['a', 1], ['b', 2]] } },
      { id: 'm2', principle: 'p', prompt: 'q', responses: [['10', 'X'], ['2', 'Y']], gt: { scores: [['10', 1], ['2', 2]] } },
    ]);
    const result = parseBenchFile(bytes, 'parquet');
    expect(result.errors).toEqual([]);
    expect(result.items[0]!.responses.map((r) => r.name)).toEqual(['b', 'a']);
    expect(result.items[1]!.responses.map((r) => r.name)).toEqual(['2', '10']);
    expect(result.notes.join('\n')).toMatch(/"responses" object has integer-like names .*\(1 row, first at row 2\)/);
    expect(result.notes.join('\n')).toMatch(/"gt.scores" object has integer-like names/);
  });

  it('tells a Parquet file given as JSON to load it as Parquet', () => {
    expect(parseBenchFile(fixtureBytes(), 'json').errors[0]!.message).toMatch(/load it as Parquet/);
  });

  it('accepts JSON-string columns and keeps the order of integer-like names', () => {
    const fields: Field[] = [
      { kind: 'int64', name: 'item_id' },
      { kind: 'string', name: 'rubric' },
      { kind: 'string', name: 'question' },
      { kind: 'string', name: 'responses' },
      { kind: 'string', name: 'gt' },
    ];
    const bytes = writeTinyParquet(fields, [
      {
        item_id: 7,
        rubric: 'Shorter is better.',
        question: 'Say hi.',
        responses: '{"10": "hello there, friend", "2": "hi"}',
        gt: '{"scores": {"10": 2, "2": 5}, "best-to-worst": ["2", "10"]}',
      },
      { item_id: 8, rubric: 'x', question: 'y', responses: '{"a": "1", "b": ', gt: '{}' },
    ]);
    const result = parseBenchFile(bytes, 'parquet');
    expect(result.items).toHaveLength(1);
    const item = result.items[0]!;
    expect(item.id).toBe('7');
    expect(item.responses.map((r) => r.name)).toEqual(['10', '2']);
    expect(item.gt.scores).toEqual([['10', 2], ['2', 5]]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.where).toBe('row 2');
    expect(result.errors[0]!.message).toMatch(/"responses" is a string that is not valid JSON/);
    expect(result.notes.join('\n')).toMatch(/"item_id" read as "id"/);
    expect(result.notes.join('\n')).toMatch(/"responses" given as a JSON string/);
  });
});
