import type { ParseOptions, ParseResponse } from './parse.ts';
import type { ParseWorkerRequest, ParseWorkerResponse } from './parse.worker.ts';

let nextId = 1;

/**
 * Parses files in a short-lived module worker (the bytes are transferred, not copied: the caller's buffers are
 * detached afterwards). The parser itself (and Parquet support) stays out of the main bundle.
 */
export async function parseOffThread(files: Array<{ name: string; buffer: ArrayBuffer }>, options: ParseOptions, signal?: AbortSignal): Promise<ParseResponse> {
  if (typeof Worker === 'undefined') throw new Error('This browser cannot run workers, which reading benchmark files needs.');
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'bench-parse' });
  const id = nextId++;
  try {
    return await new Promise<ParseResponse>((resolve, reject) => {
      const onAbort = () => reject(new DOMException('Loading cancelled.', 'AbortError'));
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = (e: MessageEvent<ParseWorkerResponse>) => {
        if (e.data.id !== id) return;
        if (e.data.ok) resolve(e.data.result);
        else reject(new Error(e.data.message));
      };
      worker.onerror = (e) => reject(new Error(`The parsing worker failed: ${e.message || 'unknown error'}`));
      const req: ParseWorkerRequest = { id, files, options };
      worker.postMessage(req, files.map((f) => f.buffer));
    });
  } finally {
    worker.terminate();
  }
}
