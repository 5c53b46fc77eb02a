import { WebLLMEngine } from '../engine/webllm/webllmEngine.ts';
import { OpenAIEngine, type OpenAIEngineConfig } from '../engine/openai/index.ts';
import type { LoadInfo } from '../engine/types.ts';

/** The one browser engine of the page (one worker, one GPU device). */
let instance: WebLLMEngine | null = null;

export function webllm(): WebLLMEngine {
  instance ??= new WebLLMEngine();
  return instance;
}

/** The server engine for the current settings, connected once (its load checks the server and the model). */
let server: { key: string; engine: OpenAIEngine; ready: Promise<LoadInfo> } | null = null;

export function serverEngine(config: OpenAIEngineConfig, contextWindow: number): { engine: OpenAIEngine; ready: Promise<LoadInfo> } {
  const key = JSON.stringify([config.baseUrl, config.model, config.apiKey ?? '', config.dialect ?? 'none', contextWindow]);
  if (server?.key !== key) {
    const engine = new OpenAIEngine(config);
    const ready = engine.load({ id: config.model, contextWindow }, { onProgress: () => {}, signal: new AbortController().signal });
    server = { key, engine, ready };
    // A failed connection is retried on the next call instead of being cached.
    ready.catch(() => {
      if (server?.key === key) server = null;
    });
  }
  return server;
}

export function forgetServerEngine(): void {
  server = null;
}
