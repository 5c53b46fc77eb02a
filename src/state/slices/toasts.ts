import type { StateCreator } from 'zustand';
import type { AppState } from '../store.ts';

/** A short notice at the foot of the page, usually offering to undo what just happened. Stays until dismissed. */
export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run(): void };
}

export interface ToastSlice {
  toasts: Toast[];
  /** Shows a notice; the oldest goes once more than `MAX_TOASTS` are shown. Returns its id. */
  showToast(t: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
  /** Runs the notice's action once, then dismisses it. */
  runToastAction(id: number): void;
}

export const MAX_TOASTS = 3;
let nextId = 1;

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set, get) => ({
  toasts: [],
  showToast(t) {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { ...t, id }].slice(-MAX_TOASTS) }));
    return id;
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
