import { EngineError, isEngineError } from '../errors.ts';
import { retryAfterOf } from './retry-after.ts';

export interface BackoffOptions {
  /** Retries after the first attempt (0 = no retry). */
  retries: number;
  /** First delay; doubles each retry. */
  baseMs: number;
  signal?: AbortSignal;
  /** Cap on one delay (default 30 s). A Retry-After longer than this is not waited for: the error is thrown. */
  maxDelayMs?: number;
  onRetry?(info: { attempt: number; delayMs: number; error: EngineError }): void;
}

/** Errors worth retrying: the server said "later" (429) or failed on its side (5xx). */
export const isRetryable = (err: unknown): err is EngineError =>
  isEngineError(err) && (err.kind === 'rate-limited' || err.kind === 'server-error');

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new EngineError('aborted', 'Stopped while waiting to retry.', 'Start it again when you are ready.', { call: 'retry' }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `fn`, retrying on 'rate-limited' and 'server-error' with exponential back-off (baseMs, 2·baseMs, 4·baseMs …,
 * capped at maxDelayMs). When the server said how long to wait (Retry-After, carried by the error), that wait is used
 * instead. Other errors, and the last failure, are thrown as they are; aborting the signal while waiting throws
 * EngineError 'aborted'.
 */
export async function withBackoff<T>(fn: (attempt: number) => Promise<T>, o: BackoffOptions): Promise<T> {
  const maxDelayMs = o.maxDelayMs ?? 30_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (!isRetryable(err) || attempt >= o.retries || o.signal?.aborted) throw err;
      const hinted = retryAfterOf(err.details);
      if (hinted !== null && hinted > maxDelayMs) throw err;
      const delayMs = hinted ?? Math.min(maxDelayMs, o.baseMs * 2 ** attempt);
      o.onRetry?.({ attempt: attempt + 1, delayMs, error: err });
      await sleep(delayMs, o.signal);
    }
  }
}
