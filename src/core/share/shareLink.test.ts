import { describe, expect, it } from 'vitest';
import { decodeCaseFragment, encodeCaseFragment, MAX_LINK_FRAGMENT } from './shareLink.ts';
import { readCase, type SharedCase } from './caseFile.ts';

const c: SharedCase = {
  kind: 'rewardanything-case',
  version: 1,
  principle: 'Prefer concise — “quotes” & <b>tags</b> 😀',
  prompt: 'Why?\n',
  responses: [
    { name: '10', text: 'ten' },
    { name: '2', text: 'two' },
  ],
  mask: true,
  result: { modelId: 'm', raw: '<think>x</think>{}', reasoning: 'x', scores: [['10', 3]], ranking: ['10', '2'], createdAt: 5 },
};

describe('share links', () => {
  it('round-trips a case, keeping unicode and the order of integer-like names', () => {
    const enc = encodeCaseFragment(c);
    expect(enc.ok).toBe(true);
    if (!enc.ok) return;
    expect(enc.fragment.startsWith('#case=')).toBe(true);
    expect(enc.fragment).toMatch(/^#case=[A-Za-z0-9_-]+$/);
    const dec = decodeCaseFragment(enc.fragment);
    expect(dec).toEqual({ ok: true, value: c });
  });
  it('refuses a case too large for a link and says how large', () => {
    let seed = 1;
    const noise = Array.from({ length: 60_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    const enc = encodeCaseFragment({ ...c, responses: [{ name: 'A', text: noise }] });
    expect(enc.ok).toBe(false);
    if (!enc.ok) expect(enc.length).toBeGreaterThan(MAX_LINK_FRAGMENT);
  });
  it('explains a damaged link instead of throwing', () => {
    const enc = encodeCaseFragment(c);
    if (!enc.ok) throw new Error('unexpected');
    expect(decodeCaseFragment(enc.fragment.slice(0, 40))).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
    expect(decodeCaseFragment('#other')).toMatchObject({ ok: false });
  });
  it('validates case files field by field', () => {
    expect(readCase([])).toMatchObject({ ok: false, error: expect.stringMatching(/object/) });
    expect(readCase({ kind: 'x' })).toMatchObject({ ok: false, error: expect.stringMatching(/kind/) });
    expect(readCase({ kind: 'rewardanything-case', version: 1, principle: 'p', prompt: '', responses: [{ name: 'A' }] })).toMatchObject({
      ok: false,
      error: 'Response 1 needs a text "name" and "text".',
    });
  });
});
