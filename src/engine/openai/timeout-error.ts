import { EngineError } from '../errors.ts';

/** The server sent nothing before the request's time limit. */
export const timeoutError = (call: string, url: string, timeoutMs: number): EngineError =>
  new EngineError(
    'timeout',
    `The server did not start answering within ${Math.round(timeoutMs / 100) / 10} s.`,
    'It may still be loading the model or be busy with other requests. Try again in a moment, or raise the request timeout.',
    { call, url },
  );

/** The caller stopped a request that has no partial result to return. */
export const abortedError = (call: string, url?: string): EngineError =>
  new EngineError('aborted', 'Stopped.', 'Start it again when you are ready.', { call, url });
