import { deviceSpeedKey } from '../../core/index.ts';
import type { DeviceBenchReport } from '../judge/deviceBenchmark.ts';
import type { SliceCreator } from './sliceCreator.ts';

/** The medians of a "Benchmark this device" run, what a benchmark's time estimate needs of them. */
export interface MeasuredSpeed {
  prefillTokensPerSec: number;
  decodeTokensPerSec: number;
  completionTokens: number | null;
  /** ISO date of the measurement. */
  date: string;
}

export interface DeviceSpeedSlice {
  /** The last device benchmark of each engine and model (key `webllm:<model id>`), kept as a preference. */
  deviceSpeed: { speeds: Record<string, MeasuredSpeed> };
  deviceSpeedActions: { recordDeviceBenchmark(report: DeviceBenchReport): void };
}

export const createDeviceSpeedSlice: SliceCreator<DeviceSpeedSlice> = (set, get) => ({
  deviceSpeed: { speeds: {} },
  deviceSpeedActions: {
    recordDeviceBenchmark(report) {
      const { prefillTokensPerSec, decodeTokensPerSec, completionTokens } = report.median;
      if (!prefillTokensPerSec || !decodeTokensPerSec) return;
      const speed = { prefillTokensPerSec, decodeTokensPerSec, completionTokens, date: report.date };
      set({ deviceSpeed: { speeds: { ...get().deviceSpeed.speeds, [deviceSpeedKey(report.engine, report.model)]: speed } } });
    },
  },
});
