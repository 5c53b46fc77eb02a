import type { TokenLogprob, TopLogprob } from '../core/index.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function top(v: unknown): TopLogprob | null {
  if (!isRecord(v) || typeof v.token !== 'string' || typeof v.logprob !== 'number') return null;
  return { token: v.token, logprob: v.logprob };
}

/**
 * `choice.logprobs.content` of a chat-completion chunk or message (the OpenAI shape WebLLM, vLLM, SGLang and
 * llama.cpp send), read defensively; null when the choice has none. Entries that are not {token, logprob} are skipped.
 */
export function readLogprobContent(choice: unknown): TokenLogprob[] | null {
  if (!isRecord(choice) || !isRecord(choice.logprobs) || !Array.isArray(choice.logprobs.content)) return null;
  const out: TokenLogprob[] = [];
  for (const entry of choice.logprobs.content) {
    const t = top(entry);
    if (!t || !isRecord(entry)) continue;
    const tops = Array.isArray(entry.top_logprobs) ? entry.top_logprobs.map(top).filter((x): x is TopLogprob => x !== null) : null;
    out.push({ ...t, top_logprobs: tops });
  }
  return out;
}
