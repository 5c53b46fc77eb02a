/** What this browser's WebGPU can do, read before any download. */
export interface GpuLimits {
  maxBufferSize: number;
  maxStorageBufferBindingSize: number;
  maxComputeWorkgroupStorageSize: number;
  maxComputeInvocationsPerWorkgroup: number;
}

export type GpuProbe =
  | {
      status: 'ok';
      vendor: string;
      architecture: string;
      device: string;
      description: string;
      isFallbackAdapter: boolean;
      hasF16: boolean;
      limits: GpuLimits;
    }
  | { status: 'unavailable'; reason: 'no-api' | 'no-adapter' | 'error'; message: string; advice: string };

const NO_API_ADVICE =
  'Use a recent Chrome, Edge or another Chromium browser (version 113 or newer) on desktop, or Safari 26+. ' +
  'On Linux, Chromium may need the flag --enable-unsafe-webgpu (or chrome://flags/#enable-unsafe-webgpu). ' +
  'Pages must be served over https or from localhost. You can still judge through an OpenAI-compatible server in Settings.';

interface AdapterWithInfo {
  info?: GPUAdapterInfo & { isFallbackAdapter?: boolean };
  isFallbackAdapter?: boolean;
  features: GPUSupportedFeatures;
  limits: GPUSupportedLimits;
}

export async function probeWebGPU(gpu: GPU | undefined = globalThis.navigator?.gpu): Promise<GpuProbe> {
  if (!gpu) {
    return {
      status: 'unavailable',
      reason: 'no-api',
      message: 'This browser does not expose WebGPU (navigator.gpu is missing), so models cannot run here.',
      advice: NO_API_ADVICE,
    };
  }
  let adapter: GPUAdapter | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (e) {
    return {
      status: 'unavailable',
      reason: 'error',
      message: `Asking the browser for a GPU adapter failed: ${String(e)}`,
      advice: 'Restart the browser; if it persists, update the GPU driver or check chrome://gpu.',
    };
  }
  if (!adapter) {
    return {
      status: 'unavailable',
      reason: 'no-adapter',
      message: 'WebGPU is present but the browser offered no GPU adapter (it may be blocklisted or disabled).',
      advice:
        'Check chrome://gpu for "WebGPU: Hardware accelerated"; update the GPU driver; on Linux try --enable-unsafe-webgpu ' +
        'and --enable-features=Vulkan. You can still use an OpenAI-compatible server in Settings.',
    };
  }
  const a = adapter as unknown as AdapterWithInfo;
  const info = a.info;
  const l = a.limits;
  return {
    status: 'ok',
    vendor: info?.vendor ?? '',
    architecture: info?.architecture ?? '',
    device: info?.device ?? '',
    description: info?.description ?? '',
    isFallbackAdapter: Boolean(info?.isFallbackAdapter ?? a.isFallbackAdapter),
    hasF16: a.features.has('shader-f16'),
    limits: {
      maxBufferSize: l.maxBufferSize,
      maxStorageBufferBindingSize: l.maxStorageBufferBindingSize,
      maxComputeWorkgroupStorageSize: l.maxComputeWorkgroupStorageSize,
      maxComputeInvocationsPerWorkgroup: l.maxComputeInvocationsPerWorkgroup,
    },
  };
}

export function describeAdapter(p: Extract<GpuProbe, { status: 'ok' }>): string {
  const name = [p.vendor, p.architecture].filter(Boolean).join(' · ') || p.description || 'unknown adapter';
  return p.isFallbackAdapter ? `${name} (software fallback)` : name;
}
