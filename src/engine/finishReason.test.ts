import { describe, expect, it } from 'vitest';
import { finishOutcome } from './finishReason.ts';

describe('finishOutcome', () => {
  it('takes the usual clean endings of both engines as a stop, without a message', () => {
    expect(finishOutcome('stop', 'browser engine')).toEqual({ finishReason: 'stop' });
    expect(finishOutcome('end_turn', 'server')).toEqual({ finishReason: 'stop' });
  });

  it('takes a token limit as length', () => {
    expect(finishOutcome('max_tokens', 'server')).toEqual({ finishReason: 'length' });
  });

  it('calls an unknown reason an error that names the reason and who gave it', () => {
    const o = finishOutcome('content_filter', 'server');
    expect(o.finishReason).toBe('error');
    expect(o.errorMessage).toBe('The server ended the generation with finish_reason “content_filter”.');
    expect(finishOutcome('abort', 'browser engine').errorMessage).toContain('browser engine');
  });
});
