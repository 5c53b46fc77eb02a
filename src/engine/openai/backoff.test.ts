import { describe, expect, it } from 'vitest';
import { EngineError, isEngineError } from '../errors.ts';
import type { EngineErrorDetails } from '../errors.ts';
import { withBackoff } from './backoff.ts';

const err = (kind: 'rate-limited' | 'server-error' | 'unauthorized', retryAfterMs?: number) => {
  const details: EngineErrorDetails & { retryAfterMs?: number } = retryAfterMs === undefined ? {} : { retryAfterMs };
  return new EngineError(kind, kind, '', details);
};

/** A function failing with the given errors in turn, then returning 'ok'. */
function flaky(errors: EngineError[]) {
  const calls: number[] = [];
  const fn = async (attempt: number) => {
    calls.push(attempt);
    const e = errors[attempt];
    if (e) throw e;
    return 'ok';
  };
  return { fn, calls };
}

describe('withBackoff', () => {
  it('retries rate-limited and server errors with doubling delays', async () => {
    const { fn, calls } = flaky([err('server-error'), err('rate-limited'), err('server-error')]);
    const delays: number[] = [];
    await expect(withBackoff(fn, { retries: 3, baseMs: 5, onRetry: (i) => delays.push(i.delayMs) })).resolves.toBe('ok');
    expect(calls).toEqual([0, 1, 2, 3]);
    expect(delays).toEqual([5, 10, 20]);
  });

  it('uses the delay the server asked for', async () => {
    const { fn } = flaky([err('rate-limited', 30)]);
    const delays: number[] = [];
    await withBackoff(fn, { retries: 1, baseMs: 1, onRetry: (i) => delays.push(i.delayMs) });
    expect(delays).toEqual([30]);
  });

  it('gives up on other errors, after the last retry, and on a Retry-After beyond the cap', async () => {
    await expect(withBackoff(flaky([err('unauthorized')]).fn, { retries: 3, baseMs: 1 })).rejects.toMatchObject({ kind: 'unauthorized' });
    const twice = flaky([err('server-error'), err('server-error')]);
    await expect(withBackoff(twice.fn, { retries: 1, baseMs: 1 })).rejects.toMatchObject({ kind: 'server-error' });
    expect(twice.calls).toEqual([0, 1]);
    const long = flaky([err('rate-limited', 60_000)]);
    await expect(withBackoff(long.fn, { retries: 3, baseMs: 1, maxDelayMs: 1000 })).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(long.calls).toEqual([0]);
  });

  it('stops waiting when aborted', async () => {
    const ac = new AbortController();
    const p = withBackoff(flaky([err('server-error')]).fn, { retries: 1, baseMs: 10_000, signal: ac.signal });
    setTimeout(() => ac.abort(), 10);
    const e: unknown = await p.catch((x: unknown) => x);
    expect(isEngineError(e) && e.kind).toBe('aborted');
  });
});
