import { DEFAULT_PREFS, type AnswerPref, type EngineKind, type Sampling, type ServerPref } from '../../core/index.ts';
import type { SliceCreator } from './sliceCreator.ts';

/** The server settings as stored (core/settings/prefs.ts), with the API key. */
export interface OpenAISettings extends ServerPref {
  /** Kept in memory; stored only when rememberKey is on. Never exported or shared. */
  apiKey: string;
}

/** Preferences (persisted with the others, see persist/prefsPersist.ts). */
export interface SettingsState {
  engineKind: EngineKind;
  sampling: Sampling;
  contextWindow: number;
  loadStallTimeoutSec: number;
  server: OpenAISettings;
  /** How answers are held to the protocol and read (grammar, log probabilities, reasoning budget). */
  answer: AnswerPref;
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
    setAnswer(a: Partial<AnswerPref>): void;
  };
}

export const DEFAULT_SETTINGS: SettingsState = {
  engineKind: DEFAULT_PREFS.engineKind,
  sampling: DEFAULT_PREFS.sampling,
  contextWindow: DEFAULT_PREFS.contextWindow,
  loadStallTimeoutSec: DEFAULT_PREFS.loadStallTimeoutSec,
  server: { ...DEFAULT_PREFS.server, apiKey: '' },
  answer: DEFAULT_PREFS.answer,
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
      setAnswer: (p) => set((s) => ({ settings: { ...s.settings, answer: { ...s.settings.answer, ...p } } })),
    },
  };
};
