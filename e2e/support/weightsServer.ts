import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A model host for "Check & save" (Hugging Face layout: <folder>/resolve/main/<file>), on a port the OS picks:
 *   /good/…      every file WebLLM needs (config, tokenizer.json, tensor-cache.json, two shards)
 *   /broken/…    no tokenizer.json, and the second shard the manifest lists is missing
 *   /oldcache/…  the manifest under the old name ndarray-cache.json
 *   /nocors/…    every file, but without CORS headers (the browser refuses to let the page read them)
 */
const CONFIG = { model_type: 'qwen3', quantization: 'q4f32_1', tokenizer_files: ['tokenizer.json'], context_window_size: 4096 };
const MANIFEST = { records: [{ dataPath: 'params_shard_0.bin' }, { dataPath: 'params_shard_1.bin' }] };
const FILES: Record<string, string> = {
  'mlc-chat-config.json': JSON.stringify(CONFIG),
  'tokenizer.json': '{}',
  'tensor-cache.json': JSON.stringify(MANIFEST),
  'params_shard_0.bin': 'x',
  'params_shard_1.bin': 'x',
};
const LACKS: Record<string, string[]> = {
  good: [],
  nocors: [],
  broken: ['tokenizer.json', 'params_shard_1.bin'],
  oldcache: ['tensor-cache.json'],
};

function send(res: ServerResponse, status: number, body: string, cors: boolean): void {
  res.writeHead(status, { 'Content-Type': 'application/octet-stream', 'Cache-Control': 'no-store', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) });
  res.end(body);
}

export async function startWeightsServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const m = /^\/(\w+)\/resolve\/main\/(.+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const folder = m?.[1] ?? '';
    const file = m?.[2] ?? '';
    const cors = folder !== 'nocors';
    if (!(folder in LACKS)) return send(res, 404, 'Not found', true);
    if (file === 'ndarray-cache.json' && folder === 'oldcache') return send(res, 200, FILES['tensor-cache.json']!, cors);
    const body = FILES[file];
    if (body === undefined || LACKS[folder]!.includes(file)) return send(res, 404, 'Not found', cors);
    send(res, 200, body, cors);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
