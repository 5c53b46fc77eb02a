import { DEFAULT_PREFS, type EngineKind, type Sampling } from '../../core/index.ts';
import type { SliceCreator } from './sliceCreator.ts';

export interface OpenAISettings {
  baseUrl: string;
  model: string;
  /** Kept in memory; stored only when rememberKey is on. Never exported or shared. */
  apiKey: string;
  rememberKey: boolean;
  concurrency: number;
  /** The server's context length in tokens, for servers whose model list does not report one (vLLM's does). */
  contextLength: number;
}

/** Preferences (persisted with the others, see persist/prefsPersist.ts). */
export interface SettingsState {
  engineKind: EngineKind;
  sampling: Sampling;
  contextWindow: number;
  loadStallTimeoutSec: number;
  server: OpenAISettings;
}

export interface SettingsSlice {
  settings: SettingsState;
  settingsActions: {
    setEngineKind(k: EngineKind): void;
    setSampling(s: Partial<Sampling>): void;
    resetSampling(): void;
    setContextWindow(n: number): void;
    setLoadStallTimeoutSec(n: number): void;
    setServer(s: Partial<OpenAISettings>): void;
  };
}

export const DEFAULT_SETTINGS: SettingsState = {
  engineKind: DEFAULT_PREFS.engineKind,
  sampling: DEFAULT_PREFS.sampling,
  contextWindow: DEFAULT_PREFS.contextWindow,
  loadStallTimeoutSec: DEFAULT_PREFS.loadStallTimeoutSec,
  server: { ...DEFAULT_PREFS.server, apiKey: '' },
};

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set) => {
  const patch = (p: Partial<SettingsState>) => set((s) => ({ settings: { ...s.settings, ...p } }));
  return {
    settings: DEFAULT_SETTINGS,
    settingsActions: {
      setEngineKind: (engineKind) => patch({ engineKind }),
      setSampling: (p) => set((s) => ({ settings: { ...s.settings, sampling: { ...s.settings.sampling, ...p } } })),
      resetSampling: () => patch({ sampling: { ...DEFAULT_PREFS.sampling } }),
      setContextWindow: (contextWindow) => patch({ contextWindow }),
      setLoadStallTimeoutSec: (loadStallTimeoutSec) => patch({ loadStallTimeoutSec }),
      setServer: (p) => set((s) => ({ settings: { ...s.settings, server: { ...s.settings.server, ...p } } })),
    },
  };
};
