import { describe, expect, it } from 'vitest';
import { libraryFile, readLibraryFile } from './libraryFile.ts';

describe('library files', () => {
  it('round-trips an export', () => {
    const p = { id: 'a', name: 'A', tags: ['t'], text: 'x', createdAt: 1, updatedAt: 2, versions: [{ text: 'x', savedAt: 1 }] };
    expect(readLibraryFile(JSON.parse(JSON.stringify(libraryFile([p], 5))))).toEqual({ principles: [p], errors: [] });
  });
  it('keeps the valid entries of a half-broken file and says where the others are', () => {
    const r = readLibraryFile([{ text: 'ok one', name: 'One' }, 7, { name: 'no text' }, { principle: 'alias text' }], 9);
    expect(r.principles.map((p) => p.text)).toEqual(['ok one', 'alias text']);
    expect(r.errors).toEqual([
      { where: 'principle 2', message: 'not an object' },
      { where: 'principle 3', message: 'has no "text"' },
    ]);
    expect(r.principles[1]!.versions).toEqual([{ text: 'alias text', savedAt: 9 }]);
  });
  it('refuses something that is not a library', () => {
    expect(readLibraryFile({ foo: 1 }).errors[0]!.message).toMatch(/Not a principle library/);
  });
});

describe('library file validation', () => {
  it('names the field that is wrong and keeps the other entries', () => {
    const r = readLibraryFile({ kind: 'rewardanything-library', principles: [{ text: 'fine' }, { text: 'bad', versions: [{ text: 'x', savedAt: 'yesterday' }] }, { text: 'bad tags', tags: 'a,b' }] }, 3);
    expect(r.principles.map((p) => p.text)).toEqual(['fine']);
    expect(r.errors.map((e) => e.where)).toEqual(['principle 2', 'principle 3']);
    expect(r.errors[0]!.message).toMatch(/versions\.0\.savedAt/);
    expect(r.errors[1]!.message).toMatch(/"tags"/);
  });
  it('says "principles" is not a list when the envelope is right', () => {
    expect(readLibraryFile({ kind: 'rewardanything-library', principles: 3 }).errors).toEqual([{ where: 'file', message: '"principles" is not a list.' }]);
  });
});
