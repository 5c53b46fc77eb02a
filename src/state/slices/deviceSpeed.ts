import type { StateCreator } from 'zustand';
import type { DeviceBenchReport } from '../judge/deviceBenchmark.ts';
import { readCheckedPref, writePref } from '../persist/prefs.ts';
import { readDeviceSpeedsPref } from '../../core/index.ts';
import type { AppState } from '../store.ts';

/** The medians of a "Benchmark this device" run, what a benchmark's time estimate needs of them. */
export interface MeasuredSpeed {
  prefillTokensPerSec: number;
  decodeTokensPerSec: number;
  completionTokens: number | null;
  /** ISO date of the measurement. */
  date: string;
}

export interface DeviceSpeedSlice {
  /** The last device benchmark of each engine and model (key `webllm:<model id>`), kept across visits. */
  deviceSpeeds: Record<string, MeasuredSpeed>;
  recordDeviceBenchmark(report: DeviceBenchReport): void;
}

const PREF = 'device-speeds';

export const deviceSpeedKey = (kind: 'webllm' | 'openai', modelId: string) => `${kind}:${modelId}`;

export const createDeviceSpeedSlice: StateCreator<AppState, [], [], DeviceSpeedSlice> = (set, get) => ({
  deviceSpeeds: readCheckedPref(PREF, readDeviceSpeedsPref),
  recordDeviceBenchmark(report) {
    const { prefillTokensPerSec, decodeTokensPerSec, completionTokens } = report.median;
    if (!prefillTokensPerSec || !decodeTokensPerSec) return;
    const deviceSpeeds = { ...get().deviceSpeeds, [deviceSpeedKey(report.engine, report.model)]: { prefillTokensPerSec, decodeTokensPerSec, completionTokens, date: report.date } };
    set({ deviceSpeeds });
    writePref(PREF, deviceSpeeds);
  },
});
