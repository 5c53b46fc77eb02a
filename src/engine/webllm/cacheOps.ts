import { hasModelInCache, deleteModelAllInfoInCache, type AppConfig, type ModelRecord } from '@mlc-ai/web-llm';
import type { CacheRequest, CacheResponse, ModelCacheStatus } from './workerProtocol.ts';
import type { WebLLMModelRecord } from './catalog.ts';
import { resolveModelBase } from './modelUrls.ts';

// Runs inside the engine worker: WebLLM's cache functions plus a shard count for partial downloads.

const appConfigOf = (records: WebLLMModelRecord[]): AppConfig => ({
  model_list: records as unknown as ModelRecord[],
  cacheBackend: 'cache',
});


interface TensorManifest {
  records: Array<{ dataPath: string; nbytes: number }>;
}

async function statusOf(record: WebLLMModelRecord, appConfig: AppConfig): Promise<ModelCacheStatus> {
  const base = resolveModelBase(record.model);
  const [modelCache, configCache, wasmCache] = await Promise.all([caches.open('webllm/model'), caches.open('webllm/config'), caches.open('webllm/wasm')]);
  const configCached = (await configCache.match(new URL('mlc-chat-config.json', base).href)) !== undefined;
  const libraryCached = (await wasmCache.match(record.model_lib)) !== undefined;
  const manifestResp = await modelCache.match(new URL('tensor-cache.json', base).href);
  let shardsCached = 0;
  let shardsTotal: number | null = null;
  let bytesCached = 0;
  let bytesTotal: number | null = null;
  if (manifestResp) {
    try {
      const manifest = (await manifestResp.json()) as TensorManifest;
      const keys = new Set((await modelCache.keys()).map((r) => r.url));
      shardsTotal = manifest.records.length;
      bytesTotal = 0;
      for (const r of manifest.records) {
        bytesTotal += r.nbytes;
        if (keys.has(new URL(r.dataPath, base).href)) {
          shardsCached += 1;
          bytesCached += r.nbytes;
        }
      }
    } catch {
      shardsTotal = null;
    }
  }
  const complete = await hasModelInCache(record.model_id, appConfig).catch(() => false);
  return { modelId: record.model_id, complete, configCached, libraryCached, shardsCached, shardsTotal, bytesCached, bytesTotal };
}

export async function handleCacheRequest(req: CacheRequest): Promise<CacheResponse> {
  try {
    const appConfig = appConfigOf(req.records);
    if (req.op === 'status') {
      const models = await Promise.all(req.records.map((r) => statusOf(r, appConfig)));
      return { ok: true, op: 'status', models };
    }
    await deleteModelAllInfoInCache(req.modelId, appConfig).catch(async (e: unknown) => {
      // WebLLM reads the tensor manifest to delete shards; a partial download may not have one yet.
      if (!/tensor-cache|Cannot fetch|Failed/i.test(String(e))) throw e;
    });
    // Shards of an unfinished download that the manifest no longer reaches, and the manifest itself.
    const record = req.records.find((r) => r.model_id === req.modelId);
    if (record) {
      const base = resolveModelBase(record.model);
      for (const name of ['webllm/model', 'webllm/config']) {
        const cache = await caches.open(name);
        for (const key of await cache.keys()) if (key.url.startsWith(base)) await cache.delete(key);
      }
    }
    return { ok: true, op: 'delete', modelId: req.modelId };
  } catch (e) {
    return { ok: false, error: String(e) };
  }
}
