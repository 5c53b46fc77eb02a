import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../bench/parse-bench-file.ts';
import type { Suite } from './suite.ts';
import { exportSuiteJsonl, importSuiteJsonl } from './suiteJsonl.ts';

const PRINCIPLE = 'Prefer the answer that says "I don\'t know" over a guess.';

const suite: Suite = {
  id: 's1',
  principleId: 'p1',
  cases: [
    {
      id: 'c1',
      prompt: 'When was the bridge built?',
      candidates: [{ name: 'A', text: 'In 1890.' }, { name: 'B', text: "I don't know." }, { name: 'C', text: 'Probably\n"around" 1900 — ünïcode 🌉' }],
      rankings: [{ rater: 'me', tiers: [['B'], ['A'], ['C']] }],
    },
    {
      id: 'c2',
      prompt: 'Names that JavaScript would re-order',
      candidates: [{ name: '10', text: 'ten' }, { name: '2', text: 'two' }, { name: 'x', text: 'ex' }],
      rankings: [
        { rater: 'me', tiers: [['10', 'x'], ['2']], scores: [['10', 4.5], ['x', 4.5], ['2', 1]], note: 'ties on purpose' },
        { rater: 'ana', tiers: [['2'], ['10'], ['x']], scores: [['2', 5], ['10', 3], ['x', 1]] },
        { rater: 'bo', tiers: [['x'], ['2', '10']], note: '' },
      ],
    },
  ],
};

