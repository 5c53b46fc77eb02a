import type { TokenLogprob, TopLogprob } from '../core/index.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function top(v: unknown): TopLogprob | null {
  if (!isRecord(v) || typeof v.token !== 'string' || typeof v.logprob !== 'number') return null;
  return { token: v.token, logprob: v.logprob };
}

/**
 * `choice.logprobs.content` of a chat-completion chunk or message (the OpenAI shape WebLLM, vLLM, SGLang and
 * llama.cpp send), read defensively; null when the choice has none. An entry with its token's text but no number
 * keeps its place, marked missing (so the tokens still spell the output); entries without a token are skipped.
 */
export function readLogprobContent(choice: unknown): TokenLogprob[] | null {
  if (!isRecord(choice) || !isRecord(choice.logprobs) || !Array.isArray(choice.logprobs.content)) return null;
  const out: TokenLogprob[] = [];
  for (const entry of choice.logprobs.content) {
    const t = top(entry);
    if (!t && isRecord(entry) && typeof entry.token === 'string') {
      out.push(missingEntry(entry.token));
      continue;
    }
    if (!t || !isRecord(entry)) continue;
    const tops = Array.isArray(entry.top_logprobs) ? entry.top_logprobs.map(top).filter((x): x is TopLogprob => x !== null) : null;
    out.push({ ...t, top_logprobs: tops });
  }
  return out;
}

const missingEntry = (token: string): TokenLogprob => ({ token, logprob: Number.NaN, top_logprobs: null, missing: true });

/**
 * A completion's token log probabilities over its streamed chunks. A chunk whose text came without any (some servers
 * send `logprobs: null` now and then) keeps its place with a missing entry, so the tokens still spell the output and
 * expected scores can say which candidate's score fell in a gap instead of reading the wrong token.
 */
export class LogprobCollector {
  private readonly entries: TokenLogprob[] = [];
  private sent = false;

  /** One chunk: the text it added to the output, and its `logprobs.content` (null: none). */
  add(text: string, logprobs: TokenLogprob[] | null): void {
    if (logprobs !== null && logprobs.length > 0) {
      this.entries.push(...logprobs);
      if (logprobs.some((e) => !e.missing)) this.sent = true;
    } else if (text !== '') {
      // Consecutive chunks without them make one gap (an engine that never sends any costs one growing string).
      const last = this.entries[this.entries.length - 1];
      if (last?.missing) last.token += text;
      else this.entries.push(missingEntry(text));
    }
  }

  /** Every entry in order, or null when the engine sent no log probabilities at all. */
  get result(): TokenLogprob[] | null {
    return this.sent ? this.entries : null;
  }
}
