import type { JudgeStats } from './types.ts';

export interface Timings {
  /** When the request was sent. */
  start: number;
  /** When the first piece of text arrived; null when none did. */
  firstToken: number | null;
  end: number;
}

export interface TokenUsage {
  promptTokens: number | null;
  completionTokens: number | null;
  /** Figures the engine measured itself (WebLLM does, inside the worker); each one wins over the client's estimate. */
  measured?: { timeToFirstTokenMs?: number; prefillTokensPerSec?: number; decodeTokensPerSec?: number };
}

/**
 * Timing statistics of one completion, for both engines (all times in ms from the same clock).
 * - timeToFirstTokenMs: request sent → first text received (includes network, queueing and prefill).
 * - prefillTokensPerSec ≈ promptTokens / time to first token: an approximation from the client's side, since
 *   queueing and the network are in that time too; a lower bound of the real prefill speed.
 * - decodeTokensPerSec = completionTokens / (first token → end).
 * Token counts come from the engine's `usage`; without them the counts and rates are null rather than guessed.
 */
export function judgeStats(t: Timings, usage: TokenUsage | null): JudgeStats {
  const measured = usage?.measured ?? {};
  const ttft = measured.timeToFirstTokenMs ?? (t.firstToken === null ? null : t.firstToken - t.start);
  const decodeMs = t.firstToken === null ? 0 : t.end - t.firstToken;
  const promptTokens = usage?.promptTokens ?? null;
  const completionTokens = usage?.completionTokens ?? null;
  return {
    timeToFirstTokenMs: ttft,
    prefillTokensPerSec: measured.prefillTokensPerSec ?? (promptTokens !== null && ttft !== null && ttft > 0 ? promptTokens / (ttft / 1000) : null),
    decodeTokensPerSec: measured.decodeTokensPerSec ?? (completionTokens !== null && decodeMs > 0 ? completionTokens / (decodeMs / 1000) : null),
    endToEndMs: t.end - t.start,
    promptTokens,
    completionTokens,
  };
}
