import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { decodeCaseFragment, encodeCaseFragment, inflateCapped, MAX_LINK_CANDIDATES, MAX_LINK_CHARACTERS, MAX_LINK_FRAGMENT, SHARE_PREFIX } from './shareLink.ts';
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

describe('share links that would take the tab down', () => {
  const link = (json: string) => {
    const bytes = deflateSync(strToU8(json), { level: 9 });
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    return SHARE_PREFIX + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const bombCase = (bytes: number) => `{"kind":"rewardanything-case","version":1,"principle":"${' '.repeat(bytes)}","prompt":"","responses":[],"mask":true}`;
  it('refuses a decompression bomb that fits in a link, naming the limit', () => {
    const bomb = link(bombCase(10_000_000)); // ~13 KB of link, 10 MB of text
    expect(bomb.length).toBeLessThan(MAX_LINK_FRAGMENT);
    expect(decodeCaseFragment(bomb)).toEqual({ ok: false, error: expect.stringContaining('more than 2 MB, the limit for a link') });
  });
  it('refuses the 130 KB link that decodes to 100 MB before inflating it', () => {
    const bomb = link(bombCase(100_000_000));
    expect(decodeCaseFragment(bomb)).toEqual({ ok: false, error: expect.stringContaining('too long') });
  });
  it('stops inflating as soon as the output passes the cap', () => {
    const bytes = deflateSync(strToU8(bombCase(100_000_000)), { level: 9 });
    let seen = 0;
    const res = inflateCapped(bytes, 1_000_000, (n) => (seen = n));
    expect(res).toEqual({ ok: false, reason: 'too-large' });
    expect(seen).toBeLessThan(3_000_000);
  });
  it('refuses too many candidates and too many characters, naming the limit', () => {
    const many = { ...c, responses: Array.from({ length: MAX_LINK_CANDIDATES + 1 }, (_, i) => ({ name: `c${i}`, text: 'x' })) };
    expect(decodeCaseFragment(link(JSON.stringify(many)))).toEqual({ ok: false, error: expect.stringContaining(`at most ${MAX_LINK_CANDIDATES}`) });
    const long = { ...c, responses: [{ name: 'A', text: 'ab'.repeat(MAX_LINK_CHARACTERS / 2) }] };
    expect(decodeCaseFragment(link(JSON.stringify(long)))).toEqual({ ok: false, error: expect.stringContaining('at most 1,000,000') });
  });
  it('refuses a link far longer than any this app makes', () => {
    expect(decodeCaseFragment(SHARE_PREFIX + 'A'.repeat(3 * MAX_LINK_FRAGMENT))).toEqual({ ok: false, error: expect.stringContaining('too long') });
  });
  it('refuses a result with scores of the wrong shape instead of dropping them', () => {
    expect(readCase({ ...c, result: { ...c.result, scores: { A: 1 } } })).toEqual({ ok: false, error: expect.stringContaining('"result.scores"') });
  });
});
