import { expect, test } from 'vitest';
import fc from 'fast-check';
import { pyStrip } from './pyStrip.ts';
import { StrippedText } from './strippedText.ts';

test('text() is the Python-stripped join of the pieces at every step', () => {
  const piece = fc.array(fc.constantFrom('a', ' ', '\n', '\u3000', '\x1c', '\ufeff', 'é'), { maxLength: 6 }).map((c) => c.join(''));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 12 }), (pieces, reads) => {
      const t = new StrippedText();
      let all = '';
      pieces.forEach((p, i) => {
        t.append(p);
        all += p;
        expect(t.length).toBe(pyStrip(all).length);
        if (reads[i]) expect(t.text()).toBe(pyStrip(all));
      });
      expect(t.text()).toBe(pyStrip(all));
    }),
  );
});

test('a megabyte in small pieces', () => {
  const t = new StrippedText();
  for (let i = 0; i < 100_000; i++) {
    t.append('token ');
    if (i % 1000 === 0) t.text();
  }
  expect(t.length).toBe(600_000 - 1);
  expect(t.text().endsWith('token')).toBe(true);
});
