import { useId, useState } from 'react';
import type { MetricCell, SliceSummary, StandardReport } from '../../core/index.ts';
import { fmtNum } from './formatBench.ts';

type MetricKey = 'accuracy' | 'kendallTau' | 'ndcg' | 'weightedPairReward';
const METRICS: Array<{ key: MetricKey; label: string; min: number; max: number; scale: number }> = [
  { key: 'accuracy', label: 'Pairwise accuracy (%)', min: 0, max: 100, scale: 1 },
  { key: 'kendallTau', label: 'Kendall τ-b ×100', min: -100, max: 100, scale: 1 },
  { key: 'ndcg', label: 'NDCG ×100', min: 0, max: 100, scale: 1 },
  { key: 'weightedPairReward', label: 'Weighted pair reward ×100', min: 0, max: 100, scale: 100 },
];

const ROW = 26;
const LABEL_W = 150;
const VALUE_W = 110;
const WIDTH = 640;

/** Per-slice bars with 95% interval whiskers (plain SVG). The same numbers are in the table above. */
export function SliceChart({ report }: { report: StandardReport }) {
  const [key, setKey] = useState<MetricKey>('accuracy');
  const id = useId();
  const m = METRICS.find((x) => x.key === key)!;
  const slices: Array<[string, SliceSummary]> = [
    ['Overall', report.overall],
    ...report.byDomain.map((s): [string, SliceSummary] => [`Domain: ${s.key}`, s]),
    ...report.byCategory.map((s): [string, SliceSummary] => [`Category: ${s.key}`, s]),
  ];
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const x = (v: number) => LABEL_W + ((Math.max(m.min, Math.min(m.max, v)) - m.min) / (m.max - m.min)) * plotW;
  const zero = x(Math.max(m.min, 0));
  const height = slices.length * ROW + 24;
  const cell = (s: SliceSummary): MetricCell => s[key];
  const describe = slices
    .map(([label, s]) => {
      const c = cell(s);
      const v = c.value === null ? 'no value' : fmtNum(c.value * m.scale);
      return `${label}: ${v}${c.ci ? ` (95% interval ${fmtNum(c.ci.lo * m.scale)} to ${fmtNum(c.ci.hi * m.scale)})` : ''}, ${s.n} items`;
    })
    .join('; ');
  return (
    <figure className="space-y-2" data-testid="slice-chart">
      <figcaption className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={`${id}-metric`} className="font-medium">
          Chart
        </label>
        <select id={`${id}-metric`} className="field w-auto py-1" value={key} onChange={(e) => setKey(e.target.value as MetricKey)}>
          {METRICS.map((x) => (
            <option key={x.key} value={x.key}>
              {x.label}
            </option>
          ))}
        </select>
        <span className="text-xs text-muted">bar = value, whisker = 95% bootstrap interval; faded = under 20 items</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-3xl" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{m.label} per slice</title>
        <desc id={`${id}-d`}>{describe}</desc>
        {[m.min, (m.min + m.max) / 2, m.max].map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={height - 20} className="stroke-line" strokeDasharray="2 3" />
            <text x={x(t)} y={height - 6} textAnchor="middle" className="fill-muted text-[10px]">
              {t}
            </text>
          </g>
        ))}
        {slices.map(([label, s], i) => {
          const c = cell(s);
          const y = i * ROW + 4;
          const v = c.value === null ? null : c.value * m.scale;
          return (
            <g key={label} opacity={s.fewItems ? 0.6 : 1}>
              <text x={LABEL_W - 6} y={y + 13} textAnchor="end" className="fill-ink text-[11px]">
                {label.length > 24 ? `${label.slice(0, 23)}…` : label}
              </text>
              {v !== null && <rect x={Math.min(zero, x(v))} y={y + 3} width={Math.abs(x(v) - zero)} height={ROW - 12} rx={2} className="fill-accent" />}
              {c.ci && (
                <g className="stroke-ink" strokeWidth={1.5}>
                  <line x1={x(c.ci.lo * m.scale)} x2={x(c.ci.hi * m.scale)} y1={y + 9} y2={y + 9} />
                  <line x1={x(c.ci.lo * m.scale)} x2={x(c.ci.lo * m.scale)} y1={y + 4} y2={y + 14} />
                  <line x1={x(c.ci.hi * m.scale)} x2={x(c.ci.hi * m.scale)} y1={y + 4} y2={y + 14} />
                </g>
              )}
              <text x={WIDTH - VALUE_W + 8} y={y + 13} className="fill-ink text-[11px]">
                {v === null ? '—' : fmtNum(v)} <tspan className="fill-muted">n={s.n}</tspan>
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
