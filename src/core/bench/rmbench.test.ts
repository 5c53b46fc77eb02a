import { describe, expect, it } from 'vitest';
import mini from '../testdata/rmbench-mini.json';
import { DEFAULT_RMBENCH_PRINCIPLE, detectRMBenchDomain, fromRMBench, fromRMBenchDetailed, rmbenchResponseName } from './rmbench.ts';

describe('detectRMBenchDomain', () => {
  it.each([
    ['chat_filtered.json', 'chat'],
    ['data/code_filtered.json', 'code'],
    ['C:\\dl\\math_filtered.json', 'math'],
    ['safety-refuse_filtered.json', 'safety'],
    ['safety-response_filtered.json', 'safety'],
    ['rm-bench-chat.jsonl', 'chat'],
    ['Total_Dataset.json', null],
    ['chatter.json', null],
  ])('%s → %s', (name, domain) => {
    expect(detectRMBenchDomain(name)).toBe(domain);
  });
});

describe('fromRMBench', () => {
  const items = fromRMBench(mini, { principle: 'Correct first.', domain: 'chat' });

  it('makes one item per prompt in file order', () => {
    expect(items.map((i) => i.id)).toEqual(['rm-bench-chat-101', 'rm-bench-chat-102', 'rm-bench-chat-103']);
    expect(items.every((i) => i.source === 'rm-bench' && i.domain === 'chat' && i.principle === 'Correct first.')).toBe(true);
  });

  it('lists chosen[0..2] then rejected[0..2] with role-style names', () => {
    const item = items[0]!;
    expect(item.prompt).toBe('What is the capital of Australia?');
    expect(item.responses.map((r) => r.name)).toEqual([
      'chosen-concise',
      'chosen-detailed_plain',
      'chosen-detailed_markdown',
      'rejected-concise',
      'rejected-detailed_plain',
      'rejected-detailed_markdown',
    ]);
    expect(item.responses.map((r) => r.text)).toEqual([...mini[0]!.chosen, ...mini[0]!.rejected]);
    expect(item.rmbench).toEqual({
      chosen: ['chosen-concise', 'chosen-detailed_plain', 'chosen-detailed_markdown'],
      rejected: ['rejected-concise', 'rejected-detailed_plain', 'rejected-detailed_markdown'],
    });
  });

  it('puts every chosen response above every rejected one, with no strict ranking', () => {
    expect(items[0]!.gt).toEqual({
      scores: [
        ['chosen-concise', 2],
        ['chosen-detailed_plain', 2],
        ['chosen-detailed_markdown', 2],
        ['rejected-concise', 1],
        ['rejected-detailed_plain', 1],
        ['rejected-detailed_markdown', 1],
      ],
      ranking: [],
    });
  });

  it('keeps the other scalar fields in meta', () => {
    expect(items[0]!.meta).toEqual({ rmbench_id: 101, subset: 'invented-chat', error_key: 'Sydney' });
    expect(items[1]!.meta).toEqual({ rmbench_id: 102, subset: 'invented-code', language: 'python' });
  });

  it('skips malformed entries and says why (detailed variant)', () => {
    const data = [mini[0], { id: 5, prompt: 'p', chosen: ['a', 'b'], rejected: ['c', 'd', 'e'] }, 'x', mini[0]];
    const { items: loaded, errors } = fromRMBenchDetailed(data, { principle: 'p', domain: 'safety', source: 'rm-bench-local' });
    expect(loaded.map((i) => [i.id, i.source])).toEqual([['rm-bench-safety-101', 'rm-bench-local']]);
    expect(errors).toEqual([
      { where: 'item 2', message: '"chosen" must hold 3 responses (one per style), got 2' },
      { where: 'item 3', message: 'expected an object, got a string' },
      { where: 'item 4', message: 'duplicate id "rm-bench-safety-101"; entry skipped' },
    ]);
    expect(fromRMBench({ not: 'an array' }, { principle: 'p', domain: 'code' })).toEqual([]);
  });

  it('names styles by index and has a correctness-first default principle', () => {
    expect(rmbenchResponseName('rejected', 2)).toBe('rejected-detailed_markdown');
    expect(() => rmbenchResponseName('chosen', 3)).toThrow(RangeError);
    expect(DEFAULT_RMBENCH_PRINCIPLE).toMatch(/correct/i);
    expect(DEFAULT_RMBENCH_PRINCIPLE).toMatch(/safe/i);
    expect(DEFAULT_RMBENCH_PRINCIPLE).toMatch(/length/i);
  });
});
