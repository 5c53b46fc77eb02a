import type { StateCreator } from 'zustand';
import { PREBUILT_QWEN3, customModel, rewardAnythingModel, toModelRecord, type CatalogModel, type CustomModelInput, type Quant } from '../../engine/webllm/catalog.ts';
import type { ModelCacheStatus } from '../../engine/webllm/workerProtocol.ts';
import type { StorageInfo } from '../../engine/webllm/fit.ts';
import type { LoadProgress } from '../../engine/types.ts';
import { EngineError, isEngineError } from '../../engine/errors.ts';
import { readCheckedPref, writePref } from '../persist/prefs.ts';
import { readUserModelsPref } from '../../core/index.ts';
import { webllm } from '../engineHost.ts';
import type { AppState } from '../store.ts';

export interface UserModels {
  rewardAnything: { weightsUrl: string; quant: Quant } | null;
  custom: CustomModelInput[];
}

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

export interface SerializedError {
  kind: string;
  message: string;
  advice: string;
  raw?: string;
}

export interface ModelsSlice {
  userModels: UserModels;
  load: LoadState;
  cache: Record<string, ModelCacheStatus>;
  storage: StorageInfo | null;
  catalog(): CatalogModel[];
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
}

export const serializeError = (e: unknown): SerializedError =>
  isEngineError(e)
    ? { kind: e.kind, message: e.message, advice: e.advice, raw: e.details.raw }
    : { kind: 'unknown', message: e instanceof Error ? e.message : String(e), advice: 'Try again.' };

const IDLE: LoadState = { status: 'idle', modelId: null, progress: null, startedAt: null, bytesPerSec: null, error: null, contextWindow: null };
let loadAbort: AbortController | null = null;

export const createModelsSlice: StateCreator<AppState, [], [], ModelsSlice> = (set, get) => {
  const syncRecords = () => {
    const cw = get().contextWindow;
    webllm().setRecords(get().catalog().filter((m) => m.weightsUrl).map((m) => toModelRecord(m, cw)));
  };
  return {
    userModels: readCheckedPref('user-models', readUserModelsPref),
    load: IDLE,
    cache: {},
    storage: null,
    catalog() {
      const u = get().userModels;
      const ra = rewardAnythingModel(u.rewardAnything?.weightsUrl ?? '', u.rewardAnything?.quant ?? 'q4f32_1');
      return [ra, ...PREBUILT_QWEN3, ...u.custom.map(customModel)];
    },
    setRewardAnything(rewardAnything) {
      const userModels = { ...get().userModels, rewardAnything };
      writePref('user-models', userModels);
      set({ userModels });
    },
    addCustomModel(m) {
      const userModels = { ...get().userModels, custom: [...get().userModels.custom.filter((c) => c.id !== m.id), m] };
      writePref('user-models', userModels);
      set({ userModels });
    },
    removeCustomModel(id) {
      const userModels = { ...get().userModels, custom: get().userModels.custom.filter((c) => c.id !== id) };
      writePref('user-models', userModels);
      set({ userModels });
    },
    async loadModel(id) {
      loadAbort?.abort();
      const abort = new AbortController();
      loadAbort = abort;
      const contextWindow = get().contextWindow;
      const model = get().catalog().find((m) => m.id === id);
      set({ load: { ...IDLE, status: 'loading', modelId: id, startedAt: Date.now(), contextWindow } });
      // Before a download, ask the browser to keep what we store (it may decide silently; the page shows the answer).
      if (!get().cache[id]?.complete && !get().storage?.persisted) void get().requestPersistence().catch(() => false);
      syncRecords();
      webllm().setLoadStallTimeout(get().loadStallTimeoutSec * 1000);
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
              if (loadAbort === abort) set((s) => ({ load: { ...s.load, progress, bytesPerSec } }));
            },
          },
        );
        if (loadAbort === abort) set((s) => ({ load: { ...s.load, status: 'ready', error: null } }));
      } catch (e) {
        if (loadAbort !== abort) return;
        const err = serializeError(e);
        set((s) => ({ load: err.kind === 'aborted' ? { ...IDLE } : { ...s.load, status: 'error', error: err } }));
      } finally {
        if (loadAbort === abort) loadAbort = null;
        void get().refreshCache();
        void get().refreshStorage();
      }
    },
    cancelLoad() {
      loadAbort?.abort();
    },
    async unloadModel() {
      await webllm().unload();
      set({ load: IDLE });
    },
    async refreshCache() {
      syncRecords();
      try {
        const list = await webllm().cacheStatus();
        set({ cache: Object.fromEntries(list.map((m) => [m.modelId, m])) });
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
      }
    },
    async deleteModel(id) {
      syncRecords();
      if (get().load.modelId === id) set({ load: IDLE });
      await webllm().deleteFromCache(id);
      await get().refreshCache();
      await get().refreshStorage();
    },
    async refreshStorage() {
      const est = await navigator.storage?.estimate?.();
      const persisted = (await navigator.storage?.persisted?.()) ?? false;
      if (est) set({ storage: { usage: est.usage ?? 0, quota: est.quota ?? 0, persisted } });
    },
    async requestPersistence() {
      const ok = (await navigator.storage?.persist?.()) ?? false;
      await get().refreshStorage();
      return ok;
    },
  };
};
