import { EngineError } from '../errors.ts';
import { appOrigin, corsAdvice, unreachableAdvice } from './advice.ts';

/**
 * Is anything answering at `url`? In a browser a failed fetch looks the same whether the server is down or its CORS
 * headers do not allow this page, but a `no-cors` request succeeds (with an opaque response) whenever the server
 * answers at all. Outside a browser there is no CORS, so a failed fetch means the server cannot be reached.
 */
export async function probeReachable(url: string): Promise<boolean> {
  if (appOrigin() === null) return false;
  try {
    await fetch(url, { mode: 'no-cors', cache: 'no-store', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

export interface FetchFailureContext {
  call: string;
  url: string;
  /** A GET-able URL on the same server, for the reachability probe. */
  probeUrl: string;
}

export interface FetchFailureDeps {
  probe(url: string): Promise<boolean>;
  origin: string | null;
}

/** Classifies a fetch that rejected without a response (not an abort) as 'cors' or 'unreachable'. */
export async function errorFromFetchFailure(
  err: unknown,
  ctx: FetchFailureContext,
  deps: FetchFailureDeps = { probe: probeReachable, origin: appOrigin() },
): Promise<EngineError> {
  const raw = err instanceof Error ? `${err.name}: ${err.message}${err.cause instanceof Error ? ` (${err.cause.message})` : ''}` : String(err);
  const details = { call: ctx.call, url: ctx.url, raw };
  const server = new URL(ctx.url).origin;
  if (await deps.probe(ctx.probeUrl)) {
    return new EngineError(
      'cors',
      `The server at ${server} answered, but the browser would not let this page read the answer: ` +
        `the server does not allow requests from ${deps.origin ?? 'this page'} (CORS).`,
      corsAdvice(deps.origin),
      details,
    );
  }
  return new EngineError('unreachable', `Could not connect to ${server}.`, unreachableAdvice(ctx.url), details);
}
