import { describe, expect, it } from 'vitest';
import { benchItem } from '../../core/records/records.testkit.ts';
import type { BenchItem } from '../../core/index.ts';
import { ItemReadAhead } from './itemReadAhead.ts';

/** A run's stored items, counting the reads made (a range read or a single one: each a transaction). */
function store(count: number) {
  const items = new Map<number, BenchItem>(Array.from({ length: count }, (_, i) => [i, benchItem(`item-${i}`, `q${i}`)]));
  const reads: string[] = [];
  let failNext = false;
  return {
    items,
    reads,
    failNextRead: () => (failNext = true),
    readRange: async (_runId: string, from: number, to: number) => {
      reads.push(`${from}-${to}`);
      if (failNext) {
        failNext = false;
        throw new Error('storage failed');
      }
      return [...items].filter(([i]) => i >= from && i <= to).map(([index, item]) => ({ index, item }));
    },
    readOne: async (_runId: string, index: number) => {
      reads.push(`${index}`);
      return items.get(index);
    },
  };
}

describe('ItemReadAhead', () => {
  it('reads 200 items asked for in order with 4 reads of 64, each item the stored one', async () => {
    const s = store(200);
    const r = new ItemReadAhead(s.readRange, s.readOne, 64);
    for (let i = 0; i < 200; i++) expect((await r.get('run', i))?.id).toBe(`item-${i}`);
    expect(s.reads).toEqual(['0-63', '64-127', '128-191', '192-255']);
  });

  it('items asked for together (64 workers taking the next ones) share one read', async () => {
    const s = store(100);
    const r = new ItemReadAhead(s.readRange, s.readOne, 64);
    const got = await Promise.all(Array.from({ length: 64 }, (_, i) => r.get('run', i)));
    expect(got.map((g) => g?.id)).toEqual(Array.from({ length: 64 }, (_, i) => `item-${i}`));
    expect(s.reads).toEqual(['0-63']);
  });

  it('an item stored after its block was read (a run completed on resume) is read on its own; one never stored is undefined', async () => {
    const s = store(10);
    s.items.delete(5);
    const r = new ItemReadAhead(s.readRange, s.readOne, 64);
    expect(await r.get('run', 4)).toBeDefined();
    expect(await r.get('run', 5)).toBeUndefined();
    s.items.set(5, benchItem('item-5', 'q5'));
    expect((await r.get('run', 5))?.id).toBe('item-5');
    expect(s.reads).toEqual(['4-67', '5', '5']);
  });

  it('a failed read is not kept: the item is read again, and so is the block after it', async () => {
    const s = store(10);
    const r = new ItemReadAhead(s.readRange, s.readOne, 64);
    s.failNextRead();
    expect((await r.get('run', 0))?.id).toBe('item-0');
    expect((await r.get('run', 1))?.id).toBe('item-1');
    expect(s.reads).toEqual(['0-63', '0', '1-64']);
  });

  it('another run, or an index before the block, reads again', async () => {
    const s = store(10);
    const r = new ItemReadAhead(s.readRange, s.readOne, 4);
    await r.get('a', 2);
    await r.get('b', 2);
    await r.get('b', 0);
    expect(s.reads).toEqual(['2-5', '2-5', '0-3']);
  });
});
