import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createGpuSlice, type GpuSlice } from './slices/gpu.ts';
import { createThemeSlice, type ThemeSlice } from './slices/theme.ts';
import { createSettingsSlice, type SettingsSlice } from './slices/settings.ts';
import { createModelsSlice, type ModelsSlice } from './slices/models.ts';
import { createWorkspaceSlice, type WorkspaceSlice } from './slices/workspace.ts';
import { createPlaygroundSlice, type PlaygroundSlice } from './slices/playground.ts';
import { createLibrarySlice, type LibrarySlice } from './slices/library.ts';
import { createBenchSlice, type BenchSlice } from './slices/bench.ts';
import { createCompareSlice, type CompareSlice } from './slices/compare.ts';
import { createDeviceSpeedSlice, type DeviceSpeedSlice } from './slices/deviceSpeed.ts';
import { createSaveStatusSlice, type SaveStatusSlice } from './slices/saveStatus.ts';
import { createToastsSlice, type ToastsSlice } from './slices/toasts.ts';
import { createEngineLeaseSlice, type EngineLeaseSlice } from './slices/engineLease.ts';
import { createSuitesSlice, type SuitesSlice } from './slices/suites.ts';
import { createDecksSlice, type DecksSlice } from './slices/decks.ts';
import { createPresentSlice, type PresentSlice } from './slices/present.ts';
import { prefsPersist } from './persist/prefsPersist.ts';

/**
 * The one store of the app: one namespace per slice (`playground` holds its state, `playgroundActions` what it can
 * do). Components read it through the named hooks of `hooks/`.
 */
export type AppState = GpuSlice & ThemeSlice & SettingsSlice & ModelsSlice & WorkspaceSlice & PlaygroundSlice & LibrarySlice & BenchSlice & CompareSlice & DeviceSpeedSlice & SaveStatusSlice & ToastsSlice & EngineLeaseSlice & SuitesSlice & DecksSlice & PresentSlice;

/** A store built from the production slice creators: the app's one, or a fresh one for a test. */
export const createAppStore = () =>
  create<AppState>()(
    persist(
      (...a) => ({
        ...createGpuSlice(...a),
        ...createThemeSlice(...a),
        ...createSettingsSlice(...a),
        ...createModelsSlice(...a),
        ...createWorkspaceSlice(...a),
        ...createPlaygroundSlice(...a),
        ...createLibrarySlice(...a),
        ...createBenchSlice(...a),
        ...createCompareSlice(...a),
        ...createDeviceSpeedSlice(...a),
        ...createSaveStatusSlice(...a),
        ...createToastsSlice(...a),
        ...createEngineLeaseSlice(...a),
        ...createSuitesSlice(...a),
        ...createDecksSlice(...a),
        ...createPresentSlice(...a),
      }),
      prefsPersist(),
    ),
  );
