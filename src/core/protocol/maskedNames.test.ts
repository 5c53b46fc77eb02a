import { describe, expect, it } from 'vitest';
import { splitMaskedNames } from './maskedNames.ts';

const key: Array<[string, string]> = Array.from({ length: 12 }, (_, i) => [`model-${i + 1}`, `cand ${String.fromCharCode(65 + i)}`]);

describe('splitMaskedNames', () => {
  it('marks each masked name with the name the user gave it and keeps the text exact', () => {
    const text = 'model-2 is wrong about the date, while model-1 is right. Model-2 again.';
    const parts = splitMaskedNames(text, key);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.kind === 'name').map((p) => p.kind === 'name' && [p.text, p.masked, p.real])).toEqual([
      ['model-2', 'model-2', 'cand B'],
      ['model-1', 'model-1', 'cand A'],
      ['Model-2', 'model-2', 'cand B'],
    ]);
  });

  it('takes whole names only: model-12 is not model-1, and names inside other words are left alone', () => {
    const parts = splitMaskedNames('model-12 beats model-1; supermodel-1 and model-1x and model-13 are not names.', key);
    expect(parts.filter((p) => p.kind === 'name').map((p) => p.kind === 'name' && p.real)).toEqual(['cand L', 'cand A']);
  });

  it('leaves the text as it is without masking, and gives nothing for no text', () => {
    expect(splitMaskedNames('model-1 is fine', null)).toEqual([{ kind: 'text', text: 'model-1 is fine' }]);
    expect(splitMaskedNames('', key)).toEqual([]);
  });

  it('reads names next to punctuation, markdown and quotes', () => {
    const parts = splitMaskedNames('**model-3**, "model-4": (model-5).', key);
    expect(parts.filter((p) => p.kind === 'name').map((p) => p.text)).toEqual(['model-3', 'model-4', 'model-5']);
  });
});
