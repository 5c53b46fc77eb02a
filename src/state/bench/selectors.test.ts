import { describe, expect, it } from 'vitest';
import { createAppStore, type AppState } from '../store.ts';
import { benchSpeedOf } from './selectors.ts';
import { runRecord, benchItem } from './fakes.testkit.ts';

const MODEL = 'Qwen3-8B-q4f16_1-MLC';

type Over = { engineKind?: 'webllm' | 'openai'; server?: { model: string; concurrency: number }; speeds?: AppState['deviceSpeed']['speeds']; runs?: AppState['bench']['runs'] };

/** A store with the browser engine ready on MODEL (or the server engine), its runs and device speeds. */
function state(over: Over = {}): AppState {
  const s = createAppStore().getState();
  return {
    ...s,
    settings: { ...s.settings, engineKind: over.engineKind ?? 'webllm', server: { ...s.settings.server, ...(over.server ?? { model: '', concurrency: 4 }) } },
    models: { ...s.models, load: { ...s.models.load, status: 'ready', modelId: MODEL } },
    bench: { ...s.bench, runs: over.runs ?? [] },
    deviceSpeed: { speeds: over.speeds ?? {} },
  };
}

const device = { prefillTokensPerSec: 900, decodeTokensPerSec: 30, completionTokens: 700, date: '2026-11-20T10:00:00.000Z' };

describe('benchSpeedOf', () => {
  it('knows nothing before this model has been measured', () => {
    expect(benchSpeedOf(state())).toBeNull();
  });

  it('uses the device benchmark of the loaded model, not of another one', () => {
    expect(benchSpeedOf(state({ speeds: { 'webllm:other-model': device } }))).toBeNull();
    const speed = benchSpeedOf(state({ speeds: { [`webllm:${MODEL}`]: device } }));
    expect(speed).toMatchObject({ kind: 'tokens', decodeTokensPerSec: 30, prefillTokensPerSec: 900, outputTokens: 700 });
    expect(speed?.label).toBe('measured by “Benchmark this device” on 2026-11-20');
  });

  it('an earlier run of the same model beats the device benchmark', () => {
    const past = runRecord('r1', [benchItem('a', 'q')], { engine: { kind: 'webllm', modelId: MODEL, contextWindow: 8192 }, counts: { done: 4, failed: 0 }, activeMs: 40_000, name: 'earlier' });
    const speed = benchSpeedOf(state({ speeds: { [`webllm:${MODEL}`]: device }, runs: [past] }));
    expect(speed).toEqual({ kind: 'run', msPerItem: 10_000, inFlight: 1, label: 'measured in run “earlier”' });
  });

  it('a server run records how many requests it had in flight', () => {
    const items = Array.from({ length: 8 }, (_, i) => benchItem(`i${i}`, 'q'));
    const engine = { kind: 'openai', modelId: 'rm', baseUrl: 'http://x/v1', contextWindow: 8192 } as const;
    const past = runRecord('r1', items, { engine, concurrency: 4, counts: { done: 8, failed: 0 }, activeMs: 16_000, name: 'earlier' });
    const s = state({ engineKind: 'openai', server: { model: 'rm', concurrency: 1 }, runs: [past] });
    expect(benchSpeedOf(s)).toEqual({ kind: 'run', msPerItem: 2_000, inFlight: 4, label: 'measured in run “earlier” at 4 in flight' });
    const http1 = { ...past, concurrency: 16, figures: { retries: 0, errors: {}, tokens: 0, peakInFlight: 6, protocol: 'http/1.1' } };
    expect(benchSpeedOf({ ...s, bench: { ...s.bench, runs: [http1] } })).toMatchObject({ inFlight: 6, maxInFlight: 6 });
  });
});
