import { describe, expect, it } from 'vitest';
import { LogprobCollector, readLogprobContent } from './logprobs.ts';

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

describe('LogprobCollector', () => {
  it('keeps the place of text that came without log probabilities, one gap per run of such chunks', () => {
    const c = new LogprobCollector();
    c.add('{"a": ', null);
    c.add('4', [{ token: '4', logprob: -0.1, top_logprobs: [{ token: '4', logprob: -0.1 }] }]);
    c.add(', "b": ', null);
    c.add('3', null);
    c.add('}', []);
    expect(c.result?.map((e) => [e.token, e.missing ?? false])).toEqual([['{"a": ', true], ['4', false], [', "b": 3}', true]]);
  });

  it('is null when the engine sent none at all', () => {
    const c = new LogprobCollector();
    c.add('{"a": 4}', null);
    expect(c.result).toBeNull();
  });

  it('keeps an entry with a token but no number as missing', () => {
    const lp = readLogprobContent({ logprobs: { content: [{ token: '4', logprob: null, top_logprobs: null }] } });
    expect(lp).toEqual([{ token: '4', logprob: Number.NaN, top_logprobs: null, missing: true }]);
  });
});
