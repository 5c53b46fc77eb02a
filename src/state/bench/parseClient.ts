import type { BenchItem } from '../../core/index.ts';
import type { ParseOptions, ParseResponse } from '../../core/index.ts';
import type { ParseWorkerRequest, ParseWorkerResponse, StoredMeta } from './parse.worker.ts';

let nextId = 1;

type Request = ParseWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** One request to a short-lived module worker; null when nothing is stored to restore. */
async function ask(req: Request, transfer: Transferable[], signal?: AbortSignal): Promise<{ result: ParseResponse; restored: StoredMeta | null } | null> {
  if (typeof Worker === 'undefined') throw new Error('This browser cannot run workers, which reading benchmark files needs.');
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'bench-parse' });
  const id = nextId++;
  try {
    return await new Promise((resolve, reject) => {
      const onAbort = () => {
        worker.terminate();
        reject(new DOMException('Loading cancelled.', 'AbortError'));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const items: BenchItem[] = [];
      worker.onmessage = (e: MessageEvent<ParseWorkerResponse>) => {
        const m = e.data;
        if (m.id !== id) return;
        if (m.type === 'items') {
          for (const item of m.items) items.push(item);
        } else if (m.type === 'done') {
          resolve({ result: { ...m.result, items }, restored: m.restored });
        } else if (m.type === 'nothing') {
          resolve(null);
        } else {
          reject(new Error(m.message));
        }
      };
      worker.onerror = (e) => {
        worker.terminate();
        reject(new Error(`The parsing worker failed: ${e.message || 'unknown error'}`));
      };
      worker.postMessage({ ...req, id } as ParseWorkerRequest, transfer);
    });
  } catch (e) {
    worker.terminate();
    throw e;
  }
  // Otherwise the worker ends itself once it has stored the bytes.
}

/**
 * Parses files off the main thread (the bytes are transferred: the caller's buffers are detached afterwards) and,
 * with `save`, keeps them as the current dataset from the worker. The parser (and Parquet) stay out of the main bundle.
 */
export async function parseOffThread(files: Array<{ name: string; buffer: ArrayBuffer }>, options: ParseOptions, save: StoredMeta | null, signal?: AbortSignal): Promise<ParseResponse> {
  const r = await ask({ type: 'parse', files, options, save }, files.map((f) => f.buffer), signal);
  if (!r) throw new Error('The parsing worker gave no result.');
  return r.result;
}

/** Parses the stored current dataset again, off the main thread; null when none is stored. */
export async function restoreOffThread(principle: string, signal?: AbortSignal): Promise<{ result: ParseResponse; meta: StoredMeta } | null> {
  const r = await ask({ type: 'restore', principle }, [], signal);
  return r && r.restored ? { result: r.result, meta: r.restored } : null;
}