describe('exportSuiteJsonl', () => {
  it('writes RABench rows as Python json.dumps does, gt from the first ranking', () => {
    const { text, skipped } = exportSuiteJsonl(suite, { principle: PRINCIPLE });
    expect(skipped).toEqual([]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(
      '{"id": "c1", "principle": "Prefer the answer that says \\"I don\'t know\\" over a guess.", "prompt": "When was the bridge built?", '
      + '"responses": {"A": "In 1890.", "B": "I don\'t know.", "C": "Probably\\n\\"around\\" 1900 — ünïcode 🌉"}, '
      + '"gt": {"scores": {"B": 3, "A": 2, "C": 1}, "best-to-worst": ["B", "A", "C"]}, "rater": "me", "rater_scores": false}',
    );
    expect(lines[1]).toContain('"responses": {"10": "ten", "2": "two", "x": "ex"}, "gt": {"scores": {"10": 4.5, "x": 4.5, "2": 1}, "best-to-worst": ["10", "x", "2"]}');
    expect(lines[1]).toContain('"rankings": [{"rater": "ana", "tiers": [["2"], ["10"], ["x"]], "scores": {"2": 5, "10": 3, "x": 1}}, {"rater": "bo", "tiers": [["x"], ["2", "10"]], "note": ""}]');
  });

  it('is read by the Benchmark page\'s loader with the rater\'s ground truth', () => {
    const loaded = parseBenchFile(exportSuiteJsonl(suite, { principle: PRINCIPLE }).text, 'jsonl');
    expect(loaded.errors).toEqual([]);
    expect(loaded.items.map((i) => [i.id, i.principle, i.gt.scores, i.gt.ranking])).toEqual([
      ['c1', PRINCIPLE, [['B', 3], ['A', 2], ['C', 1]], ['B', 'A', 'C']],
      ['c2', PRINCIPLE, [['10', 4.5], ['x', 4.5], ['2', 1]], ['10', 'x', '2']],
    ]);
    expect(loaded.items[1]!.responses.map((r) => r.name)).toEqual(['10', '2', 'x']);
  });

  it('takes gt from a chosen rater and lists the cases that rater did not rank', () => {
    const { text, skipped } = exportSuiteJsonl(suite, { principle: PRINCIPLE, rater: 'ana' });
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toContain('"gt": {"scores": {"2": 5, "10": 3, "x": 1}, "best-to-worst": ["2", "10", "x"]}, "rater": "ana", "rater_scores": true, "rankings": [{"rater": "me"');
    expect(skipped).toEqual([{ caseId: 'c1', message: 'case "c1" has no ranking by "ana": rank it to export it' }]);
  });

  it('leaves out a case the import would refuse, saying why', () => {
    const bad: Suite = { ...suite, cases: [{ ...suite.cases[0]!, rankings: [{ rater: 'me', tiers: [['A'], ['Z']] }] }] };
    const { text, skipped } = exportSuiteJsonl(bad, { principle: PRINCIPLE });
    expect(text).toBe('');
    expect(skipped[0]!.message).toMatch(/^case "c1" was not exported: Ranking by "me": The ranking names "Z"/);
  });
});

describe('importSuiteJsonl', () => {
  it('round trip: export → import gives the suite back, and export again gives the same bytes', () => {
    const first = exportSuiteJsonl(suite, { principle: PRINCIPLE }).text;
    const back = importSuiteJsonl(first, { id: 's1', principleId: 'p1' });
    expect(back.errors).toEqual([]);
    expect(back.principles).toEqual([{ text: PRINCIPLE, cases: 2 }]);
    expect(back.suite).toEqual(suite);
    expect(exportSuiteJsonl(back.suite, { principle: back.principles[0]!.text }).text).toBe(first);
    const byAna = exportSuiteJsonl(suite, { principle: PRINCIPLE, rater: 'ana' }).text;
    expect(exportSuiteJsonl(importSuiteJsonl(byAna, { id: 's', principleId: 'p' }).suite, { principle: PRINCIPLE, rater: 'ana' }).text).toBe(byAna);
  });

  it('reads a plain RABench file: the ground truth becomes a ranking, ties from equal scores', () => {
    const file = [
      '{"id": "r1", "principle": "P", "category": "content", "prompt": "Q1", "responses": {"A": "a", "B": "b", "C": "c"}, "gt": {"scores": {"A": 1, "B": 5, "C": 1}, "best-to-worst": ["B", "C", "A"]}}',
      '{"id": "r2", "principle": "P2", "prompt": "Q2", "responses": [{"name": "X", "text": "x"}, {"name": "Y", "text": "y"}], "gt": {"best-to-worst": ["Y", "X"]}}',
    ].join('\r\n');
    const { suite: s, errors, notes, principles } = importSuiteJsonl(file, { id: 'n', principleId: 'p' });
    expect(errors).toEqual([]);
    expect(s.cases).toEqual([
      { id: 'r1', prompt: 'Q1', candidates: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }, { name: 'C', text: 'c' }], rankings: [{ rater: 'ground truth', tiers: [['B'], ['C', 'A']], scores: [['A', 1], ['B', 5], ['C', 1]] }] },
      { id: 'r2', prompt: 'Q2', candidates: [{ name: 'X', text: 'x' }, { name: 'Y', text: 'y' }], rankings: [{ rater: 'ground truth', tiers: [['Y'], ['X']] }] },
    ]);
    expect(principles).toEqual([{ text: 'P', cases: 1 }, { text: 'P2', cases: 1 }]);
    expect(notes.some((n) => n.includes('2 different principles'))).toBe(true);
    expect(notes.some((n) => n.startsWith('no "rater"'))).toBe(true);
  });

  it('keeps the good rows and lists each bad one by line with what to do', () => {
    const good = (id: string) => `{"id": "${id}", "principle": "P", "prompt": "Q", "responses": {"A": "a", "B": "b"}, "gt": {"scores": {"A": 2, "B": 1}}, "rater": "me"}`;
    const file = [
      good('ok1'),
      '{"id": "broken", "principle": ',
      '{"id": "unk", "principle": "P", "prompt": "Q", "responses": {"A": "a", "B": "b"}, "gt": {"scores": {"A": 2, "Z": 1}}}',
      '',
      '{"id": "one", "principle": "P", "prompt": "Q", "responses": {"A": "a"}, "gt": {"scores": {"A": 2}}}',
      '{"id": "same", "principle": "P", "prompt": "Q", "responses": {"A": "same text", "B": " same text"}, "gt": {"scores": {"A": 2, "B": 1}}}',
      '{"id": "other", "principle": "P", "prompt": "Q", "responses": {"A": "a", "B": "b"}, "gt": {"scores": {"A": 2, "B": 1}}, "rankings": [{"rater": "ana", "tiers": [["A"], ["Q"]]}]}',
      '{"id": "badtiers", "principle": "P", "prompt": "Q", "responses": {"A": "a", "B": "b"}, "gt": {"scores": {"A": 2, "B": 1}}, "rankings": [{"rater": "ana", "tiers": "A,B"}]}',
      good('ok1'),
      '{"principle": "P", "responses": {"A": "a", "B": "b"}, "gt": {"scores": {"A": 2, "B": 1}}}',
      good('ok2'),
    ].join('\n');
    const r = importSuiteJsonl(file, { id: 's', principleId: 'p' });
    expect(r.suite.cases.map((c) => c.id)).toEqual(['ok1', 'ok2']);
    expect(r.errors.map((e) => e.where)).toEqual(['line 2', 'line 3', 'line 5', 'line 6', 'line 7', 'line 8', 'line 9', 'line 10']);
    const message = (where: string) => r.errors.find((e) => e.where === where)!.message;
    expect(message('line 2')).toMatch(/^not valid JSON at column \d+ .*: fix the line or delete it/);
    expect(message('line 3')).toBe('gt names not among responses: "Z": rename them to response names or add those responses');
    expect(message('line 5')).toMatch(/only one response .*: add another response/);
    expect(message('line 6')).toBe('Candidates "A" and "B" have the same text: remove one or change its text (the same answer cannot be ranked against itself).');
    expect(message('line 7')).toMatch(/^Ranking by "ana": The ranking names "Q", not a candidate of this case \(candidates: "A", "B"\): rename it/);
    expect(message('line 8')).toMatch(/^rankings\[0\]: "tiers": .*: fix the ranking or remove it/);
    expect(message('line 9')).toBe('the id "ok1" is already used at line 1: give each case its own id');
    expect(message('line 10')).toBe('missing field "prompt": add it');
  });

  it('says so when the file has no rows', () => {
    expect(importSuiteJsonl('\n \n', { id: 's', principleId: 'p' }).errors).toEqual([{ where: 'file', message: 'the file has no rows: export a suite or pick a RABench JSONL file' }]);
  });
});
