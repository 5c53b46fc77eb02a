import { useAppStore } from '../appStore.ts';

export const useCompareKind = () => useAppStore((s) => s.compare.kind);
export const useCompareResults = () => useAppStore((s) => s.compare.results);
export const useCompareNames = () => useAppStore((s) => s.compare.names);
export const useCompareRunning = () => useAppStore((s) => s.compare.running);
export const useCompareError = () => useAppStore((s) => s.compare.error);
export const useCompareActions = () => useAppStore((s) => s.compareActions);
