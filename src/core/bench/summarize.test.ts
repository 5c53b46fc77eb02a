import { describe, expect, it } from 'vitest';
import { summarizeBench } from './summarize.ts';
import type { BenchItem } from './types.ts';

function item(n: number, domain?: string, category?: string, principle = 'p'): BenchItem {
  const out: BenchItem = {
    id: `i${n}`, source: 'file', principle, prompt: 'q',
    responses: Array.from({ length: n }, (_, k) => ({ name: `r${k}`, text: 't' })),
    gt: { scores: [], ranking: [] },
  };
  if (domain) out.domain = domain;
  if (category) out.category = category;
  return out;
}

describe('summarizeBench', () => {
  it('counts items, principles, domains, categories and candidates', () => {
    const summary = summarizeBench([item(2, 'chat', 'tone', 'a'), item(5, 'code', 'tone', 'b'), item(3, 'chat', undefined, 'a'), item(4)]);
    expect(summary).toEqual({
      items: 4,
      principles: 3,
      domains: { chat: 2, code: 1 },
      categories: { tone: 2 },
      withoutDomain: 1,
      withoutCategory: 2,
      sources: { file: 4 },
      candidates: { min: 2, median: 3.5, max: 5 },
    });
  });

  it('handles no items', () => {
    expect(summarizeBench([]).candidates).toBeNull();
  });
});
