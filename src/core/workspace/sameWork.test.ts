import { describe, expect, it } from 'vitest';
import { isBlankWork, sameWork } from './sameWork.ts';

const w = { principle: 'p', prompt: 'q', candidates: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }] };

describe('comparing work', () => {
  it('sees any change to the principle, prompt, a candidate or their order', () => {
    expect(sameWork(w, { ...w, candidates: w.candidates.map((c) => ({ ...c, key: 'ignored' })) })).toBe(true);
    expect(sameWork(w, { ...w, principle: 'p ' })).toBe(false);
    expect(sameWork(w, { ...w, prompt: '' })).toBe(false);
    expect(sameWork(w, { ...w, candidates: [w.candidates[1]!, w.candidates[0]!] })).toBe(false);
    expect(sameWork(w, { ...w, candidates: [w.candidates[0]!] })).toBe(false);
    expect(sameWork(w, { ...w, candidates: [w.candidates[0]!, { name: 'B', text: 'b!' }] })).toBe(false);
  });
  it('calls work blank only when every text is blank', () => {
    expect(isBlankWork({ principle: ' ', prompt: '', candidates: [{ name: 'A', text: '\n' }] })).toBe(true);
    expect(isBlankWork({ principle: '', prompt: '', candidates: [{ name: 'A', text: 'x' }] })).toBe(false);
  });
});
