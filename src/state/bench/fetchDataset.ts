import { DatasetFetchError, explainFetchFailure } from '../../core/index.ts';

export interface DownloadProgress {
  bytesDone: number;
  /** From Content-Length; null when the server does not say (or compresses on the fly). */
  bytesTotal: number | null;
}

/** Downloads a file with progress (a ReadableStream reader); throws DatasetFetchError with advice. */
export async function fetchWithProgress(url: string, onProgress: (p: DownloadProgress) => void, signal?: AbortSignal): Promise<ArrayBuffer> {
  let res: Response;
  try {
    res = await fetch(url, { signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (e) {
    throw explainFetchFailure(url, e, typeof navigator === 'undefined' ? true : navigator.onLine);
  }
  if (!res.ok) {
    const hint = res.status === 401 || res.status === 403
      ? 'The file is private or gated: download it with your account and open it from disk.'
      : res.status === 404
        ? 'Check the address (for Hugging Face, use the file’s “resolve” link).'
        : 'Try again later, or download the file and open it from disk.';
    throw new DatasetFetchError('http', `The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${url}.`, hint);
  }
  const header = res.headers.get('content-length');
  const encoded = (res.headers.get('content-encoding') ?? '') !== '';
  const total = header !== null && !encoded && Number.isFinite(Number(header)) ? Number(header) : null;
  if (!res.body) {
    const buf = await res.arrayBuffer();
    onProgress({ bytesDone: buf.byteLength, bytesTotal: buf.byteLength });
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  onProgress({ bytesDone: 0, bytesTotal: total });
  try {
    for (;;) {
      const { value, done: end } = await reader.read();
      if (end) break;
      chunks.push(value);
      done += value.byteLength;
      onProgress({ bytesDone: done, bytesTotal: total });
    }
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw explainFetchFailure(url, e, true);
    throw new DatasetFetchError('broken', `The download broke off after ${(done / 1048576).toFixed(1)} MB.`, 'Try again; if it keeps failing, download the file and open it from disk.');
  }
  const out = new Uint8Array(done);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out.buffer;
}
