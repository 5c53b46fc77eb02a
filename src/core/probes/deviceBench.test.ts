import { describe, expect, it } from 'vitest';
import { median, summarizeDeviceBench, DEVICE_BENCH_CASE } from './deviceBench.ts';

describe('device benchmark', () => {
  it('uses a fixed case of 4 candidates', () => {
    expect(DEVICE_BENCH_CASE.responses).toHaveLength(4);
  });
  it('reports medians and ignores missing figures', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1])).toBe(2.5);
    expect(median([null])).toBeNull();
    const s = summarizeDeviceBench([
      { timeToFirstTokenMs: 100, prefillTokensPerSec: 50, decodeTokensPerSec: 10, endToEndMs: 900, promptTokens: 600, completionTokens: 80 },
      { timeToFirstTokenMs: 300, prefillTokensPerSec: null, decodeTokensPerSec: 30, endToEndMs: 700, promptTokens: 600, completionTokens: 90 },
      { timeToFirstTokenMs: 200, prefillTokensPerSec: 70, decodeTokensPerSec: 20, endToEndMs: 800, promptTokens: 600, completionTokens: 100 },
    ]);
    expect(s).toEqual({ timeToFirstTokenMs: 200, prefillTokensPerSec: 60, decodeTokensPerSec: 20, endToEndMs: 800, promptTokens: 600, completionTokens: 90 });
  });
});
