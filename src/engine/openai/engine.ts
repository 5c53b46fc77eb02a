import { constraintFields, logprobsFields, serverBudgetFields, type ChatMessage, type ServerDialect } from '../../core/index.ts';
import { EngineError } from '../errors.ts';
import type { JudgeEngine, JudgeOptions, LoadInfo, LoadProgress, ModelSpec, RawJudgment, Sampling } from '../types.ts';
import { chatBody } from './chat-body.ts';
import { fetchModelEntries } from './list-models.ts';
import { runCompletion } from './run-completion.ts';
import { authHeaders, endpointUrl, normalizeBaseUrl } from './url.ts';

export interface OpenAIEngineConfig {
  /** As the user typed it (see normalizeBaseUrl). */
  baseUrl: string;
  /** The served model name; load(spec) uses spec.id instead when it is not empty. */
  model: string;
  apiKey?: string;
  /** Longest silence allowed: before the first byte, and between chunks once streaming. Default 120 s. */
  requestTimeoutMs?: number;
  /** How this server takes a grammar (judge's `grammar` option); default 'none': no grammar is sent. */
  dialect?: ServerDialect;
}

const MAX_LISTED = 20;

function unknownModel(model: string, base: string, ids: string[]): EngineError {
  const close = ids.find((id) => id.toLowerCase() === model.toLowerCase());
  const listed = ids.length === 0 ? 'It lists no models at all.' : `It serves: ${ids.slice(0, MAX_LISTED).join(', ')}${ids.length > MAX_LISTED ? ', …' : ''}.`;
  return new EngineError(
    'unknown-model',
    `The server at ${base} does not serve a model named “${model}”. ${listed}${close ? ` Did you mean “${close}”?` : ''}`,
    'Pick one of the listed models in the server settings, or start the server with this model (vLLM --served-model-name, ollama pull).',
    { call: 'load', url: `${base}/models`, raw: ids.join('\n') },
  );
}

/** JudgeEngine over an OpenAI-compatible HTTP server (vLLM, Ollama, llama.cpp server, LM Studio). */
export class OpenAIEngine implements JudgeEngine {
  readonly kind = 'openai' as const;
  private loaded: { base: string; model: string } | null = null;

  constructor(private readonly config: OpenAIEngineConfig) {}

  /** Checks that the server answers and serves the model; nothing is downloaded. */
  async load(spec: ModelSpec, opts: { onProgress(p: LoadProgress): void; signal: AbortSignal }): Promise<LoadInfo> {
    const started = performance.now();
    const base = normalizeBaseUrl(this.config.baseUrl);
    const model = spec.id !== '' ? spec.id : this.config.model;
    this.loaded = null;
    opts.onProgress({ phase: 'config', fraction: null, text: `Connecting to ${base}…` });
    const entries = await fetchModelEntries(
      { baseUrl: base, apiKey: this.config.apiKey, signal: opts.signal, timeoutMs: Math.min(this.timeoutMs, 30_000) },
      'load',
    );
    const entry = entries.find((m) => m.id === model);
    if (!entry) throw unknownModel(model, base, entries.map((m) => m.id));
    this.loaded = { base, model };
    opts.onProgress({ phase: 'ready', fraction: 1, text: `${model} is served by ${base}` });
    return { modelId: model, contextWindow: entry.contextWindow ?? spec.contextWindow, loadMs: performance.now() - started };
  }

  /**
   * Streams one judgment. Stopping (opts.signal) returns the partial text with finishReason 'abort'; a stream that
   * breaks returns it with 'incomplete'. Throws EngineError when no answer arrives at all.
   */
  async judge(messages: ChatMessage[], sampling: Sampling, opts: JudgeOptions): Promise<RawJudgment> {
    if (!this.loaded) throw new EngineError('not-loaded', 'No server model is connected.', 'Connect to the server first (Settings → Server).', { call: 'judge' });
    const { base, model } = this.loaded;
    const { judgment } = await runCompletion({
      url: endpointUrl(base, 'chat/completions'),
      probeUrl: endpointUrl(base, 'models'),
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', ...authHeaders(this.config.apiKey) },
      body: chatBody(model, messages, sampling, {
        ...constraintFields(this.config.dialect ?? 'none', opts.grammar ?? null),
        ...logprobsFields(opts.topLogprobs ?? null),
        ...serverBudgetFields(this.config.dialect ?? 'none', opts.thinkingBudget ?? null),
      }, opts.continueFrom ?? null),
      model,
      timeoutMs: this.timeoutMs,
      signal: opts.signal,
      onDelta: opts.onDelta,
      ...(opts.onOpen ? { onOpen: opts.onOpen } : {}),
    });
    return judgment;
  }

  /** Servers continue a final assistant message (continue_final_message), under the grammar of their kind. */
  continueSupport(): { grammar: boolean } {
    return { grammar: (this.config.dialect ?? 'none') !== 'none' };
  }

  /** Nothing to free on the client; the engine needs load() again before judging. */
  async unload(): Promise<void> {
    this.loaded = null;
  }

  private get timeoutMs(): number {
    return this.config.requestTimeoutMs ?? 120_000;
  }
}
