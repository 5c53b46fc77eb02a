/**
 * One request's abort wiring: the caller's signal and a silence timeout both abort the fetch, and afterwards we can
 * tell which of them did. The timeout measures time without any bytes: first the wait for the first byte, then (once
 * bytes flow) the longest gap between two chunks. Marking activity is a plain assignment, so it costs nothing per token.
 */
export class RequestControl {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastActivity: number;
  private readonly onUserAbort = () => this.controller.abort();
  /** True once the silence timeout fired. */
  timedOut = false;
  /** True once any bytes of the response body arrived. */
  gotBytes = false;

  constructor(
    private readonly user: AbortSignal | undefined,
    private readonly timeoutMs: number,
  ) {
    this.lastActivity = Date.now();
    if (user?.aborted) this.controller.abort();
    else user?.addEventListener('abort', this.onUserAbort);
    this.arm(timeoutMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The caller stopped the request (takes precedence over a timeout that fired at the same time). */
  get userAborted(): boolean {
    return this.user?.aborted === true;
  }

  /** Bytes arrived. */
  activity(): void {
    this.gotBytes = true;
    this.lastActivity = Date.now();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.user?.removeEventListener('abort', this.onUserAbort);
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => {
      const silentFor = Date.now() - this.lastActivity;
      if (silentFor < this.timeoutMs) return this.arm(this.timeoutMs - silentFor);
      this.timedOut = true;
      this.controller.abort();
    }, ms);
  }
}
