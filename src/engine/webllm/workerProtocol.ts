import type { WebLLMModelRecord } from './catalog.ts';

/**
 * Our own requests to the engine worker (cache management), beside WebLLM's protocol. They carry a MessagePort
 * for the answer so WebLLM's client never sees them.
 */
export type CacheRequest =
  | { __ra: 'cache'; op: 'status'; records: WebLLMModelRecord[] }
  | { __ra: 'cache'; op: 'delete'; records: WebLLMModelRecord[]; modelId: string };

export interface ModelCacheStatus {
  modelId: string;
  /** WebLLM's own hasModelInCache: every weight shard is cached. */
  complete: boolean;
  configCached: boolean;
  libraryCached: boolean;
  shardsCached: number;
  /** null until the tensor-cache manifest is cached. */
  shardsTotal: number | null;
  bytesCached: number;
  bytesTotal: number | null;
}

export type CacheResponse =
  | { ok: true; op: 'status'; models: ModelCacheStatus[] }
  | { ok: true; op: 'delete'; modelId: string }
  | { ok: false; error: string };

export function isCacheRequest(data: unknown): data is CacheRequest {
  return typeof data === 'object' && data !== null && (data as { __ra?: unknown }).__ra === 'cache';
}
