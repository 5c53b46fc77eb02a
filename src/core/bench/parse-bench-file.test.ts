import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ERRORS, parseBenchFile, parseBenchFileAsync } from './parse-bench-file.ts';

const good = {
  id: 'q1',
  principle: 'Prefer concise answers.',
  category: 'style',
  domain: 'chat',
  prompt: 'What is 2 + 2?',
  responses: { '10': 'Four.', '2': 'The answer, after careful thought, is four.', a: '5' },
  gt: { scores: { '10': 5, '2': 3, a: 1 }, 'best-to-worst': ['10', '2', 'a'] },
  rationale: 'Short and right beats long and right beats wrong.',
  annotator: 'x',
};

/** JSON text with integer-like keys in the given (non-JS) order, since JSON.stringify would reorder them. */
const goodText = `{"id": "q1", "principle": "Prefer concise answers.", "category": "style", "domain": "chat",
  "prompt": "What is 2 + 2?",
  "responses": {"10": "Four.", "2": "The answer, after careful thought, is four.", "a": "5"},
  "gt": {"scores": {"10": 5, "2": 3, "a": 1}, "best-to-worst": ["10", "2", "a"]},
  "rationale": "Short and right beats long and right beats wrong.", "annotator": "x"}`;

function line(object: Record<string, unknown>): string {
  return JSON.stringify(object);
}

