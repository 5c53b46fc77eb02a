import { describe, expect, it, vi } from 'vitest';
import { MAX_TOASTS, UNDO_MS } from './toasts.ts';
import { createAppStore } from '../store.ts';

const toastStore = createAppStore;

describe('offerUndo', () => {
  it('shows a timed notice whose Undo runs once and goes', () => {
    const store = toastStore();
    const undo = vi.fn();
    const id = store.getState().toastsActions.offerUndo('Cleared 3 candidates.', undo);
    expect(store.getState().toasts.shown).toEqual([{ id, message: 'Cleared 3 candidates.', action: { label: 'Undo', run: undo }, timeoutMs: UNDO_MS }]);
    store.getState().toastsActions.runToastAction(id);
    store.getState().toastsActions.runToastAction(id);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(store.getState().toasts.shown).toEqual([]);
  });

  it('stays long enough to read and reach with the keyboard', () => {
    expect(UNDO_MS).toBeGreaterThanOrEqual(5000);
  });

  it('keeps the newest notices when many come at once', () => {
    const store = toastStore();
    for (let i = 1; i <= MAX_TOASTS + 2; i++) store.getState().toastsActions.offerUndo(`Deleted ${i}.`, () => {});
    expect(store.getState().toasts.shown.map((t) => t.message)).toEqual(Array.from({ length: MAX_TOASTS }, (_, i) => `Deleted ${i + 3}.`));
  });
});
