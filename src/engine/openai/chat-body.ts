import type { ChatMessage } from '../../core/index.ts';
import type { Sampling } from '../types.ts';

/**
 * The chat completion request. Sampling is always explicit (server defaults differ and are wrong for a judge).
 * Thinking is controlled with `chat_template_kwargs.enable_thinking`, which vLLM and llama.cpp pass to the Qwen3 chat
 * template; servers that do not know the field ignore it. `extra` adds the grammar and log-probability fields of the
 * server's dialect (core/settings/constraintDialect.ts). `continueFrom`: the reply already begun, which the server
 * continues (sent as the final assistant message).
 */
export function chatBody(model: string, messages: ChatMessage[], sampling: Sampling, extra: Record<string, unknown> = {}, continueFrom: string | null = null): string {
  const sent = messages.map((m) => ({ role: m.role, content: m.content }));
  return JSON.stringify({
    model,
    messages: continueFrom === null ? sent : [...sent, { role: 'assistant', content: continueFrom }],
    stream: true,
    stream_options: { include_usage: true },
    temperature: sampling.temperature,
    top_p: sampling.top_p,
    max_tokens: sampling.max_tokens,
    ...(sampling.seed !== undefined ? { seed: sampling.seed } : {}),
    chat_template_kwargs: { enable_thinking: sampling.enable_thinking },
    // A reply to continue (the thinking budget's second step): the final assistant message is left open. vLLM and
    // SGLang read `continue_final_message` (with `add_generation_prompt: false`); llama.cpp's server continues a final
    // assistant message by default and reads the flag too (docs/engines.md, "The thinking budget").
    ...(continueFrom === null ? {} : { continue_final_message: true, add_generation_prompt: false }),
    ...extra,
  });
}
