import type { FinishReason } from './types.ts';

export interface FinishOutcome {
  finishReason: FinishReason;
  errorMessage?: string;
}

/**
 * What an engine's own finish_reason means for a judgment. Any reason outside the two clean endings (tool_calls,
 * content_filter, abort, a server's own words) means the engine did not simply finish: it is an error that names the
 * reason, never a clean stop, so a judgment cut by a filter or an engine-side abort is not taken as complete.
 * A stop the user asked for is decided by the caller from its own signal, not from this reason.
 */
export function finishOutcome(reason: string, engine: 'server' | 'browser engine'): FinishOutcome {
  if (reason === 'stop' || reason === 'eos' || reason === 'end_turn') return { finishReason: 'stop' };
  if (reason === 'length' || reason === 'max_tokens') return { finishReason: 'length' };
  return { finishReason: 'error', errorMessage: `The ${engine} ended the generation with finish_reason “${reason}”.` };
}