describe('parseBenchFile: JSON', () => {
  it('loads a valid array, keeping response order even for integer-like names', () => {
    const result = parseBenchFile(`[${goodText}]`, 'json', { source: 'file:mini.json' });
    expect(result.errors).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.items).toEqual([
      {
        id: 'q1',
        source: 'file:mini.json',
        principle: 'Prefer concise answers.',
        category: 'style',
        domain: 'chat',
        prompt: 'What is 2 + 2?',
        responses: [
          { name: '10', text: 'Four.' },
          { name: '2', text: 'The answer, after careful thought, is four.' },
          { name: 'a', text: '5' },
        ],
        gt: { scores: [['10', 5], ['2', 3], ['a', 1]], ranking: ['10', '2', 'a'] },
        rationale: 'Short and right beats long and right beats wrong.',
        meta: { annotator: 'x' },
      },
    ]);
  });

  it('accepts bytes with a BOM and an array of {name, text} responses', () => {
    const item = { ...good, responses: [{ name: 'b', text: 'B' }, { name: 'a', text: 'A' }], gt: { scores: { a: 1, b: 2 } } };
    const bytes = new TextEncoder().encode(`\ufeff${JSON.stringify([item])}`);
    const result = parseBenchFile(bytes, 'json');
    expect(result.errors).toEqual([]);
    expect(result.items[0]!.responses).toEqual([{ name: 'b', text: 'B' }, { name: 'a', text: 'A' }]);
    expect(result.items[0]!.gt).toEqual({ scores: [['a', 1], ['b', 2]], ranking: [] });
    expect(result.items[0]!.source).toBe('file');
  });

  it('reports bad items by 1-based position with specific reasons and keeps the good ones', () => {
    const items = [
      good,
      { ...good, id: 'q2', principle: undefined },
      { ...good, id: 'q3', responses: {} },
      { ...good, id: 'q4', gt: { scores: { '10': 'high', '2': 3 } } },
      { ...good, id: 'q5', gt: { scores: { '10': 5, zz: 1 } } },
      { ...good, id: 'q1' },
      { ...good, id: 'q7', prompt: 42 },
      { ...good, id: 'q8', responses: { only: 'one' }, gt: { scores: { only: 1 } } },
      { ...good, id: 'q9', gt: undefined },
      { ...good, id: 'q10', responses: { a: 'x', b: 7 } },
      'not an object',
      { ...good, id: 'q12', gt: { 'best-to-worst': ['10', '10'] } },
      { ...good, id: 'q13', gt: { scores: { '10': 1, '2': Number.POSITIVE_INFINITY } } },
    ];
    const text = JSON.stringify(items).replace('"2":null', '"2":Infinity');
    const result = parseBenchFile(text, 'json');
    expect(result.items.map((i) => i.id)).toEqual(['q1']);
    expect(result.errors).toEqual([
      { where: 'item 2', message: 'missing field "principle"' },
      { where: 'item 3', message: '"responses" is empty' },
      { where: 'item 4', message: 'gt score of "10" is not a number ("high")' },
      { where: 'item 5', message: 'gt names not among responses: "zz"' },
      { where: 'item 6', message: 'duplicate id "q1" (first at item 1); row skipped' },
      { where: 'item 7', message: '"prompt" must be a string, got a number' },
      { where: 'item 8', message: '"responses" has only one response (at least 2 are needed to rank)' },
      { where: 'item 9', message: 'missing field "gt"' },
      { where: 'item 10', message: 'response "b" must be a string, got a number' },
      { where: 'item 11', message: 'expected an object, got a string' },
      { where: 'item 12', message: '"gt.best-to-worst" lists "10" twice' },
      { where: 'item 13', message: 'gt score of "2" is not finite' },
    ]);
  });

  it('refuses a "responses" object that names a response twice, keeping the other rows', () => {
    const twice = goodText.replace('"a": "5"}', '"a": "5", "2": "A second text under the same name."}').replace('"id": "q1"', '"id": "q2"');
    const result = parseBenchFile(`[${goodText}, ${twice}]`, 'json');
    expect(result.items.map((i) => i.id)).toEqual(['q1']);
    expect(result.errors).toEqual([
      { where: 'item 2', message: 'the "responses" object names "2" more than once (only the last text would be kept): give each response its own name' },
    ]);
  });

  it('reports ground-truth scores outside 1–5 and keeps them as given', () => {
    const rows = [0, 7, -1, 100].map((v, i) => ({ ...good, id: `s${i}`, gt: { scores: { '10': v, '2': 3, a: 1 } } }));
    const result = parseBenchFile(JSON.stringify([good, ...rows]), 'json');
    expect(result.errors).toEqual([]);
    expect(result.items.map((i) => i.gt.scores.find(([n]) => n === '10')?.[1])).toEqual([5, 0, 7, -1, 100]);
    expect(result.notes).toEqual([
      'gt scores outside 1–5, the scale the model scores on (kept as given: metrics compare their order, not their values) (4 rows, first at item 2)',
    ]);
  });

  it('lists every problem of a row', () => {
    const result = parseBenchFile(JSON.stringify([{ id: 'x', responses: 'nope' }]), 'json');
    expect(result.errors[0]!.message).toBe(
      'missing field "principle"; missing field "prompt"; "responses" must be an object {name: text} or an array of {name, text}, got a string',
    );
  });

  it('reports and counts the aliases it used', () => {
    const aliased = {
      uid: 'a1',
      rubric: 'Be brief.',
      question: 'Hi?',
      candidates: { x: 'Hello!', y: 'Hello, how can I help you today?' },
      ground_truth: { scores: { x: 5, y: 2 }, 'best-to-worse': ['x', 'y'] },
    };
    const result = parseBenchFile(JSON.stringify([aliased, { ...aliased, uid: 'a2' }]), 'json');
    expect(result.errors).toEqual([]);
    expect(result.items.map((i) => i.id)).toEqual(['a1', 'a2']);
    expect(result.items[0]!.gt.ranking).toEqual(['x', 'y']);
    expect(result.notes).toEqual([
      'field "uid" read as "id" (2 rows, first at item 1)',
      'field "rubric" read as "principle" (2 rows, first at item 1)',
      'field "question" read as "prompt" (2 rows, first at item 1)',
      'field "candidates" read as "responses" (2 rows, first at item 1)',
      'field "ground_truth" read as "gt" (2 rows, first at item 1)',
      'field "best-to-worse" read as "gt.best-to-worst" (2 rows, first at item 1)',
    ]);
  });

  it('derives gt scores from a ranking-only gt, generates missing ids and keeps unknown labels', () => {
    const { id: _id, ...noId } = good;
    const item = { ...noId, domain: 'Legal', category: 'TONE', gt: { ranking: ['2', 'a', '10'] } };
    const result = parseBenchFile(JSON.stringify([item]), 'json');
    expect(result.errors).toEqual([]);
    const loaded = result.items[0]!;
    expect(loaded.id).toBe('item-1');
    expect(loaded.domain).toBe('Legal');
    expect(loaded.category).toBe('tone');
    expect(loaded.gt).toEqual({ scores: [['2', 3], ['a', 2], ['10', 1]], ranking: ['2', 'a', '10'] });
    expect(result.notes).toEqual([
      'no "id": the row position was used as id (1 row, first at item 1)',
      'unknown domain "Legal" kept as given (known: chat, code, safety, math) (1 row, first at item 1)',
      'field "ranking" read as "gt.best-to-worst" (1 row, first at item 1)',
      'gt scores derived from the ranking (best = N … worst = 1) (1 row, first at item 1)',
    ]);
  });

  it('accepts {items: [...]} / {data: [...]} wrappers and a single item object, with a note', () => {
    const wrapped = parseBenchFile(JSON.stringify({ data: [good] }), 'json');
    expect(wrapped.items).toHaveLength(1);
    expect(wrapped.notes).toEqual(['items read from the "data" array of the top-level object']);
    const single = parseBenchFile(JSON.stringify(good), 'json');
    expect(single.items).toHaveLength(1);
    expect(single.notes).toEqual(['the file holds a single item object (not an array)']);
  });

  it('rejects JSON of the wrong shape', () => {
    expect(parseBenchFile('{"foo": 1}', 'json').errors).toEqual([
      { where: 'file', message: 'expected a JSON array of items (or an object with an "items" array), got an object' },
    ]);
    expect(parseBenchFile('42', 'json').errors[0]!.message).toMatch(/got a number/);
  });

  it('reports invalid JSON with line and column', () => {
    const result = parseBenchFile('[\n  {"id": "a",\n   "prompt": oops}\n]', 'json');
    expect(result.items).toEqual([]);
    expect(result.errors).toEqual([
      { where: 'line 3, column 14', message: 'invalid JSON at line 3, column 14: unexpected character "o"' },
    ]);
  });

  it('hints at JSONL when a JSON file holds one object per line', () => {
    const result = parseBenchFile(`${line(good)}\n${line({ ...good, id: 'q2' })}\n`, 'json');
    expect(result.errors[0]!.message).toMatch(/looks like JSON Lines/);
  });

  it('reports an empty file and non-UTF-8 bytes', () => {
    expect(parseBenchFile('', 'json').errors).toEqual([{ where: 'file', message: 'file is empty' }]);
    expect(parseBenchFile(' \n\t', 'jsonl').errors).toEqual([{ where: 'file', message: 'file is empty' }]);
    expect(parseBenchFile(new Uint8Array([0x5b, 0xff, 0x5d]), 'json').errors).toEqual([
      { where: 'file', message: 'file is not valid UTF-8 text' },
    ]);
  });
});

