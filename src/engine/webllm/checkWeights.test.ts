import { describe, expect, it } from 'vitest';
import { checkWeightsFolder } from './checkWeights.ts';

const CONFIG = { model_type: 'qwen3', quantization: 'q4f32_1', tokenizer_files: ['tokenizer.json', 'vocab.json'] };
const MANIFEST = { records: [{ dataPath: 'params_shard_0.bin' }, { dataPath: 'params_shard_1.bin' }] };
const BASE = 'https://host.test/RA/resolve/main/';

/** A host holding `files` (name → body); `cors: false` makes every CORS read fail while no-cors requests answer. */
function host(files: Record<string, unknown>, opts: { cors?: boolean; up?: boolean } = {}): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (opts.up === false) throw new TypeError('Failed to fetch');
    if (opts.cors === false && init?.mode !== 'no-cors') throw new TypeError('Failed to fetch');
    const name = String(input).slice(BASE.length);
    if (!(name in files)) return new Response('Not found', { status: 404 });
    const body = files[name];
    return new Response(init?.method === 'HEAD' ? null : typeof body === 'string' ? body : JSON.stringify(body));
  }) as typeof fetch;
}

const good = { 'mlc-chat-config.json': CONFIG, 'tokenizer.json': {}, 'tensor-cache.json': MANIFEST, 'params_shard_0.bin': '', 'params_shard_1.bin': '' };
const opts = (f: typeof fetch) => ({ quant: 'q4f32_1', modelType: 'qwen3', fetch: f });

describe('checkWeightsFolder', () => {
  it('finds every file WebLLM needs in a good folder', async () => {
    const r = await checkWeightsFolder('https://host.test/RA', opts(host(good)));
    expect(r.ok).toBe(true);
    expect(r.files.map((f) => f.file)).toEqual(['mlc-chat-config.json', 'tokenizer.json', 'tensor-cache.json', 'params_shard_0.bin', 'params_shard_1.bin']);
    expect(r.shards).toBe(2);
    expect(r.config).toEqual({ modelType: 'qwen3', quantization: 'q4f32_1' });
  });

  it('names each missing file, and a manifest under its old name', async () => {
    const { 'tokenizer.json': _t, 'params_shard_1.bin': _s, 'tensor-cache.json': _m, ...rest } = good;
    const r = await checkWeightsFolder('https://host.test/RA', opts(host({ ...rest, 'ndarray-cache.json': MANIFEST })));
    expect(r.ok).toBe(false);
    expect(r.files.filter((f) => f.result.state === 'missing').map((f) => f.file)).toEqual(['tokenizer.json', 'tensor-cache.json']);
    expect(r.problems.join(' ')).toContain('ndarray-cache.json');
  });

  it('reports a shard the manifest lists but the host lacks', async () => {
    const { 'params_shard_1.bin': _s, ...rest } = good;
    const r = await checkWeightsFolder('https://host.test/RA', opts(host(rest)));
    expect(r.files.find((f) => f.file === 'params_shard_1.bin')?.result).toEqual({ state: 'missing', status: 404 });
  });

  it('tells a CORS refusal from a host that cannot be reached', async () => {
    const cors = await checkWeightsFolder('https://host.test/RA', opts(host(good, { cors: false })));
    expect(cors.files).toEqual([{ file: 'mlc-chat-config.json', url: `${BASE}mlc-chat-config.json`, result: { state: 'cors' } }]);
    const down = await checkWeightsFolder('https://host.test/RA', opts(host(good, { up: false })));
    expect(down.files[0]?.result).toEqual({ state: 'unreachable' });
  });

  it('refuses a config that is not JSON, the wrong quantization or model type, and a config without a tokenizer', async () => {
    const bad = await checkWeightsFolder('https://host.test/RA', opts(host({ ...good, 'mlc-chat-config.json': '{oops' })));
    expect(bad.files[0]?.result).toEqual({ state: 'invalid', reason: 'not valid JSON' });
    const other = await checkWeightsFolder('https://host.test/RA', opts(host({ ...good, 'mlc-chat-config.json': { ...CONFIG, quantization: 'q4f16_1', model_type: 'llama', tokenizer_files: [] } })));
    expect(other.ok).toBe(false);
    expect(other.problems.join('\n')).toMatch(/q4f16_1 weights, but q4f32_1 is selected[\s\S]*llama model[\s\S]*no tokenizer\.json or tokenizer\.model/);
  });
});
