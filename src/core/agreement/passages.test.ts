import { describe, expect, it } from 'vitest';
import { passagesAbout, sentenceRanges } from './passages.ts';

const key: Array<[string, string]> = [['model-1', 'Alpha'], ['model-2', 'Beta'], ['model-3', 'Gamma'], ['model-12', 'Lambda']];
const texts = (text: string, ps: Array<{ start: number; end: number }>) => ps.map((p) => text.slice(p.start, p.end));

describe('passagesAbout', () => {
  it('finds the sentences that mention both masked names, joining consecutive ones', () => {
    const text = 'First, model-3 is off topic. Model-1 is accurate, while model-2 omits the date. model-2 is shorter than model-1! Then model-1 alone.';
    const ps = passagesAbout(text, key, ['Alpha', 'Beta']);
    expect(texts(text, ps)).toEqual(['Model-1 is accurate, while model-2 omits the date. model-2 is shorter than model-1!']);
    expect(ps[0]!.level).toBe('sentence');
  });

  it('keeps separate passages apart and does not take model-12 for model-1', () => {
    const text = 'model-1 beats model-2.\nmodel-12 and model-2 differ.\nOverall model-2 trails model-1.';
    expect(texts(text, passagesAbout(text, key, ['Alpha', 'Beta']))).toEqual(['model-1 beats model-2.', 'Overall model-2 trails model-1.']);
  });

  it('falls back to the paragraph when no single sentence names both', () => {
    const text = 'About model-1: it is right. It cites sources.\nAs for model-2, it guesses.\n\nmodel-3 is last.';
    const ps = passagesAbout(text, key, ['Alpha', 'Beta']);
    expect(texts(text, ps)).toEqual(['About model-1: it is right. It cites sources.\nAs for model-2, it guesses.']);
    expect(ps[0]!.level).toBe('paragraph');
    expect(passagesAbout(text, key, ['Alpha', 'Lambda'])).toEqual([]);
  });

  it('without masking, matches the real names as whole, case-sensitive words', () => {
    const text = 'Response A is clear. B and A both answer, but B is vague. Bb is not B.';
    expect(texts(text, passagesAbout(text, null, ['A', 'B']))).toEqual(['B and A both answer, but B is vague.']);
  });

  it('splits sentences at end punctuation followed by space and at line breaks, trimmed', () => {
    const text = '  One. Two? 4.5 stays\n- bullet  ';
    expect(texts(text, sentenceRanges(text))).toEqual(['One.', 'Two?', '4.5 stays', '- bullet']);
  });
});
