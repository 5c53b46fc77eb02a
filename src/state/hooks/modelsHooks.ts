import { useMemo } from 'react';
import { catalogOf } from '../../engine/webllm/catalog.ts';
import { useAppStore } from '../appStore.ts';

export const useUserModels = () => useAppStore((s) => s.models.userModels);
export const useModelLoad = () => useAppStore((s) => s.models.load);
export const useModelLoadStatus = () => useAppStore((s) => s.models.load.status);
/** The model being loaded or loaded (whatever its status). */
export const useLoadModelId = () => useAppStore((s) => s.models.load.modelId);
/** The model ready to judge in the browser, else null. */
export const useReadyModelId = () => useAppStore((s) => (s.models.load.status === 'ready' ? s.models.load.modelId : null));
export const useLoadedContextWindow = () => useAppStore((s) => s.models.load.contextWindow);
export const useModelCache = () => useAppStore((s) => s.models.cache);
export const useStorageInfo = () => useAppStore((s) => s.models.storage);
export const useModelsActions = () => useAppStore((s) => s.modelsActions);

/** Every model the app offers (RewardAnything, Qwen3, the user's own). */
export function useCatalog() {
  const userModels = useUserModels();
  return useMemo(() => catalogOf(userModels), [userModels]);
}
