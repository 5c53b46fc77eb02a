import type { StateCreator } from 'zustand';
import type { AppState } from '../store.ts';

/** A slice of the one store: `x` holds its state and `xActions` what it can do; the store persists preferences. */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;
