import type { ChatMessage } from '../core/index.ts';

/** Sampling settings, always passed explicitly (WebLLM's Qwen3 defaults are wrong for a judge). */
export interface Sampling {
  temperature: number;
  top_p: number;
  max_tokens: number;
  /** Qwen3 thinking mode; RewardAnything was trained with it on. */
  enable_thinking: boolean;
  seed?: number;
}

export const DEFAULT_SAMPLING: Sampling = { temperature: 0, top_p: 1, max_tokens: 4096, enable_thinking: true };
export const DEFAULT_CONTEXT_WINDOW = 8192;

export type FinishReason = 'stop' | 'length' | 'abort' | 'error' | 'incomplete';

export interface JudgeStats {
  /** ms from request to the first token. */
  timeToFirstTokenMs: number | null;
  prefillTokensPerSec: number | null;
  decodeTokensPerSec: number | null;
  endToEndMs: number;
  promptTokens: number | null;
  completionTokens: number | null;
}

export interface RawJudgment {
  text: string;
  finishReason: FinishReason;
  stats: JudgeStats;
  /** Set when the output is partial because the stream broke or was stopped. */
  errorMessage?: string;
  /**
   * What was wrong with a stream that still ended (corrupt events skipped, no end marker). The judgment is done when
   * its answer reads anyway; when it does not, these say why.
   */
  warnings?: string[];
}

export interface LoadProgress {
  phase: 'config' | 'fetch' | 'gpu' | 'shaders' | 'ready';
  /** 0..1, when known. */
  fraction: number | null;
  bytesDone?: number;
  bytesTotal?: number;
  text: string;
}

export interface LoadInfo {
  modelId: string;
  contextWindow: number;
  loadMs: number;
}

export interface ModelSpec {
  id: string;
  contextWindow: number;
}

export interface JudgeOptions {
  onDelta(text: string): void;
  signal: AbortSignal;
}

export interface JudgeEngine {
  readonly kind: 'webllm' | 'openai';
  load(model: ModelSpec, opts: { onProgress(p: LoadProgress): void; signal: AbortSignal }): Promise<LoadInfo>;
  judge(messages: ChatMessage[], sampling: Sampling, opts: JudgeOptions): Promise<RawJudgment>;
  unload(): Promise<void>;
}
