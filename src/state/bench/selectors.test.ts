import { describe, expect, it } from 'vitest';
import type { AppState } from '../store.ts';
import { benchSpeedOf } from './selectors.ts';
import { runRecord, benchItem } from './fakes.testkit.ts';

const MODEL = 'Qwen3-8B-q4f16_1-MLC';

/** The parts of the store benchSpeedOf reads, with the browser engine ready on MODEL. */
function state(over: Partial<AppState> = {}): AppState {
  return {
    engineKind: 'webllm',
    load: { status: 'ready', modelId: MODEL },
    openai: { model: '', concurrency: 4 },
    bench: { runs: [] },
    shown: null,
    history: [],
    deviceSpeeds: {},
    ...over,
  } as unknown as AppState;
}

const device = { prefillTokensPerSec: 900, decodeTokensPerSec: 30, completionTokens: 700, date: '2026-11-20T10:00:00.000Z' };

describe('benchSpeedOf', () => {
  it('knows nothing before this model has been measured', () => {
    expect(benchSpeedOf(state())).toBeNull();
  });

  it('uses the device benchmark of the loaded model, not of another one', () => {
    expect(benchSpeedOf(state({ deviceSpeeds: { 'webllm:other-model': device } }))).toBeNull();
    const speed = benchSpeedOf(state({ deviceSpeeds: { [`webllm:${MODEL}`]: device } }));
    expect(speed).toMatchObject({ kind: 'tokens', decodeTokensPerSec: 30, prefillTokensPerSec: 900, outputTokens: 700 });
    expect(speed?.label).toBe('measured by “Benchmark this device” on 2026-11-20');
  });

  it('an earlier run of the same model beats the device benchmark', () => {
    const past = runRecord('r1', [benchItem('a', 'q')], { engine: { kind: 'webllm', modelId: MODEL, contextWindow: 8192 }, counts: { done: 4, failed: 0 }, activeMs: 40_000, name: 'earlier' });
    const speed = benchSpeedOf(state({ deviceSpeeds: { [`webllm:${MODEL}`]: device }, bench: { runs: [past] } as unknown as AppState['bench'] }));
    expect(speed).toEqual({ kind: 'run', msPerItem: 10_000, inFlight: 1, label: 'measured in run “earlier”' });
  });

  it('a server run records how many requests it had in flight', () => {
    const items = Array.from({ length: 8 }, (_, i) => benchItem(`i${i}`, 'q'));
    const engine = { kind: 'openai', modelId: 'rm', baseUrl: 'http://x/v1', contextWindow: 8192 } as const;
    const past = runRecord('r1', items, { engine, concurrency: 4, counts: { done: 8, failed: 0 }, activeMs: 16_000, name: 'earlier' });
    const s = state({ engineKind: 'openai', openai: { model: 'rm', concurrency: 1 } as AppState['openai'], bench: { runs: [past] } as unknown as AppState['bench'] });
    expect(benchSpeedOf(s)).toEqual({ kind: 'run', msPerItem: 2_000, inFlight: 4, label: 'measured in run “earlier” at 4 in flight' });
    const http1 = { ...past, concurrency: 16, figures: { retries: 0, errors: {}, tokens: 0, peakInFlight: 6, protocol: 'http/1.1' } };
    expect(benchSpeedOf({ ...s, bench: { runs: [http1] } } as unknown as AppState)).toMatchObject({ inFlight: 6, maxInFlight: 6 });
  });
});
