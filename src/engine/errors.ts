/** Every failure an engine reports is one of these kinds, each with a message that says what to do. */
export type EngineErrorKind =
  | 'webgpu-missing'
  | 'shader-f16-missing'
  | 'device-lost'
  | 'out-of-memory'
  | 'context-exceeded'
  | 'network'
  | 'not-found'
  | 'model-library'
  | 'bad-config'
  | 'load-timeout'
  | 'worker-crashed'
  | 'not-loaded'
  | 'aborted'
  // The browser engine is in use by another part of the app
  | 'busy'
  // OpenAI-compatible server
  | 'unreachable'
  | 'cors'
  | 'unauthorized'
  | 'unknown-model'
  | 'server-error'
  | 'rate-limited'
  | 'timeout'
  | 'stream-cut'
  | 'bad-response'
  | 'unknown';

export interface EngineErrorDetails {
  /** Which call failed: 'load', 'judge', 'list-models', … */
  call?: string;
  /** Which file or URL was involved, when one was. */
  url?: string;
  /** HTTP status, when there was one. */
  status?: number;
  /** Context overflow: tokens asked for and the window. */
  promptTokens?: number;
  contextWindow?: number;
  /** The raw text of the underlying error, for the details view. */
  raw?: string;
}

export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  /** What the user can do about it, in one or two sentences. */
  readonly advice: string;
  readonly details: EngineErrorDetails;
  constructor(kind: EngineErrorKind, message: string, advice: string, details: EngineErrorDetails = {}) {
    super(message);
    this.name = 'EngineError';
    this.kind = kind;
    this.advice = advice;
    this.details = details;
  }
}

export const isEngineError = (e: unknown): e is EngineError => e instanceof EngineError;

/** An error as the store keeps and the screens show it: plain data, with what to do about it. */
export interface SerializedError {
  kind: string;
  message: string;
  advice: string;
  raw?: string;
}

export const serializeError = (e: unknown): SerializedError =>
  isEngineError(e)
    ? { kind: e.kind, message: e.message, advice: e.advice, raw: e.details.raw }
    : { kind: 'unknown', message: e instanceof Error ? e.message : String(e), advice: 'Try again.' };
