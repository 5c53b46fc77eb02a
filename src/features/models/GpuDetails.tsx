import { useGpuProbe } from '../../state/index.ts';

const MiB = 2 ** 20;

/** Full report of the capability probe, shown on the models page. */
export function GpuDetails() {
  const gpu = useGpuProbe();
  if (!gpu) return <p className="hint">Checking WebGPU…</p>;
  if (gpu.status !== 'ok') {
    return (
      <div role="alert" className="card border-bad" data-testid="gpu-details">
        <h3 className="font-semibold text-bad">WebGPU is not available</h3>
        <p className="mt-1 text-sm">{gpu.message}</p>
        <p className="mt-1 text-sm text-muted">{gpu.advice}</p>
      </div>
    );
  }
  const rows: Array<[string, string]> = [
    ['Vendor', gpu.vendor || '—'],
    ['Architecture', gpu.architecture || '—'],
    ['Device', gpu.device || gpu.description || '—'],
    ['Fallback (software) adapter', gpu.isFallbackAdapter ? 'yes — very slow, fine for trying the app' : 'no'],
    ['shader-f16', gpu.hasF16 ? 'supported (q4f16 models are available)' : 'not supported (use the q4f32 variants)'],
    ['Max buffer size', `${(gpu.limits.maxBufferSize / MiB).toFixed(0)} MiB`],
    ['Max storage buffer binding', `${(gpu.limits.maxStorageBufferBindingSize / MiB).toFixed(0)} MiB`],
    ['Max workgroup storage', `${(gpu.limits.maxComputeWorkgroupStorageSize / 1024).toFixed(0)} KiB`],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="gpu-details">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-muted">{k}</dt>
          <dd data-field={k}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
