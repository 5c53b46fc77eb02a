import { EngineError } from '../errors.ts';
import { errorFromResponse } from './http-errors.ts';
import { errorFromFetchFailure } from './network-errors.ts';
import { RequestControl } from './request-control.ts';
import { readServerMessage } from './server-message.ts';
import { abortedError, timeoutError } from './timeout-error.ts';
import { authHeaders, endpointUrl, normalizeBaseUrl } from './url.ts';

export interface ServerConfig {
  /** As the user typed it; normalised by normalizeBaseUrl ('http://host:8000' and '…/v1' both work). */
  baseUrl: string;
  apiKey?: string;
  signal?: AbortSignal;
  /** Default 20 s. */
  timeoutMs?: number;
}

export interface ModelEntry {
  id: string;
  /** The context window when the server reports one (vLLM: max_model_len; others: context_length). */
  contextWindow: number | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readEntries(json: unknown): ModelEntry[] | null {
  if (!isRecord(json) || !Array.isArray(json.data)) return null;
  const entries: ModelEntry[] = [];
  for (const m of json.data) {
    if (!isRecord(m) || typeof m.id !== 'string') continue;
    const ctx = [m.max_model_len, m.context_length, m.context_window].find((v) => typeof v === 'number' && v > 0);
    entries.push({ id: m.id, contextWindow: typeof ctx === 'number' ? ctx : null });
  }
  return entries;
}

/** GET {base}/models: the models the server serves, with what it says about them. */
export async function fetchModelEntries(config: ServerConfig, call = 'list-models'): Promise<ModelEntry[]> {
  const base = normalizeBaseUrl(config.baseUrl);
  const url = endpointUrl(base, 'models');
  const headers = { Accept: 'application/json', ...authHeaders(config.apiKey) };
  const timeoutMs = config.timeoutMs ?? 20_000;
  const ctl = new RequestControl(config.signal, timeoutMs);
  try {
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, { headers, signal: ctl.signal, cache: 'no-store' });
      if (!res.ok) throw await errorFromResponse(res, { call, url });
      text = await res.text();
    } catch (err) {
      if (ctl.userAborted) throw abortedError(call, url);
      if (ctl.timedOut) throw timeoutError(call, url, timeoutMs);
      if (err instanceof EngineError) throw err;
      throw await errorFromFetchFailure(err, { call, url, probeUrl: url });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const entries = readEntries(json);
    if (entries === null) {
      const what = readServerMessage(text).html ? 'a web page' : 'something that is not a model list';
      throw new EngineError('bad-response', `${url} answered with ${what}, not an OpenAI-compatible API.`, 'Check the base URL: it should be the API root, usually ending in /v1.', {
        call,
        url,
        status: res.status,
        raw: text.slice(0, 2000),
      });
    }
    return entries;
  } finally {
    ctl.dispose();
  }
}

/**
 * The ids of the models an OpenAI-compatible server serves (GET {base}/models). The base URL is normalised first:
 * 'http://host:8000', 'http://host:8000/' and 'http://host:8000/v1' all request 'http://host:8000/v1/models'.
 * Throws EngineError: 'bad-config' (the URL or key is not usable), 'unreachable', 'cors', 'unauthorized', 'not-found'
 * (no API at that URL), 'server-error', 'rate-limited', 'timeout', 'bad-response', 'aborted'.
 */
export async function listModels(config: ServerConfig): Promise<string[]> {
  return (await fetchModelEntries(config)).map((m) => m.id);
}
