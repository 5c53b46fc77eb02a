import { describe, expect, it } from 'vitest';
import { createBlockSplitter } from './textBlocks.ts';

describe('createBlockSplitter', () => {
  it('joins back to the text, and earlier blocks stay the same as the text grows', () => {
    const words = Array.from({ length: 3000 }, (_, i) => (i % 40 === 39 ? `w${i}\n` : `w${i} `)).join('');
    const split = createBlockSplitter();
    let before: string[] = [];
    for (let n = 0; n <= words.length; n += 97) {
      const text = words.slice(0, n);
      const blocks = split(text);
      expect(blocks.join('')).toBe(text);
      for (let i = 0; i < before.length - 1; i++) expect(blocks[i]).toBe(before[i]);
      before = blocks;
    }
    expect(before.length).toBeGreaterThan(10);
    expect(Math.max(...before.map((b) => b.length))).toBeLessThan(4200);
  });
  it('starts over when the text is replaced', () => {
    const split = createBlockSplitter();
    split('a '.repeat(5000));
    expect(split('new text')).toEqual(['new text']);
  });
});
