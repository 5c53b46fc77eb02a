import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, filterItems, sampleStratified } from './sample.ts';
import type { BenchItem } from './types.ts';

function item(id: number, domain: string, category = 'tone', source = 'file', principle = 'p'): BenchItem {
  return {
    id: `i${id}`, source, principle, domain, category, prompt: 'q',
    responses: [{ name: 'a', text: 'x' }, { name: 'b', text: 'y' }],
    gt: { scores: [['a', 2], ['b', 1]], ranking: [] },
  };
}

// 60 chat, 30 code, 9 math, 1 safety
const items: BenchItem[] = [
  ...Array.from({ length: 60 }, (_, i) => item(i, 'chat')),
  ...Array.from({ length: 30 }, (_, i) => item(100 + i, 'code')),
  ...Array.from({ length: 9 }, (_, i) => item(200 + i, 'math')),
  item(300, 'safety'),
].sort((a, b) => (a.id.length * 7 + Number(a.id.slice(1))) % 13 - (b.id.length * 7 + Number(b.id.slice(1))) % 13);

const byDomain = (i: BenchItem) => i.domain ?? '';

function count(list: BenchItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of list) out[i.domain!] = (out[i.domain!] ?? 0) + 1;
  return out;
}

describe('allocate', () => {
  it('uses largest remainders', () => {
    // exact 6 / 3 / 0.9 / 0.1 → 6 / 3 / 1 / 0; safety then takes one from chat (first of the equally over-allocated)
    expect(allocate([60, 30, 9, 1], 10)).toEqual([5, 3, 1, 1]);
    expect(allocate([5, 5, 5], 7)).toEqual([3, 2, 2]);
    expect(allocate([1, 1, 1, 1], 2)).toEqual([1, 1, 0, 0]);
  });

  it('always sums to size and never exceeds a stratum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 8 }), fc.nat(), (counts, raw) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const size = raw % (total + 1);
        const allocation = allocate(counts, size);
        expect(allocation.reduce((a, b) => a + b, 0)).toBe(size);
        allocation.forEach((a, i) => {
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(counts[i]!);
          if (size >= counts.length) expect(a).toBeGreaterThanOrEqual(1);
        });
      }),
    );
  });
});

describe('sampleStratified', () => {
  it('is deterministic for the same seed and inputs', () => {
    const a = sampleStratified(items, { size: 20, seed: 1, strata: byDomain });
    const b = sampleStratified(items, { size: 20, seed: 1, strata: byDomain });
    expect(a.map((i) => i.id)).toEqual(b.map((i) => i.id));
    const c = sampleStratified(items, { size: 20, seed: 2, strata: byDomain });
    expect(c.map((i) => i.id)).not.toEqual(a.map((i) => i.id));
  });

  it('allocates proportionally with at least one per stratum', () => {
    const sample = sampleStratified(items, { size: 20, seed: 3, strata: byDomain });
    expect(sample).toHaveLength(20);
    // exact shares 12 / 6 / 1.8 / 0.2 → 12 / 6 / 2 / 0, then safety takes one from the most over-allocated (math)
    expect(count(sample)).toEqual({ chat: 12, code: 6, math: 1, safety: 1 });
  });

  it('keeps file order and returns distinct items', () => {
    const sample = sampleStratified(items, { size: 37, seed: 4, strata: byDomain });
    const positions = sample.map((i) => items.indexOf(i));
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(new Set(positions).size).toBe(37);
  });

  it("draws each stratum independently of the others' sizes", () => {
    const chatOnly = (list: BenchItem[]) => list.filter((i) => i.domain === 'chat').map((i) => i.id);
    const withoutSafety = items.filter((i) => i.domain !== 'safety');
    const a = sampleStratified(items, { size: 50, seed: 9, strata: byDomain });
    const b = sampleStratified(withoutSafety, { size: 50, seed: 9, strata: byDomain });
    // chat gets 30 in both cases (60/100×50 = 30; 60/99×50 = 30.3 → 30)
    expect(chatOnly(a)).toEqual(chatOnly(b));
  });

  it('returns everything when size ≥ the number of items, nothing for size 0', () => {
    expect(sampleStratified(items, { size: 500, seed: 1, strata: byDomain })).toEqual(items);
    expect(sampleStratified(items, { size: 0, seed: 1, strata: byDomain })).toEqual([]);
  });
});

describe('filterItems', () => {
  const pool = [item(1, 'chat', 'tone', 'file', 'p1'), item(2, 'code', 'logic', 'rm-bench', 'p2'), item(3, 'chat', 'logic', 'file', 'p2')];

  it('matches every given filter and ignores empty ones', () => {
    expect(filterItems(pool, {}).map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(filterItems(pool, { domains: ['chat'] }).map((i) => i.id)).toEqual(['i1', 'i3']);
    expect(filterItems(pool, { domains: ['chat'], categories: ['logic'] }).map((i) => i.id)).toEqual(['i3']);
    expect(filterItems(pool, { sources: ['rm-bench'], principles: [] }).map((i) => i.id)).toEqual(['i2']);
    expect(filterItems(pool, { principles: ['p2'], domains: [] }).map((i) => i.id)).toEqual(['i2', 'i3']);
  });

  it('excludes items without the filtered field', () => {
    const { domain: _d, ...noDomain } = item(4, 'x');
    expect(filterItems([noDomain], { domains: ['chat'] })).toEqual([]);
  });
});
