import { describe, expect, it } from 'vitest';
import { benchItem } from './records.testkit.ts';
import { missingIndices, restoreRunItems } from './runItems.ts';

const items = Array.from({ length: 6 }, (_, i) => benchItem(`item-${i}`, `question ${i}`));
const itemIds = items.map((i) => i.id);

describe('missingIndices', () => {
  it('lists the indices storage lacks, in order', () => {
    expect(missingIndices(6, [0, 1, 4])).toEqual([2, 3, 5]);
    expect(missingIndices(3, [2, 1, 0])).toEqual([]);
  });
});

describe('restoreRunItems', () => {
  it('takes the missing items from the dataset by id, under their run index, whatever order the dataset has', () => {
    const shuffled = [items[5]!, items[3]!, items[0]!, items[2]!];
    const r = restoreRunItems(itemIds, [2, 3, 5], shuffled);
    expect(r).toEqual({ ok: true, rows: [{ index: 2, item: items[2] }, { index: 3, item: items[3] }, { index: 5, item: items[5] }] });
  });

  it('fails, saying how many, when the loaded dataset is another one', () => {
    expect(restoreRunItems(itemIds, [2, 3, 5], [items[2]!, benchItem('other', 'x')])).toEqual({ ok: false, missing: 2 });
    expect(restoreRunItems(itemIds, [1], [])).toEqual({ ok: false, missing: 1 });
  });
});
