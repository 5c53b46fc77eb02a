import { useGpuProbe } from '../../state/index.ts';
import { describeAdapter } from '../../engine/webllm/capability.ts';
import { routeHref } from '../../components/routes.ts';

/** The WebGPU status in the header: what the capability probe found, in one line. */
export function GpuBadge() {
  const gpu = useGpuProbe();
  if (!gpu) {
    return (
      <span className="text-xs text-muted" data-testid="gpu-status" data-state="probing">
        Checking WebGPU…
      </span>
    );
  }
  if (gpu.status !== 'ok') {
    return (
      <a href={routeHref('models')} className="rounded-full border border-bad px-2 py-0.5 text-xs text-bad" data-testid="gpu-status" data-state="unavailable" title={gpu.message}>
        No WebGPU
      </a>
    );
  }
  return (
    <a
      href={routeHref('models')}
      className="rounded-full border border-line px-2 py-0.5 text-xs text-muted hover:text-ink"
      data-testid="gpu-status"
      data-state="ok"
      title={`shader-f16: ${gpu.hasF16 ? 'yes' : 'no'} · max buffer ${(gpu.limits.maxBufferSize / 2 ** 20).toFixed(0)} MiB`}
    >
      WebGPU: {describeAdapter(gpu)}
    </a>
  );
}
