// What the app, its features and components may use of the state layer: the store, its named hooks and the few
// helpers beside it. Everything else under state/ is its own business (eslint keeps it so).
export { useAppStore } from './appStore.ts';
export type { AppState } from './store.ts';
export * from './hooks/index.ts';
export { serializeError, type SerializedError } from '../engine/errors.ts';
export type { CompareJob, CompareKind, CompareResult } from './slices/compare.ts';
export type { ModelChoice } from './judge/activeEngine.ts';
export type { PlaygroundRetry } from './slices/playground.ts';
export { STORE_LABEL, type StoreName } from './slices/saveStatus.ts';
export { followSystemTheme, type ThemeChoice } from './slices/theme.ts';
export type { Toast } from './slices/toasts.ts';
export type { SuiteImportReport } from './slices/suites.ts';
export type { DeckImportReport, DeckTarget } from './slices/decks.ts';
export { shownCase, type PresentSlot, type PresentState } from './slices/present.ts';
export type { Candidate } from './slices/workspace.ts';
export { runDeviceBenchmark, type DeviceBenchReport } from './judge/deviceBenchmark.ts';
export { forgetServerEngine } from './engineHost.ts';
export { forgetServerContexts, reportedServerContext } from './serverContext.ts';
export { requestMetricsWithIntervals } from './bench/metricsClient.ts';
export { requestSuiteReport } from './suites/reportClient.ts';
export { HTTP1_CONNECTIONS_PER_HOST } from './bench/protocol.ts';
export { LIVE_SHOWN, type LiveProgress } from './bench/viewBatch.ts';
