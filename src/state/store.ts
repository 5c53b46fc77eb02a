import { create } from 'zustand';
import { createGpuSlice, type GpuSlice } from './slices/gpu.ts';
import { createThemeSlice, type ThemeSlice } from './slices/theme.ts';

/** The one store of the app, built from slices (one file each). Components read it through selectors. */
export type AppState = GpuSlice & ThemeSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createGpuSlice(...a),
  ...createThemeSlice(...a),
}));
