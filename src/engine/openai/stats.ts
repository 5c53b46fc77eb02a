import type { JudgeStats } from '../types.ts';
import type { TokenUsage } from './chunk.ts';

export interface Timings {
  /** When the request was sent. */
  start: number;
  /** When the first piece of text arrived; null when none did. */
  firstToken: number | null;
  end: number;
}

/**
 * Timing statistics of one completion (all times in ms from the same clock).
 * - timeToFirstTokenMs: request sent → first text received (includes network, queueing and prefill).
 * - prefillTokensPerSec ≈ promptTokens / time to first token: an approximation from the client's side, since the
 *   server's queueing and the network are in that time too; a lower bound of the real prefill speed.
 * - decodeTokensPerSec = completionTokens / (first token → end).
 * Token counts come from the server's `usage` (sent when `stream_options.include_usage` is honoured); without them
 * the counts and rates are null rather than guessed.
 */
export function judgeStats(t: Timings, usage: TokenUsage | null): JudgeStats {
  const ttft = t.firstToken === null ? null : t.firstToken - t.start;
  const decodeMs = t.firstToken === null ? 0 : t.end - t.firstToken;
  const promptTokens = usage?.promptTokens ?? null;
  const completionTokens = usage?.completionTokens ?? null;
  return {
    timeToFirstTokenMs: ttft,
    prefillTokensPerSec: promptTokens !== null && ttft !== null && ttft > 0 ? promptTokens / (ttft / 1000) : null,
    decodeTokensPerSec: completionTokens !== null && decodeMs > 0 ? completionTokens / (decodeMs / 1000) : null,
    endToEndMs: t.end - t.start,
    promptTokens,
    completionTokens,
  };
}
