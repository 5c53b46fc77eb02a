import { resolveModelBase } from './modelUrls.ts';

/** What one file of a weights folder answered. */
export type FileResult =
  | { state: 'ok' }
  | { state: 'missing'; status: number }
  | { state: 'http-error'; status: number }
  /** The host answered, but its CORS headers do not let this page read the file. */
  | { state: 'cors' }
  | { state: 'unreachable' }
  | { state: 'invalid'; reason: string };

export interface FileReport {
  file: string;
  url: string;
  result: FileResult;
}

export interface WeightsReport {
  /** The folder's base URL as WebLLM fetches it (Hugging Face: …/resolve/main/). */
  base: string;
  /** Every file checked, in the order WebLLM needs them. */
  files: FileReport[];
  /** Problems that are not a single file's answer (wrong quantization or model type, an old manifest name). */
  problems: string[];
  /** What the config says, when it was read. */
  config: { modelType: string | null; quantization: string | null } | null;
  shards: number;
  ok: boolean;
}

export interface CheckWeightsOptions {
  /** The quantization the user picked: the folder's must match it (the model library is chosen from it). */
  quant: string;
  /** The model type the library runs (RewardAnything-8B reuses the Qwen3-8B library). */
  modelType: string;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  fetch?: typeof fetch;
}

const SHARDS_IN_FLIGHT = 6;

/**
 * Checks a weights folder the way WebLLM 0.2.86 reads it: mlc-chat-config.json (valid, the right model type and
 * quantization), the tokenizer it names (tokenizer.json, else tokenizer.model), tensor-cache.json (not the older
 * ndarray-cache.json) and every weight shard it lists (HEAD requests, so nothing large is downloaded).
 */
export async function checkWeightsFolder(folderUrl: string, o: CheckWeightsOptions): Promise<WeightsReport> {
  const doFetch = o.fetch ?? fetch.bind(globalThis);
  const base = resolveModelBase(folderUrl);
  const report: WeightsReport = { base, files: [], problems: [], config: null, shards: 0, ok: false };
  const at = (file: string) => new URL(file, base).href;
  const request = (file: string, method: 'GET' | 'HEAD') => fetchFile(doFetch, at(file), method, o.signal);

  let total = 3;
  let done = 0;
  const step = () => o.onProgress?.(++done, total);

  const cfg = await request('mlc-chat-config.json', 'GET');
  const cfgJson = cfg.response ? await readJson(cfg.response) : null;
  const cfgResult = cfg.response && cfgJson === null ? invalid('not valid JSON') : cfg.result;
  report.files.push({ file: 'mlc-chat-config.json', url: at('mlc-chat-config.json'), result: cfgResult });
  step();
  // Without the config nothing else can be judged, and a host that fails it (CORS, unreachable) fails the rest.
  if (cfgResult.state !== 'ok' || !isRecord(cfgJson)) return finish(report);

  const modelType = typeof cfgJson.model_type === 'string' ? cfgJson.model_type : null;
  const quantization = typeof cfgJson.quantization === 'string' ? cfgJson.quantization : null;
  report.config = { modelType, quantization };
  if (quantization !== null && quantization !== o.quant) {
    report.problems.push(`The folder holds ${quantization} weights, but ${o.quant} is selected: pick ${quantization} (the model library must match the weights).`);
  }
  if (modelType !== null && modelType !== o.modelType) {
    report.problems.push(`The folder holds a ${modelType} model; the ${o.modelType} model library cannot run it.`);
  }

  const tokenizerFiles = Array.isArray(cfgJson.tokenizer_files) ? cfgJson.tokenizer_files.filter((f): f is string => typeof f === 'string') : [];
  const tokenizer = tokenizerFiles.includes('tokenizer.json') ? 'tokenizer.json' : tokenizerFiles.includes('tokenizer.model') ? 'tokenizer.model' : null;
  if (tokenizer) {
    report.files.push({ file: tokenizer, url: at(tokenizer), result: (await request(tokenizer, 'HEAD')).result });
  } else {
    report.problems.push(`mlc-chat-config.json names no tokenizer.json or tokenizer.model in tokenizer_files (${JSON.stringify(tokenizerFiles)}): WebLLM cannot load a tokenizer.`);
  }
  step();

  const manifest = await request('tensor-cache.json', 'GET');
  const manifestJson = manifest.response ? await readJson(manifest.response) : null;
  const records = isRecord(manifestJson) && Array.isArray(manifestJson.records) ? manifestJson.records : null;
  const shardFiles = (records ?? []).map((r) => (isRecord(r) && typeof r.dataPath === 'string' ? r.dataPath : null)).filter((p): p is string => p !== null);
  const manifestResult = manifest.response && (records === null || shardFiles.length === 0) ? invalid('lists no weight shards (records[].dataPath)') : manifest.result;
  report.files.push({ file: 'tensor-cache.json', url: at('tensor-cache.json'), result: manifestResult });
  if (manifestResult.state === 'missing' && (await request('ndarray-cache.json', 'HEAD')).result.state === 'ok') {
    report.problems.push('The folder has ndarray-cache.json, the name older MLC versions wrote; WebLLM 0.2.86 reads only tensor-cache.json: rename it (same contents).');
  }
  step();

  report.shards = shardFiles.length;
  total += shardFiles.length;
  const shardReports: FileReport[] = new Array<FileReport>(shardFiles.length);
  let next = 0;
  const worker = async () => {
    while (next < shardFiles.length && !o.signal?.aborted) {
      const i = next++;
      const file = shardFiles[i]!;
      shardReports[i] = { file, url: at(file), result: (await request(file, 'HEAD')).result };
      step();
    }
  };
  await Promise.all(Array.from({ length: Math.min(SHARDS_IN_FLIGHT, shardFiles.length) }, worker));
  report.files.push(...shardReports.filter(Boolean));
  return finish(report);
}

function finish(r: WeightsReport): WeightsReport {
  r.ok = r.problems.length === 0 && r.files.every((f) => f.result.state === 'ok');
  return r;
}

const invalid = (reason: string): FileResult => ({ state: 'invalid', reason });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function readJson(res: Response): Promise<unknown> {
  try {
    return JSON.parse(await res.text()) as unknown;
  } catch {
    return null;
  }
}

/** One request; a rejected fetch is told apart as CORS (a no-cors request gets an answer) or unreachable. */
async function fetchFile(doFetch: typeof fetch, url: string, method: 'GET' | 'HEAD', signal?: AbortSignal): Promise<{ result: FileResult; response: Response | null }> {
  let res: Response;
  try {
    res = await doFetch(url, { method, cache: 'no-store', signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    return { result: (await answersWithoutCors(doFetch, url, signal)) ? { state: 'cors' } : { state: 'unreachable' }, response: null };
  }
  if (res.ok) return { result: { state: 'ok' }, response: res };
  return { result: res.status === 404 || res.status === 410 ? { state: 'missing', status: res.status } : { state: 'http-error', status: res.status }, response: null };
}

async function answersWithoutCors(doFetch: typeof fetch, url: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await doFetch(url, { method: 'HEAD', mode: 'no-cors', cache: 'no-store', signal });
    return true;
  } catch {
    return false;
  }
}
