import { withBackoff } from '../../engine/openai/index.ts';
import type { JudgeEngine } from '../../engine/types.ts';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First delay when the server gives no Retry-After; doubles each retry. */
  baseMs: number;
  maxDelayMs?: number;
}

/** Default for servers: 429 and 5xx are retried up to 4 times (1 s, 2 s, 4 s, 8 s, or what Retry-After says). */
export const SERVER_RETRY: RetryPolicy = { retries: 4, baseMs: 1000, maxDelayMs: 30_000 };

/**
 * The same engine, with each judgment retried on 429 / 5xx (the errors a server raises before it streams anything)
 * through the OpenAI engine's `withBackoff`. `onAttempt` counts requests, for the item's record.
 */
export function retryingEngine(engine: JudgeEngine, policy: RetryPolicy, onAttempt: (attempt: number) => void): JudgeEngine {
  return {
    kind: engine.kind,
    load: (model, opts) => engine.load(model, opts),
    unload: () => engine.unload(),
    judge: (messages, sampling, opts) =>
      withBackoff(
        (attempt) => {
          onAttempt(attempt + 1);
          return engine.judge(messages, sampling, opts);
        },
        { retries: policy.retries, baseMs: policy.baseMs, maxDelayMs: policy.maxDelayMs, signal: opts.signal },
      ),
  };
}
