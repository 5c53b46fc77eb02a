import { describe, expect, it } from 'vitest';
import { estimateRunMs, formatDuration, itemPromptTokens } from './runEstimate.ts';
import { benchItem } from './records.testkit.ts';

describe('estimateRunMs', () => {
  const items = [benchItem('a', 'q'), benchItem('b', 'q')];
  it('uses a measured time per item, or token speeds divided over the requests in flight', () => {
    expect(estimateRunMs(items, null, 1)).toBeNull();
    expect(estimateRunMs(items, { kind: 'run', msPerItem: 1500, inFlight: 1, label: '' }, 1)).toBe(3000);
    const t = itemPromptTokens(items[0]!);
    expect(t).toBeGreaterThan(300);
    const one = estimateRunMs(items, { kind: 'tokens', prefillTokensPerSec: 100, decodeTokensPerSec: 10, outputTokens: 100, label: '' }, 1)!;
    expect(one).toBeCloseTo(2 * ((t / 100 + 10) * 1000), 0);
    const tokens = { kind: 'tokens', prefillTokensPerSec: 100, decodeTokensPerSec: 10, outputTokens: 100, label: '' } as const;
    expect(estimateRunMs(items, tokens, 2)).toBeCloseTo(one / 2, 0);
    // Two items keep at most two requests in flight.
    expect(estimateRunMs(items, tokens, 4)).toBeCloseTo(one / 2, 0);
  });
  it('brings an earlier run’s time per item to the requests in flight of the next run', () => {
    const eight = Array.from({ length: 8 }, (_, i) => benchItem(`i${i}`, 'q'));
    // Measured at 4 in flight: 1.5 s per item of wall time is 6 s per request.
    const at4 = { kind: 'run', msPerItem: 1500, inFlight: 4, label: '' } as const;
    expect(estimateRunMs(eight, at4, 4)).toBe(12_000);
    expect(estimateRunMs(eight, at4, 1)).toBe(48_000);
    expect(estimateRunMs(eight, at4, 8)).toBe(6_000);
    // Never more in flight than there are items, nor than the browser's connections to the server.
    expect(estimateRunMs(items, at4, 16)).toBe(6_000);
    expect(estimateRunMs(eight, { ...at4, maxInFlight: 6 }, 16)).toBe(8_000);
  });
  it('formats durations', () => {
    expect(formatDuration(4_000)).toBe('4 s');
    expect(formatDuration(12 * 60_000)).toBe('12 min');
    expect(formatDuration(125 * 60_000)).toBe('2 h 05 min');
  });
});
