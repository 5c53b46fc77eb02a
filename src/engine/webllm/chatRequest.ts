import type { ChatCompletionRequestStreaming } from '@mlc-ai/web-llm';
import { qwen3ChatPrompt, type ChatMessage } from '../../core/index.ts';
import type { JudgeOptions, Sampling } from '../types.ts';
import type { GrammarCompletionParams } from './grammarCompletion.ts';

/** WebLLM returns at most this many top log probabilities per token (its request check refuses more). */
export const WEBLLM_MAX_TOP_LOGPROBS = 5;

/** The fields both requests share: streamed with usage, sampling explicit, log probabilities when asked (at most 5). */
function streamedSampling(sampling: Sampling, top: number | null) {
  return {
    stream: true as const,
    stream_options: { include_usage: true },
    temperature: sampling.temperature,
    top_p: sampling.top_p,
    max_tokens: sampling.max_tokens,
    seed: sampling.seed,
    ...(top !== null ? { logprobs: true, top_logprobs: Math.max(0, Math.min(WEBLLM_MAX_TOP_LOGPROBS, Math.round(top))) } : {}),
  };
}

/**
 * The streaming request the browser engine sends: sampling always explicit; with `grammar`, WebLLM's
 * `response_format` of type grammar (compiled by the XGrammar it bundles); with `topLogprobs`, `logprobs` and
 * `top_logprobs` (at most 5). Thinking off is WebLLM's `extra_body.enable_thinking: false`, which writes the empty
 * think block itself: the grammar then describes only the answer.
 */
export function webllmChatRequest(messages: ChatMessage[], sampling: Sampling, opts: Pick<JudgeOptions, 'grammar' | 'topLogprobs'> = {}): ChatCompletionRequestStreaming {
  return {
    messages,
    ...streamedSampling(sampling, opts.topLogprobs ?? null),
    extra_body: { enable_thinking: sampling.enable_thinking },
    ...(opts.grammar ? { response_format: { type: 'grammar' as const, grammar: opts.grammar } } : {}),
  };
}

/**
 * The request that continues a reply begun with `prefix` (the thinking budget's second step). WebLLM refuses a chat
 * request whose last message is the assistant's, so this is a raw completion: the app writes the model's chat template
 * itself (Qwen3's: core's qwen3ChatPrompt; only models `knowsChatTemplate` names). With `grammar` (the answer's alone),
 * `response_format` of type grammar, which the worker's engine honours on completions (grammarCompletionEngine.ts);
 * `max_tokens` is what the first step left.
 */
export function webllmContinuationRequest(messages: ChatMessage[], prefix: string, sampling: Sampling, opts: Pick<JudgeOptions, 'grammar' | 'topLogprobs'> = {}): GrammarCompletionParams {
  return {
    prompt: qwen3ChatPrompt(messages, prefix),
    ...streamedSampling(sampling, opts.topLogprobs ?? null),
    ...(opts.grammar ? { response_format: { type: 'grammar' as const, grammar: opts.grammar } } : {}),
  };
}
