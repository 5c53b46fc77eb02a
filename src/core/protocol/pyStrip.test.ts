import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isPyBlank, isPySpace, PY_WHITESPACE_CLASS, pyStrip } from './pyStrip.ts';

// The code points for which CPython's str.isspace() is true (computed with CPython 3.11).
const PY_SPACES = [
  0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

describe('isPySpace', () => {
  test('is true exactly for the str.isspace() set across the BMP', () => {
    const found: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isPySpace(c)) found.push(c);
    expect(found).toEqual(PY_SPACES);
  });

  test('the regex class matches the same set', () => {
    const re = new RegExp(`^[${PY_WHITESPACE_CLASS}]$`);
    const found: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (re.test(String.fromCharCode(c))) found.push(c);
    expect(found).toEqual(PY_SPACES);
  });
});

describe('pyStrip', () => {
  test('strips what Python strips and JavaScript trim() does not', () => {
    expect(pyStrip('\x1c\x1d\x1e\x1f\x85 x \x85\x1f')).toBe('x');
    expect('\x1cx\x85'.trim()).toBe('\x1cx\x85');
  });

  test('keeps U+FEFF, which JavaScript trim() removes', () => {
    expect(pyStrip('\ufeffx\ufeff')).toBe('\ufeffx\ufeff');
    expect('\ufeffx\ufeff'.trim()).toBe('x');
  });

  test('strips the Unicode spaces and line separators', () => {
    expect(pyStrip('\u3000\u2028\u00a0 a b \u2029\u202f\u205f\u1680\u2000\u200a')).toBe('a b');
    expect(pyStrip('')).toBe('');
    expect(pyStrip(' \t\n ')).toBe('');
    expect(pyStrip('\u200b x \u200b')).toBe('\u200b x \u200b'); // zero-width space is not whitespace
  });

  test('agrees with a per-character reference on random text', () => {
    const alphabet = fc.constantFrom(...[...PY_SPACES, 0x61, 0xfeff, 0x200b, 0x1b].map((c) => String.fromCharCode(c)));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }), (chars) => {
        const s = chars.join('');
        let a = 0;
        let b = chars.length;
        while (a < b && PY_SPACES.includes(chars[a]!.charCodeAt(0))) a++;
        while (b > a && PY_SPACES.includes(chars[b - 1]!.charCodeAt(0))) b--;
        expect(pyStrip(s)).toBe(chars.slice(a, b).join(''));
        expect(isPyBlank(s)).toBe(a === b);
      }),
    );
  });
});
