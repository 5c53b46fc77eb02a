import type { MetricCell } from '../../core/index.ts';

/** A share 0..1 as a percentage, with its 95% interval when computed: "67% [33–100]". */
export function pct(cell: MetricCell): string {
  if (cell.value === null) return '—';
  const f = (x: number) => `${Math.round(x * 100)}`;
  return cell.ci ? `${f(cell.value)}% [${f(cell.ci.lo)}–${f(cell.ci.hi)}]` : `${f(cell.value)}%`;
}

/** A correlation −1..1 with two decimals and its interval: "0.33 [−1.00–1.00]". */
export function corr(cell: MetricCell | { value: number | null; ci?: null }): string {
  if (cell.value === null) return '—';
  const f = (x: number) => x.toFixed(2);
  return cell.ci ? `${f(cell.value)} [${f(cell.ci.lo)} to ${f(cell.ci.hi)}]` : f(cell.value);
}

export const versionLabel = (version: number) => `v${version + 1}`;
