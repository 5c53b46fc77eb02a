// Reads benchmark files off the main thread: a 100 MB file must not freeze the page. Storing the file's bytes (so
// a reload restores the dataset) happens here too: writing or reading 100 MB in IndexedDB blocks the thread doing it.
import type { BenchItem } from '../../core/index.ts';
import { clearCurrentDataset, loadCurrentDataset, saveCurrentDataset, type StoredDataset } from '../persist/benchDb.ts';
import { parseDatasetFiles, type ParseOptions, type ParseResponse } from '../../core/index.ts';

export type StoredMeta = Pick<StoredDataset, 'name' | 'origin' | 'loadedAt'>;

export type ParseWorkerRequest =
  /** Parse these files; when `save` is set and items were found, keep the bytes as the current dataset. */
  | { id: number; type: 'parse'; files: Array<{ name: string; buffer: ArrayBuffer }>; options: ParseOptions; save: StoredMeta | null }
  /** Parse the stored current dataset again (principle: the one picked for RM-Bench / pairwise items). */
  | { id: number; type: 'restore'; principle: string };

/**
 * Items come back in batches of about a megabyte of text (no single message takes long to receive on the main
 * thread), then the rest of the result without its items.
 */
export type ParseWorkerResponse =
  | { id: number; type: 'items'; items: BenchItem[] }
  | { id: number; type: 'done'; result: Omit<ParseResponse, 'items'>; restored: StoredMeta | null }
  | { id: number; type: 'nothing' }
  | { id: number; type: 'error'; message: string };

const BATCH_CHARS = 1_000_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;

function sizeOf(item: BenchItem): number {
  let n = item.prompt.length + item.principle.length + 200;
  for (const r of item.responses) n += r.text.length + r.name.length;
  return n;
}

function send(id: number, items: BenchItem[]): void {
  let batch: BenchItem[] = [];
  let chars = 0;
  for (const item of items) {
    batch.push(item);
    chars += sizeOf(item);
    if (chars >= BATCH_CHARS) {
      scope.postMessage({ id, type: 'items', items: batch } satisfies ParseWorkerResponse);
      batch = [];
      chars = 0;
    }
  }
  if (batch.length) scope.postMessage({ id, type: 'items', items: batch } satisfies ParseWorkerResponse);
}

async function handle(req: ParseWorkerRequest): Promise<void> {
  if (req.type === 'restore') {
    const stored = await loadCurrentDataset();
    if (!stored) {
      scope.postMessage({ id: req.id, type: 'nothing' } satisfies ParseWorkerResponse);
      return;
    }
    const { items, ...rest } = await parseDatasetFiles({ ...stored.options, principle: req.principle, files: stored.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })) });
    send(req.id, items);
    scope.postMessage({ id: req.id, type: 'done', result: rest, restored: { name: stored.name, origin: stored.origin, loadedAt: stored.loadedAt } } satisfies ParseWorkerResponse);
    return;
  }
  const files = req.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.buffer) }));
  const { items, ...rest } = await parseDatasetFiles({ ...req.options, files });
  send(req.id, items);
  scope.postMessage({ id: req.id, type: 'done', result: rest, restored: null } satisfies ParseWorkerResponse);
  if (req.save) {
    try {
      if (items.length > 0) await saveCurrentDataset({ ...req.save, files: req.files.map((f) => ({ name: f.name, bytes: f.buffer })), options: { ...req.options, source: req.options.source } });
      else await clearCurrentDataset();
    } catch {
      // Storage full or blocked: the dataset is loaded, it just will not come back after a reload.
    }
  }
}

scope.onmessage = (e: MessageEvent<ParseWorkerRequest>) => {
  const id = e.data.id;
  handle(e.data)
    .catch((err: unknown) => {
      scope.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies ParseWorkerResponse);
    })
    // One request per worker: it ends itself once the bytes are stored.
    .finally(() => scope.close());
};
