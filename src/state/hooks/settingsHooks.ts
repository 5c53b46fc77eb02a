import { serverKind } from '../../core/index.ts';
import { useAppStore } from '../appStore.ts';

export const useEngineKind = () => useAppStore((s) => s.settings.engineKind);
export const useSampling = () => useAppStore((s) => s.settings.sampling);
export const useMaxTokens = () => useAppStore((s) => s.settings.sampling.max_tokens);
/** The context window the browser engine loads models with (the Models page's setting). */
export const useContextWindow = () => useAppStore((s) => s.settings.contextWindow);
export const useLoadStallTimeoutSec = () => useAppStore((s) => s.settings.loadStallTimeoutSec);
export const useServerSettings = () => useAppStore((s) => s.settings.server);
export const useServerModel = () => useAppStore((s) => s.settings.server.model);
export const useServerConcurrency = () => useAppStore((s) => s.settings.server.concurrency);
/** How answers are held to the protocol and read: the browser's grammar and log probabilities, the reasoning budget. */
export const useAnswerSettings = () => useAppStore((s) => s.settings.answer);
export const useSettingsActions = () => useAppStore((s) => s.settingsActions);

/** The server's URL while the server engine is chosen, else undefined. */
export const useActiveServerUrl = () => useAppStore((s) => (s.settings.engineKind === 'openai' ? s.settings.server.baseUrl : undefined));
/** What kind of server judges (never its URL), or null with the browser engine. */
export const useActiveServerKind = () => useAppStore((s) => (s.settings.engineKind === 'openai' ? serverKind(s.settings.server.baseUrl) : null));
/** The model a judgment would be recorded with now: the server's, the loaded one, or RewardAnything by default. */
export const useActiveModelId = () =>
  useAppStore((s) => (s.settings.engineKind === 'openai' ? s.settings.server.model : (s.models.load.modelId ?? 'RewardAnything-8B-v1')));
/** Whether the chosen engine can judge now: a server model picked, or a browser model loaded. */
export const useEngineReady = () => useAppStore((s) => (s.settings.engineKind === 'openai' ? Boolean(s.settings.server.model) : s.models.load.status === 'ready'));
