import { DEVICE_BENCH_CASE, DEVICE_BENCH_RUNS, serverKind, summarizeDeviceBench, type JudgeStats } from '../../core/index.ts';
import { DEFAULT_SAMPLING } from '../../engine/types.ts';
import { describeAdapter } from '../../engine/webllm/capability.ts';
import { activeEngine } from './activeEngine.ts';
import { runJudgment } from './runJudgment.ts';
import type { AppState } from '../store.ts';

export interface DeviceBenchReport {
  kind: 'rewardanything-device-benchmark';
  /** 2: `adapter` is null and `server` set when a server ran the benchmark. */
  version: 2;
  date: string;
  model: string;
  engine: 'webllm' | 'openai';
  contextWindow: number;
  /** The WebGPU adapter that ran the model; null when a server did (its speed, not this device's). */
  adapter: string | null;
  /** With the server engine: where the server runs, never its URL (the report is meant to be shared). */
  server: string | null;
  browser: string;
  runs: JudgeStats[];
  median: JudgeStats;
}

/** Runs the fixed judgment three times with the loaded model; the sampling is fixed too (temperature 0). */
export async function runDeviceBenchmark(s: AppState, signal: AbortSignal, onRun: (i: number, run: JudgeStats) => void): Promise<DeviceBenchReport> {
  const eng = await activeEngine(s);
  const release = s.engineLeaseActions.acquireEngine('device-benchmark', eng.engine.kind);
  try {
    return await measure(s, eng, signal, onRun);
  } finally {
    release();
  }
}

async function measure(s: AppState, eng: Awaited<ReturnType<typeof activeEngine>>, signal: AbortSignal, onRun: (i: number, run: JudgeStats) => void): Promise<DeviceBenchReport> {
  const runs: JudgeStats[] = [];
  for (let i = 0; i < DEVICE_BENCH_RUNS && !signal.aborted; i++) {
    const r = await runJudgment({
      engine: eng.engine,
      engineRef: eng.ref,
      input: { principle: DEVICE_BENCH_CASE.principle, prompt: DEVICE_BENCH_CASE.prompt, responses: DEVICE_BENCH_CASE.responses.map((x) => ({ ...x })) },
      mask: true,
      sampling: { ...DEFAULT_SAMPLING },
      signal,
      persist: false,
      tag: 'device-benchmark',
    });
    if (r.error && !r.stats) throw new Error(`${r.error.message} ${r.error.advice}`);
    const st = r.stats;
    const run: JudgeStats = {
      timeToFirstTokenMs: st?.timeToFirstTokenMs ?? null,
      prefillTokensPerSec: st?.prefillTokensPerSec ?? null,
      decodeTokensPerSec: st?.decodeTokensPerSec ?? null,
      endToEndMs: st?.endToEndMs ?? 0,
      promptTokens: st?.promptTokens ?? null,
      completionTokens: st?.completionTokens ?? null,
    };
    runs.push(run);
    onRun(i, run);
  }
  const gpu = s.gpu.probe;
  return {
    kind: 'rewardanything-device-benchmark',
    version: 2,
    date: new Date().toISOString(),
    model: eng.ref.modelId,
    engine: eng.ref.kind,
    contextWindow: eng.ref.contextWindow,
    adapter: eng.ref.kind === 'openai' ? null : gpu?.status === 'ok' ? describeAdapter(gpu) : 'no WebGPU',
    server: eng.ref.kind === 'openai' ? serverKind(eng.ref.baseUrl ?? '') : null,
    browser: navigator.userAgent,
    runs,
    median: summarizeDeviceBench(runs),
  };
}
