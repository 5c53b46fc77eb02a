/**
 * The fixture server's public shape, free of Node types so that code type-checked without Node (the app's unit tests
 * under src/) can describe what it imports at run time.
 */

export interface RecordedRequest {
  method: string;
  /** Path and query as received, including any `/fault-…` prefix. */
  path: string;
  /** Lower-cased header names, as Node reports them. */
  headers: Record<string, string | string[] | undefined>;
  /** The request body as text ('' when there was none). */
  body: string;
}

export interface FixtureServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** When set, every /v1 request needs `Authorization: Bearer <apiKey>` or gets a 401. */
  apiKey?: string;
  /** The healthy models to serve (default ['rewardanything-8b']); the fault models are always listed too. */
  models?: string[];
  /** Reported as `max_model_len` on each model, as vLLM does (default 8192). */
  maxModelLen?: number;
  /** Delay between tokens of the fault-slow model (default 50 ms). */
  slowTokenMs?: number;
  /**
   * How long fault-cut holds its half-sent stream before dropping the connection (default 30 ms). A browser test sets it
   * high and drops the connection itself with `POST /__fixture/cut` once the page shows the partial output: a browser
   * discards body bytes it has received but not yet handed to the page when the connection breaks, so a fixed short
   * delay makes "the partial output is kept" depend on the machine's load.
   */
  cutHoldMs?: number;
  /** `Access-Control-Max-Age` of the CORS answers, in seconds (default 0); vLLM's CORS middleware says 600. */
  corsMaxAgeS?: number;
  /** Seeds which request bodies fault-mixed fails (default 1). */
  faultSeed?: number;
}

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` (no trailing slash, no /v1). */
  url: string;
  port: number;
  /** Every request received, in order. Clear it with `requests.length = 0`. */
  requests: RecordedRequest[];
  /** Stops listening and destroys open sockets (hung requests included). */
  close(): Promise<void>;
}

export type StartFixtureServer = (opts?: FixtureServerOptions) => Promise<FixtureServer>;
