import { describe, expect, it } from 'vitest';
import { trainingSetup } from './setup.ts';
import { unencodableText } from './unencodable.ts';

const example = (prompt: string, responses: Array<[string, string]>) => ({
  example: { prompt, responses: responses.map(([name, text]) => ({ name, text })) },
});

describe('unencodableText', () => {
  it('finds nothing in well-formed text, emoji and other astral characters included', () => {
    expect(unencodableText(trainingSetup('Be kind 😀 数据 👩‍👩‍👧', example('Q 🎉', [['A 😀', 'x 𝄞']])))).toEqual([]);
  });

  it('names a lone surrogate in the principle with its character position', () => {
    const problems = unencodableText(trainingSetup('Prefer 😀 short\ud83d answers.'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('The principle');
    // "Prefer 😀 short" is 14 characters (the emoji counts once): the broken one is the 15th.
    expect(problems[0]).toContain('character 15');
    expect(problems[0]).toContain('U+D83D');
    expect(problems[0]).toContain('UnicodeEncodeError');
  });

  it('names the prompt, and a candidate by number and name, for its name or its text', () => {
    const problems = unencodableText(
      trainingSetup('Fine.', example('\udc00Q', [['A', 'ok'], ['B\ud800', 'ok'], ['C', 'tail \udfff']])),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^The prompt, character 1, is a broken character/);
    expect(problems[1]).toMatch(/^The name of candidate 2 \("B\ufffd"\), character 2, /);
    expect(problems[2]).toMatch(/^The text of candidate 3 \("C"\), character 6, /);
  });

  it('a reversed pair (low then high) is two lone surrogates', () => {
    expect(unencodableText(trainingSetup('x\ude00\ud83dy'))).toHaveLength(2);
  });
});
