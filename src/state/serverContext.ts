import { fetchModelEntries } from '../engine/openai/index.ts';

export interface ServerContextQuery {
  baseUrl: string;
  model: string;
  apiKey?: string;
}

/** Lookups by server, model and key; a failed one is forgotten so the next asks again. */
const cache = new Map<string, Promise<number | null>>();

/**
 * The context length the server reports for the model in GET /models (vLLM: max_model_len), or null when it reports
 * none, does not list the model or cannot be reached: the caller then uses the length set in Settings.
 */
export function reportedServerContext(q: ServerContextQuery): Promise<number | null> {
  const key = JSON.stringify([q.baseUrl, q.model, q.apiKey ?? '']);
  let found = cache.get(key);
  if (!found) {
    found = fetchModelEntries({ baseUrl: q.baseUrl, apiKey: q.apiKey }).then((entries) => entries.find((m) => m.id === q.model)?.contextWindow ?? null);
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found.catch(() => null);
}

/** Forgets what servers reported (after the user reconnects in Settings). */
export function forgetServerContexts(): void {
  cache.clear();
}
