/**
 * How long a server asked us to wait, in ms: the Retry-After header (seconds or an HTTP date), else a "try again in
 * 20s" / "in 500ms" phrase in the error message (OpenAI's wording). Null when the server said nothing usable.
 * In a browser, a cross-origin Retry-After header is readable only if the server lists it in
 * Access-Control-Expose-Headers; otherwise the message or the caller's own back-off has to do.
 */
export function parseRetryAfter(header: string | null, message: string, now: number = Date.now()): number | null {
  if (header !== null && header.trim() !== '') {
    const value = header.trim();
    if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const m = /try again in (\d+(?:\.\d+)?)\s*(ms|s)\b/i.exec(message);
  if (m) return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'ms' ? 1 : 1000));
  return null;
}

/** The retry delay an EngineError carries in its details, if any (see errorFromResponse). */
export function retryAfterOf(details: object): number | null {
  return 'retryAfterMs' in details && typeof details.retryAfterMs === 'number' ? details.retryAfterMs : null;
}
