import { describe, expect, it } from 'vitest';
import { fromPairwise } from './pairwise-dataset.ts';

describe('fromPairwise', () => {
  it('turns string pairs into two-candidate items, chosen above rejected', () => {
    const result = fromPairwise([{ prompt: 'Q?', chosen: 'good', rejected: 'bad' }], { principle: 'Be right.', domain: 'chat' });
    expect(result.errors).toEqual([]);
    expect(result.items).toEqual([
      {
        id: 'pair-1',
        source: 'pairwise',
        principle: 'Be right.',
        domain: 'chat',
        prompt: 'Q?',
        responses: [
          { name: 'chosen', text: 'good' },
          { name: 'rejected', text: 'bad' },
        ],
        gt: { scores: [['chosen', 2], ['rejected', 1]], ranking: ['chosen', 'rejected'] },
      },
    ]);
  });

  it('takes the last assistant message of chat-message arrays and the prompt from the conversation', () => {
    const chosen = [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'old answer' },
      { role: 'user', content: 'follow-up?' },
      { role: 'assistant', content: 'good answer' },
    ];
    const rejected = [...chosen.slice(0, 3), { role: 'assistant', content: 'bad answer' }];
    const result = fromPairwise({ data: [{ id: 9, chosen, rejected }] }, { principle: 'p', source: 'hh' });
    expect(result.items[0]).toMatchObject({
      id: '9',
      source: 'hh',
      prompt: 'follow-up?',
      responses: [
        { name: 'chosen', text: 'good answer' },
        { name: 'rejected', text: 'bad answer' },
      ],
    });
    expect(result.items[0]!.domain).toBeUndefined();
    expect(result.notes).toEqual(['prompt taken from the last user message of "chosen" (1 row, first at item 1)']);
  });

  it('accepts a prompt given as messages', () => {
    const result = fromPairwise([{ prompt: [{ role: 'system', content: 's' }, { role: 'user', content: 'u' }], chosen: 'a', rejected: 'b' }], {
      principle: 'p',
    });
    expect(result.items[0]!.prompt).toBe('u');
  });

  it('reports bad entries and keeps good ones', () => {
    const result = fromPairwise(
      [
        { prompt: 'q', chosen: 'a' },
        { prompt: 'q', chosen: [{ role: 'user', content: 'x' }], rejected: 'b' },
        { chosen: 'a', rejected: 'b' },
        { prompt: 'q', chosen: 'a', rejected: 'b' },
        7,
      ],
      { principle: 'p' },
    );
    expect(result.items.map((i) => i.id)).toEqual(['pair-4']);
    expect(result.errors).toEqual([
      { where: 'item 1', message: 'missing field "rejected"' },
      { where: 'item 2', message: '"chosen" has no assistant message' },
      { where: 'item 3', message: 'missing field "prompt"' },
      { where: 'item 5', message: 'expected an object, got a number' },
    ]);
    expect(fromPairwise('nope', { principle: 'p' }).errors[0]!.where).toBe('file');
  });
});
