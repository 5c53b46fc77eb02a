import type { StateCreator } from 'zustand';
import { DEFAULT_CONTEXT_WINDOW, DEFAULT_SAMPLING, type Sampling } from '../../engine/types.ts';
import { readPrefValue, removePref, writePref } from '../persist/prefs.ts';
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
  const saved = readServerPref(readPrefValue<unknown>('openai', null));
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
  engineKind: readEngineKindPref(readPrefValue<unknown>('engine-kind', null)),
  sampling: readSamplingPref(readPrefValue<unknown>('sampling', null)),
  contextWindow: readIntPref(readPrefValue<unknown>('context-window', null), 512, 131072, DEFAULT_CONTEXT_WINDOW),
  loadStallTimeoutSec: readNumberPref(readPrefValue<unknown>('load-stall-timeout', null), 5, 3600, 120),
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
