// Parses benchmark files off the main thread: a 100 MB file must not freeze the page.
import { parseDatasetFiles, type ParseOptions, type ParseResponse } from './parse.ts';

export interface ParseWorkerRequest {
  id: number;
  files: Array<{ name: string; buffer: ArrayBuffer }>;
  options: ParseOptions;
}

export type ParseWorkerResponse = { id: number; ok: true; result: ParseResponse } | { id: number; ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<ParseWorkerRequest>) => {
  const { id, files, options } = e.data;
  try {
    const result = await parseDatasetFiles({ ...options, files: files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.buffer) })) });
    scope.postMessage({ id, ok: true, result } satisfies ParseWorkerResponse);
  } catch (err) {
    scope.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies ParseWorkerResponse);
  }
};
