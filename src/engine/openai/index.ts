// OpenAI-compatible server engine: public entry.
export { OpenAIEngine } from './engine.ts';
export type { OpenAIEngineConfig } from './engine.ts';
export { listModels, fetchModelEntries } from './list-models.ts';
export type { ServerConfig, ModelEntry } from './list-models.ts';
export { withBackoff, isRetryable } from './backoff.ts';
export type { BackoffOptions } from './backoff.ts';
export { normalizeBaseUrl } from './url.ts';
export { retryAfterOf } from './retry-after.ts';
