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
