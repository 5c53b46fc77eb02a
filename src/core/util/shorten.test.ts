import { describe, expect, it } from 'vitest';
import { shortenAtWord } from './shorten.ts';

describe('shortenAtWord', () => {
  it('cuts at the last word that fits, never mid-word, and says it was cut', () => {
    expect(shortenAtWord('First, prefer responses whose facts, code and arithmetic are correct.', 40)).toBe('First, prefer responses whose facts…');
  });
  it('keeps a text that fits, with its whitespace folded', () => {
    expect(shortenAtWord('  Prefer   correct\nanswers. ', 40)).toBe('Prefer correct answers.');
  });
  it('cuts a single overlong word where it must', () => {
    expect(shortenAtWord('a'.repeat(50), 10)).toBe(`${'a'.repeat(10)}…`);
  });
});
