import type { StateCreator } from 'zustand';
import { DEFAULT_CONTEXT_WINDOW, DEFAULT_SAMPLING, type Sampling } from '../../engine/types.ts';
import { readCheckedPref, readPrefValue, removePref, writePref } from '../persist/prefs.ts';
import { readEngineKindPref, readIntPref, readNumberPref, readSamplingPref, readServerPref } from '../../core/index.ts';
import type { AppState } from '../store.ts';

export interface OpenAISettings {
  baseUrl: string;
  model: string;
  /** Kept in memory; in localStorage only when rememberKey is on. Never exported or shared. */
  apiKey: string;
  rememberKey: boolean;
  concurrency: number;
  /** The server's context length in tokens, for servers whose model list does not report one (vLLM's does). */
  contextLength: number;
}

export interface SettingsSlice {
  engineKind: 'webllm' | 'openai';
  sampling: Sampling;
  contextWindow: number;
  loadStallTimeoutSec: number;
  openai: OpenAISettings;
  setEngineKind(k: 'webllm' | 'openai'): void;
  setSampling(s: Partial<Sampling>): void;
  resetSampling(): void;
  setContextWindow(n: number): void;
  setLoadStallTimeoutSec(n: number): void;
  setOpenAI(s: Partial<OpenAISettings>): void;
}

const DEFAULT_OPENAI: OpenAISettings = {
  baseUrl: 'http://localhost:8000/v1',
  model: '',
  apiKey: '',
  rememberKey: false,
  concurrency: 4,
  contextLength: DEFAULT_CONTEXT_WINDOW,
};

function loadOpenAI(): OpenAISettings {
  const saved = readCheckedPref('openai', readServerPref);
  const key = saved.rememberKey ? readPrefValue<unknown>('openai-key', '') : '';
  return { ...DEFAULT_OPENAI, ...saved, apiKey: typeof key === 'string' ? key : '' };
}

function saveOpenAI(s: OpenAISettings): void {
  const { apiKey, ...rest } = s;
  writePref('openai', rest);
  if (s.rememberKey && apiKey) writePref('openai-key', apiKey);
  else removePref('openai-key');
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => ({
  // Each stored value is read through its schema (core/settings): a broken one gets its default.
  engineKind: readCheckedPref('engine-kind', readEngineKindPref),
  sampling: readCheckedPref('sampling', readSamplingPref),
  contextWindow: readCheckedPref('context-window', (raw) => readIntPref(raw, 512, 131072, DEFAULT_CONTEXT_WINDOW)),
  loadStallTimeoutSec: readCheckedPref('load-stall-timeout', (raw) => readNumberPref(raw, 5, 3600, 120)),
  openai: loadOpenAI(),
  setEngineKind(engineKind) {
    writePref('engine-kind', engineKind);
    set({ engineKind });
  },
  setSampling(s) {
    const sampling = { ...get().sampling, ...s };
    writePref('sampling', sampling);
    set({ sampling });
  },
  resetSampling() {
    writePref('sampling', DEFAULT_SAMPLING);
    set({ sampling: { ...DEFAULT_SAMPLING } });
  },
  setContextWindow(contextWindow) {
    writePref('context-window', contextWindow);
    set({ contextWindow });
  },
  setLoadStallTimeoutSec(n) {
    writePref('load-stall-timeout', n);
    set({ loadStallTimeoutSec: n });
  },
  setOpenAI(s) {
    const openai = { ...get().openai, ...s };
    saveOpenAI(openai);
    set({ openai });
  },
});
