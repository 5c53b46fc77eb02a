import type { AppState } from '../store.ts';
import type { SpeedSample } from '../../core/index.ts';
import { deviceSpeedKey } from '../../core/index.ts';
import { HTTP1_CONNECTIONS_PER_HOST } from './protocol.ts';

/** The engine in use as a run would record it (modelId null when none is ready) and its requests in flight. */
export function benchEngineOf(s: AppState): { kind: 'webllm' | 'openai'; modelId: string | null; concurrency: number } {
  if (s.settings.engineKind === 'openai') return { kind: 'openai', modelId: s.settings.server.model || null, concurrency: Math.max(1, Math.floor(s.settings.server.concurrency || 1)) };
  return { kind: 'webllm', modelId: s.models.load.status === 'ready' ? s.models.load.modelId : null, concurrency: 1 };
}

/**
 * The speed to estimate a run with, for the engine in use: an earlier run of the same model (time per item), else
 * its last device benchmark (median token speeds), else the last Playground judgment with it (token speeds); null
 * when nothing has been measured.
 */
export function benchSpeedOf(s: AppState): SpeedSample | null {
  const { kind, modelId } = benchEngineOf(s);
  if (!modelId) return null;
  const past = s.bench.runs.find((r) => r.engine.kind === kind && r.engine.modelId === modelId && r.counts.done > 0 && r.activeMs > 0 && !r.imported);
  if (past) {
    const cap = past.figures?.protocol === 'http/1.1' ? HTTP1_CONNECTIONS_PER_HOST : undefined;
    const inFlight = Math.max(1, Math.min(past.concurrency || 1, past.itemIds.length, cap ?? Infinity));
    return { kind: 'run', msPerItem: past.activeMs / past.counts.done, inFlight, ...(cap ? { maxInFlight: cap } : {}), label: `measured in run “${past.name}”${kind === 'openai' ? ` at ${inFlight} in flight` : ''}` };
  }
  const device = s.deviceSpeed.speeds[deviceSpeedKey(kind, modelId)];
  if (device) {
    const day = device.date.slice(0, 10);
    return { kind: 'tokens', prefillTokensPerSec: device.prefillTokensPerSec, decodeTokensPerSec: device.decodeTokensPerSec, outputTokens: device.completionTokens, label: `measured by “Benchmark this device” on ${day}` };
  }
  const judged = [s.playground.shown, ...s.playground.history].find((j) => j && j.engine.kind === kind && j.engine.modelId === modelId && j.stats?.decodeTokensPerSec && j.stats.prefillTokensPerSec);
  const st = judged?.stats;
  if (st?.decodeTokensPerSec && st.prefillTokensPerSec) {
    return { kind: 'tokens', prefillTokensPerSec: st.prefillTokensPerSec, decodeTokensPerSec: st.decodeTokensPerSec, outputTokens: st.completionTokens, label: 'measured on the last Playground judgment' };
  }
  return null;
}
