// Fails the build when the initial JavaScript grows past its budget or pulls in WebLLM's runtime.
// WebLLM belongs in the worker chunk only (see docs/performance.md).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_GZIP = 250 * 1024;
const dir = process.argv[2] ?? 'dist';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const initial = [...new Set([...entries, ...preloads])];
if (initial.length === 0) {
  console.error('check-bundle: no entry script found in index.html');
  process.exit(1);
}
let total = 0;
const problems = [];
for (const f of initial) {
  const src = readFileSync(join(dir, f));
  total += gzipSync(src).length;
  const text = src.toString('utf8');
  // Marker strings of WebLLM's TVM runtime and tokenizer bundle.
  for (const marker of ['tvmjs_runtime.wasm', 'TVMFFIGetVersion', 'EmccWASI']) {
    if (text.includes(marker)) problems.push(`${f} contains WebLLM's runtime (${marker}): the manualPureFunctions fix stopped working`);
  }
  if (text.includes('SCRIPTED_ENGINE_MARKER')) problems.push(`${f} contains the scripted test engine`);
}
for (const f of readdirSync(join(dir, 'assets'))) {
  if (f.endsWith('.js') && readFileSync(join(dir, 'assets', f), 'utf8').includes('SCRIPTED_ENGINE_MARKER') && dir === 'dist') {
    problems.push(`assets/${f} contains the scripted test engine: the production build must not`);
  }
}
console.log(`check-bundle: initial JavaScript ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_GZIP / 1024} KB) in ${initial.join(', ')}`);
if (total > BUDGET_GZIP) problems.push(`initial JavaScript is ${(total / 1024).toFixed(1)} KB gzip, over the ${BUDGET_GZIP / 1024} KB budget`);
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
