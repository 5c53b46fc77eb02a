/**
 * Which protocol the browser speaks to a server (Resource Timing's nextHopProtocol: "http/1.1", "h2", "h3"), from the
 * first request to `urlPrefix` that reports one. A PerformanceObserver, so a full resource-timing buffer does not hide
 * it. Cross-origin servers report it only when they send `Timing-Allow-Origin` (otherwise it stays unknown).
 * Returns the stop function.
 */
export function watchProtocol(urlPrefix: string, onProtocol: (protocol: string) => void): () => void {
  if (typeof PerformanceObserver === 'undefined') return () => {};
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      if (!entry.name.startsWith(urlPrefix) || !entry.nextHopProtocol) continue;
      onProtocol(entry.nextHopProtocol);
      observer.disconnect();
      return;
    }
  });
  try {
    observer.observe({ type: 'resource', buffered: true });
  } catch {
    return () => {};
  }
  return () => observer.disconnect();
}

/** Chromium's (and Firefox's) limit of connections to one host over HTTP/1.1. */
export const HTTP1_CONNECTIONS_PER_HOST = 6;
