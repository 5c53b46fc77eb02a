import { describe, expect, it } from 'vitest';
import { assessFit, recommendModel } from './fit.ts';
import { PREBUILT_QWEN3 } from './catalog.ts';
import type { GpuProbe } from './capability.ts';

const gpu = (hasF16: boolean, fallback = false): GpuProbe => ({
  status: 'ok',
  vendor: 'v',
  architecture: 'a',
  device: '',
  description: '',
  isFallbackAdapter: fallback,
  hasF16,
  limits: { maxBufferSize: 2 ** 30, maxStorageBufferBindingSize: 2 ** 30, maxComputeWorkgroupStorageSize: 32768, maxComputeInvocationsPerWorkgroup: 256 },
});
const plenty = { usage: 0, quota: 100 * 2 ** 30, persisted: false };

describe('assessFit', () => {
  it('refuses f16 models without shader-f16 and points at the f32 variant', () => {
    const f = assessFit(PREBUILT_QWEN3.find((m) => m.id === 'Qwen3-4B-q4f16_1-MLC')!, gpu(false), plenty, 8);
    expect(f.verdict).toBe('no');
    expect(f.reasons.join(' ')).toContain('q4f32_1');
  });
  it('refuses a download larger than the free storage, saying how much is needed', () => {
    const f = assessFit(PREBUILT_QWEN3.find((m) => m.id === 'Qwen3-8B-q4f32_1-MLC')!, gpu(true), { usage: 0, quota: 2 ** 30, persisted: false }, 8);
    expect(f.verdict).toBe('no');
    expect(f.reasons.join(' ')).toMatch(/Needs .* GB of storage/);
  });
  it('recommends the largest model that fits, f16 when it can', () => {
    const fits = (g: GpuProbe) => new Map(PREBUILT_QWEN3.map((m) => [m.id, assessFit(m, g, plenty, 8)]));
    expect(recommendModel(PREBUILT_QWEN3, fits(gpu(true)))?.id).toBe('Qwen3-8B-q4f16_1-MLC');
    expect(recommendModel(PREBUILT_QWEN3, fits(gpu(false)))?.id).toBe('Qwen3-8B-q4f32_1-MLC');
    expect(recommendModel(PREBUILT_QWEN3, fits(gpu(false, true)))?.id).toBe('Qwen3-0.6B-q4f32_1-MLC'); // a software adapter: only the smallest is comfortable
  });
  it('says no when there is no WebGPU', () => {
    expect(assessFit(PREBUILT_QWEN3[0]!, { status: 'unavailable', reason: 'no-api', message: '', advice: '' }, plenty, 8).verdict).toBe('no');
  });
});
