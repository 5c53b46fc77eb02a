import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, PRINCIPLE_PRESETS, PRINCIPLE_WRITING_TIPS } from './index.ts';
import type { PrincipleSeed } from './index.ts';

const CATEGORIES: PrincipleSeed['category'][] = ['content', 'logic', 'tone', 'style', 'structure'];
const SHAPES: PrincipleSeed['shape'][] = ['preference', 'rubric', 'priority'];

describe('PRINCIPLE_PRESETS', () => {
  const byId = new Map(PRINCIPLE_PRESETS.map((p) => [p.id, p]));

  it('has at least 30 presets with unique ids', () => {
    expect(PRINCIPLE_PRESETS.length).toBeGreaterThanOrEqual(30);
    expect(byId.size).toBe(PRINCIPLE_PRESETS.length);
  });

  it('covers every category at least five times', () => {
    for (const c of CATEGORIES) {
      expect(PRINCIPLE_PRESETS.filter((p) => p.category === c).length, c).toBeGreaterThanOrEqual(5);
    }
  });

  it('uses all three shapes, mostly structured ones', () => {
    for (const s of SHAPES) expect(PRINCIPLE_PRESETS.some((p) => p.shape === s), s).toBe(true);
    const structured = PRINCIPLE_PRESETS.filter((p) => p.shape !== 'preference').length;
    expect(structured * 2).toBeGreaterThan(PRINCIPLE_PRESETS.length);
  });

  it('has no empty fields', () => {
    for (const p of PRINCIPLE_PRESETS) {
      expect(p.id).toMatch(/^[a-z]+(-[a-z]+)+$/);
      expect(p.id.startsWith(`${p.category}-`), p.id).toBe(true);
      expect(p.title.trim(), p.id).not.toBe('');
      expect(p.text.trim().length, p.id).toBeGreaterThan(40);
      expect(p.tags.length, p.id).toBeGreaterThan(0);
    }
  });

  it('rubrics carry weights and priorities carry an explicit order', () => {
    for (const p of PRINCIPLE_PRESETS) {
      if (p.shape === 'rubric') expect(p.text, p.id).toMatch(/\d+%/);
      if (p.shape === 'priority') expect(p.text, p.id).toMatch(/\bfirst,/i);
    }
  });

  it('has opposite pairs whose references resolve both ways within one category', () => {
    const withOpposite = PRINCIPLE_PRESETS.filter((p) => p.opposite !== undefined);
    expect(withOpposite.length).toBeGreaterThanOrEqual(8);
    for (const p of withOpposite) {
      const other = byId.get(p.opposite ?? '');
      expect(other, `${p.id} → ${p.opposite}`).toBeDefined();
      expect(other?.opposite, `${p.opposite} should point back to ${p.id}`).toBe(p.id);
      expect(other?.category).toBe(p.category);
      expect(other?.id).not.toBe(p.id);
    }
  });

  it('includes the classic teaching pairs', () => {
    const pairs: [string, string][] = [
      ['style-concise', 'style-thorough'],
      ['style-formal', 'style-casual'],
      ['structure-scannable-lists', 'structure-prose'],
      ['tone-warm', 'tone-matter-of-fact'],
    ];
    for (const [a, b] of pairs) expect(byId.get(a)?.opposite, a).toBe(b);
  });

  it('default preset exists and puts correctness first', () => {
    const d = byId.get(DEFAULT_PRESET_ID);
    expect(d).toBeDefined();
    expect(d?.text).toMatch(/^First, .*correct/);
  });
});

describe('PRINCIPLE_WRITING_TIPS', () => {
  it('has 5 to 7 short non-empty tips', () => {
    expect(PRINCIPLE_WRITING_TIPS.length).toBeGreaterThanOrEqual(5);
    expect(PRINCIPLE_WRITING_TIPS.length).toBeLessThanOrEqual(7);
    for (const t of PRINCIPLE_WRITING_TIPS) {
      expect(t.trim()).not.toBe('');
      expect(t.length).toBeLessThan(220);
    }
  });
});
