import { describe, expect, it } from 'vitest';
import { describeLibraryMerge, mergeLibrary } from './mergeLibrary.ts';
import type { SavedPrinciple } from '../records/judgmentRecord.ts';

const v = (text: string, savedAt: number) => ({ text, savedAt });
const principle = (over: Partial<SavedPrinciple> & { versions: SavedPrinciple['versions'] }): SavedPrinciple => ({
  id: 'mine',
  name: 'Mine',
  tags: [],
  text: over.versions[over.versions.length - 1]!.text,
  createdAt: 1,
  updatedAt: over.versions[over.versions.length - 1]!.savedAt,
  ...over,
});

describe('merging an imported library', () => {
  it('keeps the newer versions when an older export of the same principle is imported', () => {
    const now = principle({ versions: [v('one', 1), v('two', 2), v('three', 3)] });
    const old = principle({ versions: [v('one', 1)] });
    const r = mergeLibrary([now], [old]);
    expect(r.writes).toEqual([]);
    expect(r.report).toEqual({ added: [], updated: [], unchanged: ['Mine'], conflicts: [] });
  });

  it('adds the versions the library lacks, once, ordered by save time, and takes the latest as the text', () => {
    const mine = principle({ versions: [v('one', 1)], tags: ['a'] });
    const file = principle({ versions: [v('one', 1), v('two', 5), v('two', 5)], tags: ['b'] });
    const r = mergeLibrary([mine], [file]);
    expect(r.writes).toHaveLength(1);
    expect(r.writes[0]!.versions).toEqual([v('one', 1), v('two', 5)]);
    expect(r.writes[0]!.text).toBe('two');
    expect(r.writes[0]!.tags).toEqual(['a', 'b']);
    expect(r.report.updated).toEqual([{ name: 'Mine', versionsAdded: 1 }]);
  });

  it('keeps both sides of diverged histories and reports a conflict', () => {
    const mine = principle({ versions: [v('one', 1), v('mine', 4)] });
    const file = principle({ versions: [v('one', 1), v('theirs', 3)] });
    const r = mergeLibrary([mine], [file]);
    expect(r.writes[0]!.versions.map((x) => x.text)).toEqual(['one', 'theirs', 'mine']);
    expect(r.writes[0]!.text).toBe('mine');
    expect(r.report.conflicts).toHaveLength(1);
    expect(r.report.conflicts[0]!.name).toBe('Mine');
  });

  it('never overwrites a principle of the same name with another history: the file’s is added under a new name', () => {
    const mine = principle({ versions: [v('mine', 1)] });
    const other = principle({ id: 'other', versions: [v('theirs', 2)] });
    const r = mergeLibrary([mine, principle({ id: 'x', name: 'Mine (imported)', versions: [v('z', 1)] })], [other]);
    expect(r.writes).toEqual([{ ...other, name: 'Mine (imported 2)' }]);
    expect(r.report.conflicts[0]!.resolution).toMatch(/Mine \(imported 2\)/);
  });

  it('treats a same-named principle whose versions are all present as already there', () => {
    const mine = principle({ versions: [v('one', 1), v('two', 2)] });
    const r = mergeLibrary([mine], [principle({ id: 'elsewhere', versions: [v('one', 1)] })]);
    expect(r.writes).toEqual([]);
    expect(r.report.unchanged).toEqual(['Mine']);
  });

  it('adds new principles and describes everything for the user', () => {
    const mine = principle({ versions: [v('one', 1)] });
    const r = mergeLibrary([mine], [principle({ id: 'n', name: 'New', versions: [v('n', 1)] }), mine]);
    expect(r.report.added).toEqual(['New']);
    expect(describeLibraryMerge(r.report)).toEqual(['1 added: “New”', '1 already here, unchanged: “Mine”']);
  });
});
