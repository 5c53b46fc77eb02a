/**
 * Fault injection, selected either by the requested model name (POST /v1/chat/completions only) or by a path prefix
 * `/<fault>/v1/…` (every request under it, preflight and GET /v1/models included). A browser test therefore only changes
 * the model setting, or the base URL when the fault has to hit the model list or the CORS preflight too (a preflight
 * carries no body, so it cannot know the model).
 */
export const FAULTS = [
  /** 50 ms between tokens (the server's slowTokenMs option). */
  'fault-slow',
  /** 401 with an OpenAI-style error body. */
  'fault-401',
  /** 404 `model_not_found`. */
  'fault-404-model',
  /** 500 with an error body. */
  'fault-500',
  /** 429 with `Retry-After: 1` for the first request of each distinct body, then success. */
  'fault-429',
  /** 503 with `Retry-After: 3` on every request (a server that stays overloaded). */
  'fault-503',
  /** Half the tokens, then the socket is destroyed (after cutHoldMs, or at `POST /__fixture/cut`). */
  'fault-cut',
  /** A `data: {not json` line in the middle of the stream, which then goes on. */
  'fault-malformed-sse',
  /** The event carrying the answer's opening `{` arrives cut short (not JSON), so that text is lost. */
  'fault-corrupt-sse',
  /** The chunks as bare JSON lines, without `data:` prefixes (not an event stream). */
  'fault-no-data-prefix',
  /** The whole judgment, then the response ends: no finish_reason chunk and no `[DONE]`. */
  'fault-no-done',
  /**
   * Faults at scale: 5% of distinct request bodies (chosen by a seeded hash, the same on every run) fail their first
   * request, a third each with 429 `Retry-After: 1`, 503 `Retry-After: 1` or a stream dropped half-way; later requests
   * with the same body succeed. The rest answer at once.
   */
  'fault-mixed',
  /** No CORS headers (by model: on the actual response; by path prefix: on every response, preflight included). */
  'fault-nocors',
  /** Accepts the request and never answers until the client goes away. */
  'fault-hang',
  /** Streams the reasoning in `delta.reasoning_content` (vLLM with a reasoning parser) and the rest in `delta.content`. */
  'fault-reasoning-content',
  /** 400 for a request carrying a grammar field (structured_outputs, guided_grammar, ebnf, grammar): a server without them. */
  'fault-no-grammar',
  /** Asked for log probabilities, the chunk carrying the second candidate's score digit comes with `logprobs: null`. */
  'fault-logprobs-gaps',
  /** Asked for log probabilities, the first candidate's score is written `N.0`, its digit and `.0` in two tokens. */
  'fault-logprobs-split',
] as const;

export type Fault = (typeof FAULTS)[number];

export const isFault = (s: string): s is Fault => (FAULTS as readonly string[]).includes(s);

/** Splits `/fault-x/v1/models` into the fault and the path the API sees (`/v1/models`). */
export function faultFromPath(path: string): { fault: Fault | null; apiPath: string } {
  const m = /^\/(fault-[a-z0-9-]+)(\/.*)?$/.exec(path);
  if (m && isFault(m[1])) return { fault: m[1], apiPath: m[2] ?? '/' };
  return { fault: null, apiPath: path };
}

/** 32-bit FNV-1a of the text, mixed with a seed: which bodies fault-mixed fails, deterministically. */
export function seededHash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export type MixedFault = '429' | '503' | 'cut' | null;

/** What fault-mixed does to the first request of a body: `ratePercent` of bodies get a fault. */
export function mixedFault(body: string, seed: number, ratePercent = 5): MixedFault {
  const h = seededHash(body, seed);
  if (h % 100 >= ratePercent) return null;
  return (['429', '503', 'cut'] as const)[Math.floor(h / 100) % 3];
}
