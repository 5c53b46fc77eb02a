import { describe, expect, it } from 'vitest';
import { DEFAULT_RMBENCH_PRINCIPLE } from './rmbench.ts';
import { readFixtureBytes } from '../testdata/read-fixture.ts';
import { writeTinyParquet } from '../testdata/tiny-parquet-writer.ts';
import { detectFormat, parseDatasetFiles, sniffKind, type ParseOptions } from './datasetFiles.ts';

const enc = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
const AUTO: ParseOptions = { kind: 'auto', format: 'auto', principle: DEFAULT_RMBENCH_PRINCIPLE, domain: '' };

const rabenchRow = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  principle: 'Prefer concise answers.',
  domain: 'chat',
  category: 'style',
  prompt: 'Say hi.',
  responses: { A: 'Hi.', B: 'Hello there, friend!' },
  gt: { scores: { A: 5, B: 2 }, 'best-to-worst': ['A', 'B'] },
  ...extra,
});

const rmEntry = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  prompt: `Question ${id}?`,
  chosen: ['Right.', 'Right, in plain words.', '**Right**, in Markdown.'],
  rejected: ['Wrong.', 'Wrong, in plain words.', '**Wrong**, in Markdown.'],
  subset: 'invented',
  ...extra,
});

describe('detectFormat', () => {
  it('tells JSON, JSONL and Parquet apart by name and content', () => {
    expect(detectFormat('a.parquet', enc('x'))).toBe('parquet');
    expect(detectFormat('a.bin', new Uint8Array([0x50, 0x41, 0x52, 0x31, 0]))).toBe('parquet');
    expect(detectFormat('a.jsonl', enc('[]'))).toBe('jsonl');
    expect(detectFormat('a.json', enc('[{"a":1}]'))).toBe('json');
    expect(detectFormat('a.json', enc('{"a":1}\n{"a":2}\n'))).toBe('jsonl');
    expect(detectFormat('a.json', enc('{\n "items": []\n}'))).toBe('json');
    expect(detectFormat('a.txt', enc('{"items": [1]}'))).toBe('json');
  });
});

describe('sniffKind', () => {
  it('reads the kind off the first rows', () => {
    expect(sniffKind(JSON.stringify([rabenchRow('x')]))).toBe('rabench');
    expect(sniffKind(JSON.stringify([rmEntry(1)]))).toBe('rmbench');
    expect(sniffKind('[{"prompt": "p", "chosen": "a", "rejected": "b"}]')).toBe('pairwise');
    expect(sniffKind('[{"chosen": [{"role": "user", "content": "q"}], "rejected": []}]')).toBe('pairwise');
  });
});

