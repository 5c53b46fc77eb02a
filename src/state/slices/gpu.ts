import type { StateCreator } from 'zustand';
import { probeWebGPU, type GpuProbe } from '../../engine/webllm/capability.ts';
import type { AppState } from '../store.ts';

export interface GpuSlice {
  gpu: GpuProbe | null;
  probeGpu(): Promise<void>;
}

export const createGpuSlice: StateCreator<AppState, [], [], GpuSlice> = (set) => ({
  gpu: null,
  async probeGpu() {
    set({ gpu: await probeWebGPU() });
  },
});
