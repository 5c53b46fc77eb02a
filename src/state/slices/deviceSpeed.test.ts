import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store.ts';
import type { DeviceBenchReport } from '../judge/deviceBenchmark.ts';

const report = (model: string, decode: number | null): DeviceBenchReport => ({
  kind: 'rewardanything-device-benchmark',
  version: 2,
  date: '2026-12-01T10:00:00.000Z',
  model,
  engine: 'webllm',
  contextWindow: 8192,
  adapter: 'test',
  server: null,
  browser: 'test',
  runs: [],
  median: { timeToFirstTokenMs: 100, prefillTokensPerSec: 900, decodeTokensPerSec: decode, endToEndMs: 1000, promptTokens: 500, completionTokens: 400 },
});

describe('device speeds', () => {
  it('keep the last benchmark of each model; one without speeds changes nothing', () => {
    const { getState } = createAppStore();
    getState().deviceSpeedActions.recordDeviceBenchmark(report('m1', 30));
    getState().deviceSpeedActions.recordDeviceBenchmark(report('m2', null));
    expect(getState().deviceSpeed.speeds).toEqual({ 'webllm:m1': { prefillTokensPerSec: 900, decodeTokensPerSec: 30, completionTokens: 400, date: '2026-12-01T10:00:00.000Z' } });
  });
});