describe('parseDatasetFiles', () => {
  it('keeps valid RABench rows and reports bad ones by line (JSONL)', async () => {
    const text = [JSON.stringify(rabenchRow('a')), '{not json', JSON.stringify(rabenchRow('b', { principle: undefined })), '', JSON.stringify(rabenchRow('c'))].join('\n');
    const r = await parseDatasetFiles({ ...AUTO, files: [{ name: 'mini.jsonl', bytes: enc(text) }] });
    expect(r.kind).toBe('rabench');
    expect(r.items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(r.items[0]!.source).toBe('file:mini.jsonl');
    expect(r.errors.map((e) => e.where)).toEqual(['line 2', 'line 3']);
    expect(r.errors[1]!.message).toContain('principle');
    expect(r.files).toEqual([{ name: 'mini.jsonl', kind: 'rabench', format: 'jsonl', items: 2, errors: 2 }]);
  });

  it('pools RM-Bench files by domain from their names (both safety files into one safety domain)', async () => {
    const files = [
      { name: 'chat_filtered.json', bytes: enc([rmEntry(1), rmEntry(2)]) },
      { name: 'safety-refuse_filtered.json', bytes: enc([rmEntry(10)]) },
      { name: 'safety-response_filtered.json', bytes: enc([rmEntry(20), { id: 21, prompt: 'x', chosen: ['a'], rejected: [] }]) },
    ];
    const r = await parseDatasetFiles({ ...AUTO, files });
    expect(r.kind).toBe('rmbench');
    expect(r.items.map((i) => [i.id, i.domain])).toEqual([
      ['rm-bench-chat-1', 'chat'], ['rm-bench-chat-2', 'chat'], ['rm-bench-safety-10', 'safety'], ['rm-bench-safety-20', 'safety'],
    ]);
    expect(r.items.every((i) => i.principle === DEFAULT_RMBENCH_PRINCIPLE && i.rmbench)).toBe(true);
    expect(r.errors).toEqual([{ where: 'safety-response_filtered.json: item 2', message: expect.stringContaining('"chosen"') }]);
  });

  it('reads the repository RM-Bench fixture with the picked principle', async () => {
    const bytes = await readFixtureBytes('rmbench-mini.json');
    const r = await parseDatasetFiles({ ...AUTO, principle: 'Correct first.', files: [{ name: 'code_filtered.json', bytes }] });
    expect(r.items).toHaveLength(3);
    expect(r.items[0]).toMatchObject({ id: 'rm-bench-code-101', domain: 'code', principle: 'Correct first.' });
  });

  it('asks for the RM-Bench domain when neither the file name nor the rows say it', async () => {
    const bytes = enc([rmEntry(1)]);
    const r = await parseDatasetFiles({ ...AUTO, kind: 'rmbench', files: [{ name: 'subset.json', bytes }] });
    expect(r.items).toHaveLength(0);
    expect(r.errors[0]!.message).toContain('pick the domain');
    const picked = await parseDatasetFiles({ ...AUTO, kind: 'rmbench', domain: 'math', files: [{ name: 'subset.json', bytes }] });
    expect(picked.items[0]!.domain).toBe('math');
    const byField = await parseDatasetFiles({ ...AUTO, files: [{ name: 'total_dataset.json', bytes: enc([rmEntry(1, { domain: 'safety-refuse' }), rmEntry(2, { domain: 'chat' })]) }] });
    expect(byField.items.map((i) => i.domain)).toEqual(['safety', 'chat']);
  });

  it('turns pairwise preferences into two-candidate items under the picked principle (JSONL by line)', async () => {
    const text = ['{"prompt": "p1", "chosen": "good", "rejected": "bad"}', '{"prompt": "p2", "chosen": "good"}', '{"prompt": "p3", "chosen": "ok", "rejected": "worse"}'].join('\n');
    const r = await parseDatasetFiles({ ...AUTO, principle: 'Be helpful.', domain: 'chat', files: [{ name: 'pairs.jsonl', bytes: enc(text) }] });
    expect(r.kind).toBe('pairwise');
    expect(r.items.map((i) => i.prompt)).toEqual(['p1', 'p3']);
    expect(r.items[0]).toMatchObject({ principle: 'Be helpful.', domain: 'chat', responses: [{ name: 'chosen', text: 'good' }, { name: 'rejected', text: 'bad' }] });
    expect(r.errors).toEqual([{ where: 'line 2', message: expect.stringContaining('rejected') }]);
  });

  it('reads RABench Parquet and pairwise Parquet', async () => {
    const rabench = await readFixtureBytes('rabench-mini.parquet');
    const r = await parseDatasetFiles({ ...AUTO, files: [{ name: 'rabench-mini.parquet', bytes: rabench }] });
    expect(r.kind).toBe('rabench');
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.errors.some((e) => e.where.startsWith('row '))).toBe(true);
    const pairs = writeTinyParquet(
      [{ kind: 'string', name: 'prompt' }, { kind: 'string', name: 'chosen' }, { kind: 'string', name: 'rejected' }],
      [{ prompt: 'q1', chosen: 'yes', rejected: 'no' }, { prompt: 'q2', chosen: 'y', rejected: 'n' }],
    );
    const p = await parseDatasetFiles({ ...AUTO, files: [{ name: 'pairs.parquet', bytes: pairs }] });
    expect(p.kind).toBe('pairwise');
    expect(p.items.map((i) => i.prompt)).toEqual(['q1', 'q2']);
  });

  it('reads RewardBench 2 Parquet (int64 counts, list columns) and JSONL, one listwise item per row', async () => {
    const rb2 = (id: string, subset: string, chosen: string[], rejected: string[]) => ({
      id, prompt: `q ${id}`, chosen, rejected, num_correct: chosen.length, num_incorrect: rejected.length,
      total_completions: chosen.length + rejected.length, models: ['m'], subset, additional_metadata: { category: 'c' },
    });
    const rows = [rb2('7', 'Math', ['4'], ['5', '6', '3']), rb2('tied:2', 'Ties', ['red', 'blue', 'green'], ['cat']), rb2('8', 'Chat', ['a'], ['b'])];
    const list = (name: string) => ({ kind: 'list' as const, name, element: { kind: 'string' as const, name: 'element' } });
    const bytes = writeTinyParquet(
      [
        { kind: 'string', name: 'id' }, { kind: 'string', name: 'prompt' }, list('chosen'), list('rejected'),
        { kind: 'int64', name: 'num_correct' }, { kind: 'int64', name: 'num_incorrect' }, { kind: 'int64', name: 'total_completions' },
        list('models'), { kind: 'string', name: 'subset' },
        { kind: 'struct', name: 'additional_metadata', fields: [{ kind: 'string', name: 'category' }] },
      ],
      rows.map((r) => ({ ...r, num_correct: BigInt(r.num_correct), num_incorrect: BigInt(r.num_incorrect), total_completions: BigInt(r.total_completions) })),
    );
    const p = await parseDatasetFiles({ ...AUTO, files: [{ name: 'test-00000-of-00001.parquet', bytes }] });
    expect(p.kind).toBe('rewardbench2');
    expect(p.items.map((i) => [i.id, i.responses.length, i.rewardbench2?.numCorrect])).toEqual([['rb2-7', 4, 1], ['rb2-tied:2', 4, 3]]);
    expect(p.items[1]!.responses.map((r) => r.text)).toEqual(['red', 'blue', 'green', 'cat']);
    expect(p.items[0]!.principle).toBe(DEFAULT_RMBENCH_PRINCIPLE);
    expect(p.errors).toEqual([{ where: 'row 3', message: expect.stringContaining('unknown subset "Chat"') }]);
    const j = await parseDatasetFiles({ ...AUTO, files: [{ name: 'rb2.jsonl', bytes: enc(rows.map((r) => JSON.stringify(r)).join('\n')) }] });
    expect(j.kind).toBe('rewardbench2');
    expect(j.items).toHaveLength(2);
    expect(j.errors.map((e) => e.where)).toEqual(['line 3']);
  });

  it('skips ids repeated across files and never throws on garbage', async () => {
    const r = await parseDatasetFiles({ ...AUTO, files: [{ name: 'a.json', bytes: enc([rabenchRow('x')]) }, { name: 'b.json', bytes: enc([rabenchRow('x')]) }, { name: 'c.json', bytes: new Uint8Array([0xff, 0xfe, 0x00]) }] });
    expect(r.items).toHaveLength(1);
    expect(r.errors.map((e) => e.where)).toEqual(['b.json: file', 'c.json: file']);
    expect(r.errors[0]!.message).toContain('duplicate id');
  });
});
