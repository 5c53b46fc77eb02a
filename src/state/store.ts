import { create } from 'zustand';
import { createGpuSlice, type GpuSlice } from './slices/gpu.ts';
import { createThemeSlice, type ThemeSlice } from './slices/theme.ts';
import { createSettingsSlice, type SettingsSlice } from './slices/settings.ts';
import { createModelsSlice, type ModelsSlice } from './slices/models.ts';
import { createWorkspaceSlice, type WorkspaceSlice } from './slices/workspace.ts';
import { createJudgmentSlice, type JudgmentSlice } from './slices/judgment.ts';
import { createLibrarySlice, type LibrarySlice } from './slices/library.ts';
import { createBenchSlice, type BenchSlice } from './slices/bench.ts';
import { createCompareSlice, type CompareSlice } from './slices/compare.ts';
import { createDeviceSpeedSlice, type DeviceSpeedSlice } from './slices/deviceSpeed.ts';
import { createSaveStatusSlice, type SaveStatusSlice } from './slices/saveStatus.ts';
import { createToastSlice, type ToastSlice } from './slices/toasts.ts';
import { createEngineLeaseSlice, type EngineLeaseSlice } from './slices/engineLease.ts';
import { webllm } from './engineHost.ts';
import { takePrefResets } from './persist/prefs.ts';

/** The one store of the app, built from slices (one file each). Components read it through selectors. */
export type AppState = GpuSlice & ThemeSlice & SettingsSlice & ModelsSlice & WorkspaceSlice & JudgmentSlice & LibrarySlice & BenchSlice & CompareSlice & DeviceSpeedSlice & SaveStatusSlice & ToastSlice & EngineLeaseSlice;

/** A store built from the production slice creators: the app's one, or a fresh one for a test. */
export const createAppStore = () =>
  create<AppState>()((...a) => ({
  ...createGpuSlice(...a),
  ...createThemeSlice(...a),
  ...createSettingsSlice(...a),
  ...createModelsSlice(...a),
  ...createWorkspaceSlice(...a),
  ...createJudgmentSlice(...a),
  ...createLibrarySlice(...a),
  ...createBenchSlice(...a),
  ...createCompareSlice(...a),
  ...createDeviceSpeedSlice(...a),
  ...createSaveStatusSlice(...a),
  ...createToastSlice(...a),
  ...createEngineLeaseSlice(...a),
  }));

export const useAppStore = createAppStore();

// Stored settings that were broken were reset while the store was made: say which, once.
const resets = takePrefResets();
if (resets.length > 0) {
  useAppStore.getState().showToast({ message: `Some saved settings were not valid and were reset to their defaults: ${resets.join(', ')}.` });
}

// A worker that dies on its own takes the loaded model with it: say so where the model state is shown.
webllm().onCrash = (e) =>
  useAppStore.setState((s) => ({
    load: { ...s.load, status: 'error', error: { kind: e.kind, message: e.message, advice: e.advice, raw: e.details.raw } },
  }));
