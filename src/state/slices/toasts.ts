import type { StateCreator } from 'zustand';
import type { AppState } from '../store.ts';

/** A short notice at the foot of the page, usually offering to undo what just happened. */
export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run(): void };
  /** Goes by itself after this long (the clock waits while the pointer or the focus is on it); else stays until dismissed. */
  timeoutMs?: number;
}

export interface ToastSlice {
  toasts: Toast[];
  /** Shows a notice; the oldest goes once more than `MAX_TOASTS` are shown. Returns its id. */
  showToast(t: Omit<Toast, 'id'>): number;
  /** A notice with an "Undo" button for `UNDO_MS`, after a destructive action. */
  offerUndo(message: string, undo: () => void): number;
  dismissToast(id: number): void;
  /** Runs the notice's action once, then dismisses it. */
  runToastAction(id: number): void;
}

export const MAX_TOASTS = 3;
/** How long an undo stays offered. */
export const UNDO_MS = 10_000;
let nextId = 1;

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set, get) => ({
  toasts: [],
  showToast(t) {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { ...t, id }].slice(-MAX_TOASTS) }));
    return id;
  },
  offerUndo(message, undo) {
    return get().showToast({ message, action: { label: 'Undo', run: undo }, timeoutMs: UNDO_MS });
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
  runToastAction(id) {
    const t = get().toasts.find((x) => x.id === id);
    get().dismissToast(id);
    t?.action?.run();
  },
});
