import { describe, expect, it } from 'vitest';
import { deckHandoutHtml, slotKey } from './handout.ts';
import type { Deck } from './deck.ts';

const evil = '<script>alert(1)</script>"\'&';
const deck: Deck = {
  id: 'd',
  title: `Lesson ${evil}`,
  createdAt: 1,
  updatedAt: 1,
  cases: [
    {
      id: 'c1',
      title: `Case ${evil}`,
      prompt: `Prompt ${evil}`,
      candidates: [{ name: `<b>A</b>`, text: evil }, { name: 'B', text: 'b' }],
      principles: [
        { label: 'Brief', text: 'Be brief.', recording: { modelId: 'Qwen3-8B', engine: 'webllm', recordedAt: Date.UTC(2026, 0, 2), deltas: [[0, 'x']], maskedToReal: [['model-1', '<b>A</b>'], ['model-2', 'B']], result: { reasoning: `model-2 beats model-1 ${evil}`, scores: [['B', 5], ['<b>A</b>', 2]], ranking: ['B', '<b>A</b>'] } } },
        { label: 'Thorough', text: 'Be thorough.' },
      ],
      mask: true,
    },
  ],
};

describe('deckHandoutHtml', () => {
  it('escapes every value and carries no script', () => {
    const html = deckHandoutHtml(deck, {}, Date.UTC(2026, 0, 3));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>A</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    expect(html).toContain("default-src 'none'");
  });

  it('shows each principle’s ranking, its source, and the principles not judged', () => {
    const html = deckHandoutHtml(deck, { [slotKey('c1', 1)]: { modelId: 'srv', at: Date.UTC(2026, 0, 3), reasoning: 'A is longer.', scores: [['<b>A</b>', 5]], ranking: ['<b>A</b>'] } });
    expect(html).toContain('Recorded with Qwen3-8B on 2026-01-02');
    expect(html).toContain('Judged live with srv on 2026-01-03');
    expect(html).toContain('<mark>model-2 · B</mark>');
    expect(html.indexOf('<strong>B</strong>')).toBeLessThan(html.indexOf('<strong>&lt;b&gt;A&lt;/b&gt;</strong>'));
    expect(deckHandoutHtml(deck)).toContain('Not judged in this deck');
  });
});
