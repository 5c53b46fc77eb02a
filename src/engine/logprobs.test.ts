import { describe, expect, it } from 'vitest';
import { readLogprobContent } from './logprobs.ts';

describe('readLogprobContent', () => {
  it('reads the OpenAI shape and skips broken entries', () => {
    const choice = {
      delta: { content: '4' },
      logprobs: {
        content: [
          { token: '4', logprob: -0.2, bytes: [52], top_logprobs: [{ token: '4', logprob: -0.2 }, { token: '5', logprob: -1.9 }, { token: 5 }] },
          { token: null, logprob: -1 },
          { token: ',', logprob: 0 },
        ],
      },
    };
    expect(readLogprobContent(choice)).toEqual([
      { token: '4', logprob: -0.2, top_logprobs: [{ token: '4', logprob: -0.2 }, { token: '5', logprob: -1.9 }] },
      { token: ',', logprob: 0, top_logprobs: null },
    ]);
  });

  it('is null when the choice carries none', () => {
    expect(readLogprobContent({ delta: { content: 'x' } })).toBeNull();
    expect(readLogprobContent({ logprobs: null })).toBeNull();
    expect(readLogprobContent(null)).toBeNull();
  });
});
