import { describe, expect, it } from 'vitest';
import { estimateRunMs, formatDuration, itemPromptTokens } from './estimate.ts';
import { benchItem } from './fakes.testkit.ts';

describe('estimateRunMs', () => {
  const items = [benchItem('a', 'q'), benchItem('b', 'q')];
  it('uses a measured time per item, or token speeds divided over the requests in flight', () => {
    expect(estimateRunMs(items, null, 1)).toBeNull();
    expect(estimateRunMs(items, { kind: 'run', msPerItem: 1500, label: '' }, 1)).toBe(3000);
    const t = itemPromptTokens(items[0]!);
    expect(t).toBeGreaterThan(300);
    const one = estimateRunMs(items, { kind: 'tokens', prefillTokensPerSec: 100, decodeTokensPerSec: 10, outputTokens: 100, label: '' }, 1)!;
    expect(one).toBeCloseTo(2 * ((t / 100 + 10) * 1000), 0);
    expect(estimateRunMs(items, { kind: 'tokens', prefillTokensPerSec: 100, decodeTokensPerSec: 10, outputTokens: 100, label: '' }, 4)).toBeCloseTo(one / 4, 0);
  });
  it('formats durations', () => {
    expect(formatDuration(4_000)).toBe('4 s');
    expect(formatDuration(12 * 60_000)).toBe('12 min');
    expect(formatDuration(125 * 60_000)).toBe('2 h 05 min');
  });
});
