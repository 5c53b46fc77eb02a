import type { ChatMessage } from '../../core/index.ts';
import type { Sampling } from '../types.ts';

/**
 * The chat completion request. Sampling is always explicit (server defaults differ and are wrong for a judge).
 * Thinking is controlled with `chat_template_kwargs.enable_thinking`, which vLLM and llama.cpp pass to the Qwen3 chat
 * template; servers that do not know the field ignore it. `extra` adds the grammar and log-probability fields of the
 * server's dialect (core/settings/constraintDialect.ts).
 */
export function chatBody(model: string, messages: ChatMessage[], sampling: Sampling, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    model,
    messages: messages.map((m) => ({ role: m.role, content: m.content })),
    stream: true,
    stream_options: { include_usage: true },
    temperature: sampling.temperature,
    top_p: sampling.top_p,
    max_tokens: sampling.max_tokens,
    ...(sampling.seed !== undefined ? { seed: sampling.seed } : {}),
    chat_template_kwargs: { enable_thinking: sampling.enable_thinking },
    ...extra,
  });
}
