import { catalogOf, toModelRecord, type CustomModelInput, type UserModels } from '../../engine/webllm/catalog.ts';
import type { ModelCacheStatus } from '../../engine/webllm/workerProtocol.ts';
import type { StorageInfo } from '../../engine/webllm/fit.ts';
import type { LoadProgress } from '../../engine/types.ts';
import { EngineError, serializeError, type SerializedError } from '../../engine/errors.ts';
import { webllm } from '../engineHost.ts';
import type { SliceCreator } from './sliceCreator.ts';

export type { SerializedError, UserModels };

export interface LoadState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  modelId: string | null;
  progress: LoadProgress | null;
  startedAt: number | null;
  /** Download speed (bytes/s), from the last progress reports. */
  bytesPerSec: number | null;
  error: SerializedError | null;
  contextWindow: number | null;
}

export interface ModelsState {
  /** Kept as a preference. */
  userModels: UserModels;
  load: LoadState;
  cache: Record<string, ModelCacheStatus>;
  storage: StorageInfo | null;
}

export interface ModelsSlice {
  models: ModelsState;
  modelsActions: {
    setRewardAnything(v: UserModels['rewardAnything']): void;
    addCustomModel(m: CustomModelInput): void;
    removeCustomModel(id: string): void;
    loadModel(id: string): Promise<void>;
    cancelLoad(): void;
    unloadModel(): Promise<void>;
    refreshCache(): Promise<void>;
    deleteModel(id: string): Promise<void>;
    refreshStorage(): Promise<void>;
    requestPersistence(): Promise<boolean>;
  };
}

const IDLE: LoadState = { status: 'idle', modelId: null, progress: null, startedAt: null, bytesPerSec: null, error: null, contextWindow: null };
let loadAbort: AbortController | null = null;

export const createModelsSlice: SliceCreator<ModelsSlice> = (set, get) => {
  const patch = (p: Partial<ModelsState>) => set((s) => ({ models: { ...s.models, ...p } }));
  const setLoad = (p: Partial<LoadState>) => set((s) => ({ models: { ...s.models, load: { ...s.models.load, ...p } } }));
  const userModels = () => get().models.userModels;
  const catalog = () => catalogOf(userModels());
  const syncRecords = () => {
    const cw = get().settings.contextWindow;
    webllm().setRecords(catalog().filter((m) => m.weightsUrl).map((m) => toModelRecord(m, cw)));
  };
  const actions: ModelsSlice['modelsActions'] = {
    setRewardAnything: (rewardAnything) => patch({ userModels: { ...userModels(), rewardAnything } }),
    addCustomModel: (m) => patch({ userModels: { ...userModels(), custom: [...userModels().custom.filter((c) => c.id !== m.id), m] } }),
    removeCustomModel: (id) => patch({ userModels: { ...userModels(), custom: userModels().custom.filter((c) => c.id !== id) } }),
    async loadModel(id) {
      loadAbort?.abort();
      const abort = new AbortController();
      loadAbort = abort;
      const contextWindow = get().settings.contextWindow;
      const model = catalog().find((m) => m.id === id);
      patch({ load: { ...IDLE, status: 'loading', modelId: id, startedAt: Date.now(), contextWindow } });
      // Before a download, ask the browser to keep what we store (it may decide silently; the page shows the answer).
      if (!get().models.cache[id]?.complete && !get().models.storage?.persisted) void actions.requestPersistence().catch(() => false);
      syncRecords();
      webllm().setLoadStallTimeout(get().settings.loadStallTimeoutSec * 1000);
      const samples: Array<[number, number]> = [];
      try {
        await webllm().load(
          { id, contextWindow },
          {
            signal: abort.signal,
            onProgress(p) {
              if (p.phase === 'fetch' && p.bytesDone !== undefined) {
                samples.push([performance.now(), p.bytesDone]);
                while (samples.length > 8) samples.shift();
              }
              const first = samples[0];
              const lastS = samples[samples.length - 1];
              const bytesPerSec = first && lastS && lastS[0] > first[0] ? ((lastS[1] - first[1]) * 1000) / (lastS[0] - first[0]) : null;
              const progress = p.phase === 'fetch' && !p.bytesTotal && model?.downloadMB ? { ...p, bytesTotal: model.downloadMB * 1024 * 1024 } : p;
              if (loadAbort === abort) setLoad({ progress, bytesPerSec });
            },
          },
        );
        if (loadAbort === abort) setLoad({ status: 'ready', error: null });
      } catch (e) {
        if (loadAbort !== abort) return;
        const err = serializeError(e);
        if (err.kind === 'aborted') patch({ load: { ...IDLE } });
        else setLoad({ status: 'error', error: err });
      } finally {
        if (loadAbort === abort) loadAbort = null;
        void actions.refreshCache();
        void actions.refreshStorage();
      }
    },
    cancelLoad() {
      loadAbort?.abort();
    },
    async unloadModel() {
      await webllm().unload();
      patch({ load: IDLE });
    },
    async refreshCache() {
      syncRecords();
      try {
        const list = await webllm().cacheStatus();
        patch({ cache: Object.fromEntries(list.map((m) => [m.modelId, m])) });
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
      }
    },
    async deleteModel(id) {
      syncRecords();
      if (get().models.load.modelId === id) patch({ load: IDLE });
      await webllm().deleteFromCache(id);
      await actions.refreshCache();
      await actions.refreshStorage();
    },
    async refreshStorage() {
      const est = await navigator.storage?.estimate?.();
      const persisted = (await navigator.storage?.persisted?.()) ?? false;
      if (est) patch({ storage: { usage: est.usage ?? 0, quota: est.quota ?? 0, persisted } });
    },
    async requestPersistence() {
      const ok = (await navigator.storage?.persist?.()) ?? false;
      await actions.refreshStorage();
      return ok;
    },
  };
  return {
    models: { userModels: { rewardAnything: null, custom: [] }, load: IDLE, cache: {}, storage: null },
    modelsActions: actions,
  };
};
