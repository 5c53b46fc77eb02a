import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store.ts';

describe('failed saves', () => {
  it('are shown per store until a later write of that store succeeds', () => {
    const { getState } = createAppStore();
    getState().saveStatusActions.reportSave('library', new DOMException('quota', 'QuotaExceededError'));
    getState().saveStatusActions.reportSave('history', new Error('blocked'));
    expect(Object.keys(getState().saveStatus.problems).sort()).toEqual(['history', 'library']);
    expect(getState().saveStatus.problems.library?.message).toMatch(/storage for this site is full/);
    getState().saveStatusActions.reportSave('library', null);
    expect(Object.keys(getState().saveStatus.problems)).toEqual(['history']);
  });
});
