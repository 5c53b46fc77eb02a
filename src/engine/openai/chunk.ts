import type { TokenLogprob } from '../../core/index.ts';
import type { TokenUsage } from '../judgeStats.ts';
import { readLogprobContent } from '../logprobs.ts';

/** Reads the fields we use from a chat.completion.chunk (streamed) or chat.completion (not streamed), defensively. */

export interface ChunkFields {
  content: string;
  /** `reasoning_content` (vLLM with a reasoning parser, some Ollama versions) or `reasoning` (newer vLLM, Ollama). */
  reasoning: string;
  finishReason: string | null;
  usage: TokenUsage | null;
  /** An error the server reported inside the stream. */
  error: string | null;
  /** `choices[0].logprobs.content`, when sent. */
  logprobs: TokenLogprob[] | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function readError(json: Record<string, unknown>): string | null {
  if ('error' in json && json.error !== null && json.error !== undefined) {
    const e = json.error;
    if (isRecord(e)) return str(e.message) || JSON.stringify(e);
    return typeof e === 'string' ? e : JSON.stringify(e);
  }
  if (json.object === 'error') return str(json.message) || 'unknown error';
  return null;
}

export function readChunk(json: unknown): ChunkFields | null {
  if (!isRecord(json)) return null;
  const error = readError(json);
  const u = isRecord(json.usage) ? json.usage : null;
  const usage = u ? { promptTokens: num(u.prompt_tokens), completionTokens: num(u.completion_tokens) } : null;
  const choice = Array.isArray(json.choices) && isRecord(json.choices[0]) ? json.choices[0] : null;
  const part = choice ? (isRecord(choice.delta) ? choice.delta : isRecord(choice.message) ? choice.message : null) : null;
  return {
    content: part ? str(part.content) : '',
    reasoning: part ? str(part.reasoning_content) || str(part.reasoning) : '',
    finishReason: choice && typeof choice.finish_reason === 'string' ? choice.finish_reason : null,
    usage,
    error,
    logprobs: readLogprobContent(choice),
  };
}
