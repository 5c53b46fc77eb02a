// What a judgment was run with and how it ended: shared by the records and the engines that make them.

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
