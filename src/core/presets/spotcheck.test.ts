import { describe, expect, it } from 'vitest';
// A JSON import rather than node:fs: tsconfig.app.json (which covers src/, tests included) has no Node types.
import raw from '../../../public/datasets/spotcheck.json';
import { parseBenchFile } from '../bench/index.ts';

// The project's own spot-check set (ours, not RABench): shape and ground-truth checks, and a clean load through the
// app's RABench-format loader.

interface SpotItem {
  id: string;
  source: string;
  principle: string;
  category: string;
  domain: string;
  pair?: string;
  prompt: string;
  responses: Record<string, string>;
  gt: { scores: Record<string, number>; 'best-to-worst': string[] };
  rationale: string;
}

const CATEGORIES = ['content', 'logic', 'tone', 'style', 'structure'];
const DOMAINS = ['chat', 'code', 'safety', 'math'];

const items = raw as unknown as SpotItem[];

describe('public/datasets/spotcheck.json', () => {
  it('is a plain array of at least 60 items with unique ids, all marked as ours', () => {
    expect(Array.isArray(items)).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const it of items) {
      expect(it.id).toMatch(/^sc-\d{3}$/);
      expect(it.source, it.id).toBe('spotcheck');
    }
  });

  it('covers all five categories and all four domains, every combination at least twice', () => {
    for (const c of CATEGORIES) expect(items.some((i) => i.category === c), c).toBe(true);
    for (const d of DOMAINS) expect(items.some((i) => i.domain === d), d).toBe(true);
    for (const it of items) {
      expect(CATEGORIES, it.id).toContain(it.category);
      expect(DOMAINS, it.id).toContain(it.domain);
    }
    for (const c of CATEGORIES) {
      for (const d of DOMAINS) {
        expect(items.filter((i) => i.category === c && i.domain === d).length, `${c}×${d}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('has non-empty text fields and a rationale on every item', () => {
    for (const it of items) {
      for (const field of ['principle', 'prompt', 'rationale'] as const) {
        expect(typeof it[field], `${it.id}.${field}`).toBe('string');
        expect(it[field].trim(), `${it.id}.${field}`).not.toBe('');
      }
      for (const text of Object.values(it.responses)) expect(text.trim(), it.id).not.toBe('');
    }
  });

  it('has 3 to 6 candidates with non-numeric names', () => {
    for (const it of items) {
      const names = Object.keys(it.responses);
      expect(names.length, it.id).toBeGreaterThanOrEqual(3);
      expect(names.length, it.id).toBeLessThanOrEqual(6);
      for (const n of names) expect(n, it.id).toMatch(/^\D/);
    }
  });

  it('ground truth names the candidates exactly, with integer scores 1–5', () => {
    for (const it of items) {
      const names = Object.keys(it.responses).sort();
      expect(Object.keys(it.gt.scores).sort(), it.id).toEqual(names);
      expect([...it.gt['best-to-worst']].sort(), it.id).toEqual(names);
      for (const s of Object.values(it.gt.scores)) {
        expect(Number.isInteger(s), it.id).toBe(true);
        expect(s, it.id).toBeGreaterThanOrEqual(1);
        expect(s, it.id).toBeLessThanOrEqual(5);
      }
    }
  });

  it('ranking is ordered by score, best first', () => {
    for (const it of items) {
      const scores = it.gt['best-to-worst'].map((n) => it.gt.scores[n]);
      for (let k = 1; k < scores.length; k++) expect(scores[k - 1], it.id).toBeGreaterThanOrEqual(scores[k]);
      // Every item separates its best candidate from its worst.
      expect(scores[0], it.id).toBeGreaterThan(scores[scores.length - 1]);
    }
  });

  it('has at least 12 opposite-principle pairs sharing prompt and responses, with different rankings', () => {
    const byPair = new Map<string, SpotItem[]>();
    for (const it of items) {
      if (it.pair === undefined) continue;
      byPair.set(it.pair, [...(byPair.get(it.pair) ?? []), it]);
    }
    expect(byPair.size).toBeGreaterThanOrEqual(12);
    for (const [pair, members] of byPair) {
      expect(members.length, pair).toBe(2);
      const [a, b] = members as [SpotItem, SpotItem];
      expect(a.prompt, pair).toBe(b.prompt);
      expect(a.responses, pair).toEqual(b.responses);
      expect(Object.keys(a.responses), pair).toEqual(Object.keys(b.responses));
      expect(a.category, pair).toBe(b.category);
      expect(a.domain, pair).toBe(b.domain);
      expect(a.principle, pair).not.toBe(b.principle);
      expect(a.gt['best-to-worst'], pair).not.toEqual(b.gt['best-to-worst']);
      expect(a.gt['best-to-worst'][0], `${pair}: opposite principles should pick different winners`).not.toBe(
        b.gt['best-to-worst'][0],
      );
    }
  });

  it('loads through the RABench-format loader with no errors or notes', () => {
    const result = parseBenchFile(JSON.stringify(raw), 'json', { source: 'spotcheck' });
    expect(result.errors).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    for (const item of result.items) {
      const original = items.find((i) => i.id === item.id);
      expect(item.gt.ranking, item.id).toEqual(original?.gt['best-to-worst']);
      expect(item.responses.map((r) => r.name), item.id).toEqual(Object.keys(original?.responses ?? {}));
    }
  });
});
