import { useAppStore } from '../appStore.ts';

// The app's frame: the GPU probe, the theme, notices, failed saves.
export const useGpuProbe = () => useAppStore((s) => s.gpu.probe);
export const useGpuActions = () => useAppStore((s) => s.gpuActions);
export const useThemeChoice = () => useAppStore((s) => s.theme.choice);
export const useThemeActions = () => useAppStore((s) => s.themeActions);
export const useToasts = () => useAppStore((s) => s.toasts.shown);
export const useToastsActions = () => useAppStore((s) => s.toastsActions);
export const useSaveProblems = () => useAppStore((s) => s.saveStatus.problems);
