import { probeWebGPU, type GpuProbe } from '../../engine/webllm/capability.ts';
import type { SliceCreator } from './sliceCreator.ts';

export interface GpuSlice {
  gpu: { probe: GpuProbe | null };
  gpuActions: { probeGpu(): Promise<void> };
}

export const createGpuSlice: SliceCreator<GpuSlice> = (set) => ({
  gpu: { probe: null },
  gpuActions: {
    async probeGpu() {
      set({ gpu: { probe: await probeWebGPU() } });
    },
  },
});
