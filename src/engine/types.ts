import type { ChatMessage, FinishReason, JudgeStats, Sampling, TokenLogprob } from '../core/index.ts';

export type { FinishReason, JudgeStats, Sampling } from '../core/index.ts';
export { DEFAULT_SAMPLING } from '../core/index.ts';
export const DEFAULT_CONTEXT_WINDOW = 8192;

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
  /** Per generated token, its log probability and the top alternatives; only when `topLogprobs` was asked for and the engine sent them. */
  logprobs?: TokenLogprob[];
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
  /** The request is open: the server accepted it and its answer has started (HTTP headers in; servers only). */
  onOpen?(): void;
  signal: AbortSignal;
  /**
   * Hold the output to this XGrammar EBNF (core's answerGrammar). WebLLM: `response_format` of type grammar; a server:
   * the field of its dialect (OpenAIEngineConfig.dialect), none for 'none'. Null or absent: unconstrained.
   */
  grammar?: string | null;
  /** Ask for this many top log probabilities per token (WebLLM allows at most 5). Null or absent: none. */
  topLogprobs?: number | null;
  /**
   * The assistant's reply already begun with this text (the thinking budget's second step: the reasoning, closed): the
   * engine continues it rather than starting a reply, and streams and returns only what follows. A server gets it as a
   * final assistant message with `continue_final_message`; WebLLM as a raw prompt in the model's chat template
   * (`continueSupport` says when it cannot). `grammar` then describes the continuation only.
   */
  continueFrom?: string | null;
  /**
   * A server that splits the reasoning off closes it itself after this many tokens (the thinking budget in one
   * request): the field of its dialect (core/settings serverBudgetFields), none for kinds without one. Null or absent:
   * no such field.
   */
  thinkingBudget?: number | null;
}

export interface JudgeEngine {
  readonly kind: 'webllm' | 'openai';
  load(model: ModelSpec, opts: { onProgress(p: LoadProgress): void; signal: AbortSignal }): Promise<LoadInfo>;
  judge(messages: ChatMessage[], sampling: Sampling, opts: JudgeOptions): Promise<RawJudgment>;
  unload(): Promise<void>;
  /**
   * Whether `judge` can take `continueFrom` now: `{grammar}` when it can (and whether the continuation can be held to
   * a grammar), else why not (said to the user). An engine without this method cannot.
   */
  continueSupport?(): { grammar: boolean } | { reason: string };
}