describe('parseBenchFile: JSONL', () => {
  it('keeps good lines, reports bad ones by 1-based line number in file order, skips blank lines', () => {
    const text = [
      line(good), // 1
      '', // 2 blank
      '{"id": "q2", "principle": "x", ', // 3 invalid JSON
      line({ ...good, id: 'q3' }), // 4
      '[1, 2]', // 5 array
      line({ ...good, id: 'q6', responses: undefined }), // 6
      `${line({ ...good, id: 'q7' })}\r`, // 7 CRLF
    ].join('\n');
    const result = parseBenchFile(text, 'jsonl');
    expect(result.items.map((i) => i.id)).toEqual(['q1', 'q3', 'q7']);
    expect(result.errors).toEqual([
      { where: 'line 3', message: 'invalid JSON at column 32: unexpected end of input: expected a quoted key' },
      { where: 'line 5', message: 'expected one JSON object per line, got an array (is this a JSON file rather than JSON Lines?)' },
      { where: 'line 6', message: 'missing field "responses"' },
    ]);
  });

  it('gives the same result through parseBenchFileAsync', async () => {
    const text = `${line(good)}\nnot json\n`;
    expect(await parseBenchFileAsync(text, 'jsonl')).toEqual(parseBenchFile(text, 'jsonl'));
  });

  it('loads a 10,000-row file quickly, keeping the good rows and listing each bad one', () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      if (i % 1000 === 999) lines.push(`{"id": "bad-${i}", "oops`);
      else {
        lines.push(
          line({
            id: `r${i}`,
            principle: `Principle ${i % 50}`,
            category: ['content', 'logic', 'tone', 'style', 'structure'][i % 5],
            domain: ['chat', 'code', 'safety', 'math'][i % 4],
            prompt: `Prompt ${i}`,
            responses: Object.fromEntries(Array.from({ length: 6 }, (_, k) => [`m${k}`, `Response ${k} to ${i}. `.repeat(20)])),
            gt: { scores: Object.fromEntries(Array.from({ length: 6 }, (_, k) => [`m${k}`, (k * 7 + i) % 5 + 1])) },
          }),
        );
      }
    }
    const start = performance.now();
    const result = parseBenchFile(lines.join('\n'), 'jsonl');
    const elapsed = performance.now() - start;
    expect(result.items).toHaveLength(9990);
    expect(result.errors).toHaveLength(10);
    expect(result.errors[0]!.where).toBe('line 1000');
    expect(result.errors[9]!.where).toBe('line 10000');
    expect(elapsed).toBeLessThan(10_000);
  });

  it(`lists at most ${MAX_LISTED_ERRORS} problems and counts the rest`, () => {
    const text = Array.from({ length: MAX_LISTED_ERRORS + 5 }, () => '{').join('\n');
    const result = parseBenchFile(text, 'jsonl');
    expect(result.errors).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(result.errors.at(-1)).toEqual({ where: 'file', message: '… and 5 more problems not listed' });
  });

  it('accepts top-level scores / best-to-worst, bare gt objects and double-encoded fields', () => {
    const rows = [
      { id: 'a', principle: 'p', prompt: 'q', responses: { x: '1', y: '2' }, scores: { x: 1, y: 2 } },
      { id: 'b', principle: 'p', prompt: 'q', responses: { x: '1', y: '2' }, gt_scores: { x: 1, y: '2' } },
      { id: 'c', principle: 'p', prompt: 'q', responses: '{"y": "2", "x": "1"}', gt: '{"best-to-worst": ["y", "x"]}' },
    ];
    const result = parseBenchFile(rows.map(line).join('\n'), 'jsonl');
    expect(result.errors).toEqual([]);
    expect(result.items.map((i) => i.gt.scores)).toEqual([
      [['x', 1], ['y', 2]],
      [['x', 1], ['y', 2]],
      [['y', 2], ['x', 1]],
    ]);
    expect(result.items[2]!.responses.map((r) => r.name)).toEqual(['y', 'x']);
    expect(result.notes).toEqual([
      'ground truth read from top-level "scores" / "best-to-worst" (no "gt" field) (1 row, first at line 1)',
      'field "gt_scores" read as "gt" (1 row, first at line 2)',
      '"gt" given as a bare {name: score} object (1 row, first at line 2)',
      'gt scores given as numeric strings (converted) (1 row, first at line 2)',
      '"responses" given as a JSON string (decoded) (1 row, first at line 3)',
      '"gt" given as a JSON string (decoded) (1 row, first at line 3)',
      'gt scores derived from the ranking (best = N … worst = 1) (1 row, first at line 3)',
    ]);
  });
});
