import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local stand-in for a model host (Hugging Face layout: <repo>/resolve/main/<file>) and a model-library host.
 * Real WebLLM fetches the chat config, then the library, and only then weights: with no real library available
 * here, a load can get exactly as far as the library and must fail there with a clear error.
 *
 *   /models/good/…       valid mlc-chat-config.json, tensor-cache.json, tokenizer, one small shard
 *   /models/badjson/…    mlc-chat-config.json that is not JSON
 *   /models/missing/…    404 for everything
 *   /libs/invalid.wasm   bytes that are not WebAssembly
 *   /libs/missing.wasm   404
 */
export interface ModelServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

const CHAT_CONFIG = {
  model_type: 'qwen3',
  quantization: 'q4f32_1',
  context_window_size: 4096,
  prefill_chunk_size: 1024,
  vocab_size: 151936,
  conv_template: { name: 'qwen2', system_template: '<|im_start|>system\n{system_message}<|im_end|>\n', roles: { user: '<|im_start|>user', assistant: '<|im_start|>assistant' } },
  tokenizer_files: ['tokenizer.json'],
  temperature: 0.6,
  top_p: 0.95,
};

const TENSOR_CACHE = { metadata: { ParamSize: 1, ParamBytes: 16 }, records: [{ dataPath: 'params_shard_0.bin', format: 'raw-shard', nbytes: 16, records: [] }] };

function send(res: ServerResponse, status: number, body: string | Uint8Array, type: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
  res.end(body);
}

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' });
    return void res.end();
  }
  const m = /^\/models\/([\w-]+)\/resolve\/main\/(.+)$/.exec(path);
  if (m) {
    const [, model, file] = m;
    if (model === 'missing') return send(res, 404, 'Not found', 'text/plain');
    if (file === 'mlc-chat-config.json') {
      return model === 'badjson' ? send(res, 200, '{"model_type": "qwen3", oops', 'application/json') : send(res, 200, JSON.stringify(CHAT_CONFIG), 'application/json');
    }
    if (file === 'tensor-cache.json') return send(res, 200, JSON.stringify(TENSOR_CACHE), 'application/json');
    if (file === 'tokenizer.json') return send(res, 200, JSON.stringify({ version: '1.0', model: { type: 'BPE', vocab: {}, merges: [] } }), 'application/json');
    if (file.startsWith('params_shard_')) return send(res, 200, new Uint8Array(16), 'application/octet-stream');
    return send(res, 404, 'Not found', 'text/plain');
  }
  if (path === '/libs/invalid.wasm') return send(res, 200, new TextEncoder().encode('<!doctype html><title>not wasm</title>'), 'application/wasm');
  return send(res, 404, 'Not found', 'text/plain');
}

export async function startModelServer(opts: { port?: number } = {}): Promise<ModelServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    route(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
