import type { ChatCompletionRequestStreaming } from '@mlc-ai/web-llm';
import type { ChatMessage } from '../../core/index.ts';
import type { JudgeOptions, Sampling } from '../types.ts';

/** WebLLM returns at most this many top log probabilities per token (its request check refuses more). */
export const WEBLLM_MAX_TOP_LOGPROBS = 5;

/**
 * The streaming request the browser engine sends: sampling always explicit; with `grammar`, WebLLM's
 * `response_format` of type grammar (compiled by the XGrammar it bundles); with `topLogprobs`, `logprobs` and
 * `top_logprobs` (at most 5). Thinking off is WebLLM's `extra_body.enable_thinking: false`, which writes the empty
 * think block itself: the grammar then describes only the answer.
 */
export function webllmChatRequest(messages: ChatMessage[], sampling: Sampling, opts: Pick<JudgeOptions, 'grammar' | 'topLogprobs'> = {}): ChatCompletionRequestStreaming {
  const top = opts.topLogprobs ?? null;
  return {
    messages,
    stream: true,
    stream_options: { include_usage: true },
    temperature: sampling.temperature,
    top_p: sampling.top_p,
    max_tokens: sampling.max_tokens,
    seed: sampling.seed,
    extra_body: { enable_thinking: sampling.enable_thinking },
    ...(opts.grammar ? { response_format: { type: 'grammar' as const, grammar: opts.grammar } } : {}),
    ...(top !== null ? { logprobs: true, top_logprobs: Math.max(0, Math.min(WEBLLM_MAX_TOP_LOGPROBS, Math.round(top))) } : {}),
  };
}
