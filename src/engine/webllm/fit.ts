import type { GpuProbe } from './capability.ts';
import type { CatalogModel } from './catalog.ts';

export interface StorageInfo {
  usage: number;
  quota: number;
  persisted: boolean;
}

export type FitVerdict = 'fits' | 'tight' | 'no';

export interface ModelFit {
  verdict: FitVerdict;
  reasons: string[];
}

const MiB = 1024 * 1024;

/**
 * Whether a model can run here, judged before any download. WebGPU does not reveal GPU memory, so memory is
 * estimated from navigator.deviceMemory (capped at 8 GB by browsers) and marked "tight" rather than refused.
 */
export function assessFit(model: CatalogModel, gpu: GpuProbe | null, storage: StorageInfo | null, deviceMemoryGB: number | undefined, cachedBytes = 0): ModelFit {
  const reasons: string[] = [];
  let verdict: FitVerdict = 'fits';
  const worse = (v: FitVerdict) => {
    if (v === 'no' || (v === 'tight' && verdict === 'fits')) verdict = v;
  };
  if (!gpu || gpu.status !== 'ok') {
    return { verdict: 'no', reasons: ['WebGPU is not available in this browser.'] };
  }
  if (model.requiredFeatures.includes('shader-f16') && !gpu.hasF16) {
    worse('no');
    reasons.push('Needs shader-f16, which this GPU/browser lacks: use the q4f32_1 variant.');
  }
  if (gpu.limits.maxStorageBufferBindingSize < 128 * MiB) {
    worse('no');
    reasons.push(`The GPU allows storage buffers of only ${(gpu.limits.maxStorageBufferBindingSize / MiB).toFixed(0)} MiB; WebLLM needs 128 MiB.`);
  }
  if (model.vramMB > 0 && deviceMemoryGB !== undefined) {
    // deviceMemory is capped at 8: "8" means "8 or more", so only a clear shortfall is a warning.
    const ramMB = deviceMemoryGB * 1024;
    if (deviceMemoryGB < 8 && model.vramMB > ramMB * 0.75) {
      worse('tight');
      reasons.push(`Needs about ${(model.vramMB / 1024).toFixed(1)} GB of GPU memory; this device reports ${deviceMemoryGB} GB of memory.`);
    }
  }
  if (gpu.isFallbackAdapter && model.vramMB > 2500) {
    worse('tight');
    reasons.push('This is a software (CPU) adapter: a model this size will be extremely slow.');
  }
  if (storage && model.downloadMB > 0) {
    const need = model.downloadMB * MiB - cachedBytes;
    const free = storage.quota - storage.usage;
    if (need > free) {
      worse('no');
      reasons.push(`Needs ${(need / 2 ** 30).toFixed(1)} GB of storage; about ${(free / 2 ** 30).toFixed(1)} GB is free for this site.`);
    }
  }
  if (!model.weightsUrl) {
    worse('no');
    reasons.push('No weights URL yet: paste the URL of your MLC conversion.');
  }
  if (reasons.length === 0) reasons.push('Fits this device.');
  return { verdict, reasons };
}

const PARAM_ORDER = ['0.6B', '1.7B', '4B', '8B'];

/** The largest model that fits, preferring RewardAnything itself, then f16 over f32 at the same size. */
export function recommendModel(models: CatalogModel[], fits: Map<string, ModelFit>): CatalogModel | null {
  const ok = models.filter((m) => fits.get(m.id)?.verdict === 'fits' && m.family !== 'custom');
  const rank = (m: CatalogModel) => (m.family === 'rewardanything' ? 100 : 0) + PARAM_ORDER.indexOf(m.params) * 10 + (m.quant === 'q4f16_1' ? 1 : 0);
  return ok.sort((a, b) => rank(b) - rank(a))[0] ?? null;
}
