// The initial JavaScript of a build, measured like scripts/check-bundle.mjs: the entry scripts and module preloads
// of index.html, each gzipped (Node's default level), summed.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export function initialJs(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const files = [...new Set([...entries, ...preloads])];
  let raw = 0;
  let gzip = 0;
  const perFile = [];
  for (const f of files) {
    const src = readFileSync(join(dir, f));
    const g = gzipSync(src).length;
    raw += src.length;
    gzip += g;
    perFile.push({ file: f, raw: src.length, gzip: g });
  }
  const tvm = perFile.filter((f) => {
    const text = readFileSync(join(dir, f.file), 'utf8');
    return ['tvmjs_runtime.wasm', 'TVMFFIGetVersion', 'EmccWASI'].some((m) => text.includes(m));
  });
  return { files: perFile, raw, gzip, containsWebLLMRuntime: tvm.length > 0 };
}
