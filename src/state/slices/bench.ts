import type { StateCreator } from 'zustand';
import type { AppState } from '../store.ts';

// Placeholder: the benchmark slice (datasets, runs, runner) is being written.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BenchSlice {}

export const createBenchSlice: StateCreator<AppState, [], [], BenchSlice> = () => ({});
