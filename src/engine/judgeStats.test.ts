import { describe, expect, it } from 'vitest';
import { judgeStats } from './judgeStats.ts';

const t = { start: 1000, firstToken: 1500, end: 3500 };

describe('judgeStats', () => {
  it('estimates the rates from the timings and the token counts', () => {
    const s = judgeStats(t, { promptTokens: 200, completionTokens: 100 });
    expect(s).toEqual({ timeToFirstTokenMs: 500, prefillTokensPerSec: 400, decodeTokensPerSec: 50, endToEndMs: 2500, promptTokens: 200, completionTokens: 100 });
  });

  it('prefers what the engine measured itself over the estimates', () => {
    const s = judgeStats(t, { promptTokens: 200, completionTokens: 100, measured: { timeToFirstTokenMs: 250, prefillTokensPerSec: 900, decodeTokensPerSec: 60 } });
    expect(s.timeToFirstTokenMs).toBe(250);
    expect(s.prefillTokensPerSec).toBe(900);
    expect(s.decodeTokensPerSec).toBe(60);
    expect(s.endToEndMs).toBe(2500);
  });

  it('leaves counts and rates empty rather than guessing when the engine sent no usage or no text', () => {
    expect(judgeStats(t, null)).toEqual({ timeToFirstTokenMs: 500, prefillTokensPerSec: null, decodeTokensPerSec: null, endToEndMs: 2500, promptTokens: null, completionTokens: null });
    const none = judgeStats({ start: 0, firstToken: null, end: 900 }, { promptTokens: 10, completionTokens: 0 });
    expect(none.timeToFirstTokenMs).toBeNull();
    expect(none.prefillTokensPerSec).toBeNull();
    expect(none.decodeTokensPerSec).toBeNull();
  });
});
