import { useAppStore } from '../appStore.ts';

export const useLiveJudgment = () => useAppStore((s) => s.playground.live);
export const usePlaygroundRunning = () => useAppStore((s) => s.playground.running);
export const usePlaygroundRetry = () => useAppStore((s) => s.playground.retrying);
export const useShownJudgment = () => useAppStore((s) => s.playground.shown);
export const usePlaygroundError = () => useAppStore((s) => s.playground.runError);
export const useHistory = () => useAppStore((s) => s.playground.history);
export const useHistoryLoaded = () => useAppStore((s) => s.playground.historyLoaded);
export const usePlaygroundActions = () => useAppStore((s) => s.playgroundActions);
