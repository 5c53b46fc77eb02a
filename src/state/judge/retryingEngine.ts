import { withBackoff } from '../../engine/openai/index.ts';
import type { EngineError } from '../../engine/errors.ts';
import type { JudgeEngine } from '../../engine/types.ts';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First delay when the server gives no Retry-After; doubles each retry. */
  baseMs: number;
  maxDelayMs?: number;
}

/** A retry about to wait: attempt `attempt` (2 = the first retry) of `of` starts after `delayMs`. */
export interface RetryNotice {
  attempt: number;
  of: number;
  delayMs: number;
  error: EngineError;
}

/** Default for benchmark runs on servers: 429 and 5xx are retried up to 4 times (1 s, 2 s, 4 s, 8 s, or what Retry-After says). */
export const SERVER_RETRY: RetryPolicy = { retries: 4, baseMs: 1000, maxDelayMs: 30_000 };

/** The playground's: someone is watching, so two retries (attempt 2 and 3 of 3) before the error is shown. */
export const PLAYGROUND_RETRY: RetryPolicy = { retries: 2, baseMs: 1000, maxDelayMs: 30_000 };

export interface RetryHooks {
  /** A request is sent (1 = the first). */
  onAttempt?(attempt: number): void;
  /** A 429 / 5xx came back and the next attempt waits. */
  onRetry?(notice: RetryNotice): void;
}

/**
 * The same engine, with each judgment retried on 429 / 5xx (the errors a server raises before it streams anything)
 * through the OpenAI engine's `withBackoff`; the judgment's signal also cancels a wait.
 */
export function retryingEngine(engine: JudgeEngine, policy: RetryPolicy, hooks: RetryHooks = {}): JudgeEngine {
  return {
    kind: engine.kind,
    load: (model, opts) => engine.load(model, opts),
    unload: () => engine.unload(),
    ...(engine.continueSupport ? { continueSupport: () => engine.continueSupport!() } : {}),
    judge: (messages, sampling, opts) =>
      withBackoff(
        (attempt) => {
          hooks.onAttempt?.(attempt + 1);
          return engine.judge(messages, sampling, opts);
        },
        {
          retries: policy.retries,
          baseMs: policy.baseMs,
          maxDelayMs: policy.maxDelayMs,
          signal: opts.signal,
          onRetry: ({ attempt, delayMs, error }) => hooks.onRetry?.({ attempt: attempt + 1, of: policy.retries + 1, delayMs, error }),
        },
      ),
  };
}
