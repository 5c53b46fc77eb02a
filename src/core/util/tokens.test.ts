import { describe, expect, it } from 'vitest';
import { estimateTokens, estimateMessagesTokens } from './tokens.ts';

describe('estimateTokens', () => {
  it('grows with the text and counts CJK and emoji per character', () => {
    expect(estimateTokens('')).toBe(0);
    const en = estimateTokens('The seasons are caused by the tilt of the Earth axis relative to its orbit.');
    expect(en).toBeGreaterThan(15);
    expect(en).toBeLessThan(30);
    expect(estimateTokens('数据数据数据')).toBeGreaterThanOrEqual(6);
    expect(estimateTokens('😀😀')).toBe(3);
  });
  it('adds template overhead for messages', () => {
    expect(estimateMessagesTokens([{ content: '' }, { content: '' }])).toBeGreaterThan(16);
  });
});
