import type { SliceCreator } from './sliceCreator.ts';

/** A short notice at the foot of the page, usually offering to undo what just happened. */
export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run(): void };
  /** Goes by itself after this long (the clock waits while the pointer or the focus is on it); else stays until dismissed. */
  timeoutMs?: number;
}

export interface ToastsSlice {
  toasts: { shown: Toast[] };
  toastsActions: {
    /** Shows a notice; the oldest goes once more than `MAX_TOASTS` are shown. Returns its id. */
    showToast(t: Omit<Toast, 'id'>): number;
    /** A notice with an "Undo" button for `UNDO_MS`, after a destructive action. */
    offerUndo(message: string, undo: () => void): number;
    dismissToast(id: number): void;
    /** Runs the notice's action once, then dismisses it. */
    runToastAction(id: number): void;
  };
}

export const MAX_TOASTS = 3;
/** How long an undo stays offered. */
export const UNDO_MS = 10_000;
let nextId = 1;

export const createToastsSlice: SliceCreator<ToastsSlice> = (set, get) => {
  const actions: ToastsSlice['toastsActions'] = {
    showToast(t) {
      const id = nextId++;
      set((s) => ({ toasts: { shown: [...s.toasts.shown, { ...t, id }].slice(-MAX_TOASTS) } }));
      return id;
    },
    offerUndo(message, undo) {
      return actions.showToast({ message, action: { label: 'Undo', run: undo }, timeoutMs: UNDO_MS });
    },
    dismissToast(id) {
      set((s) => ({ toasts: { shown: s.toasts.shown.filter((t) => t.id !== id) } }));
    },
    runToastAction(id) {
      const t = get().toasts.shown.find((x) => x.id === id);
      actions.dismissToast(id);
      t?.action?.run();
    },
  };
  return { toasts: { shown: [] }, toastsActions: actions };
};
