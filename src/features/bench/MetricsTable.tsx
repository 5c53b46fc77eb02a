import type { MetricCell, SliceSummary, StandardReport } from '../../core/index.ts';
import { fmtCi, fmtNum } from './formatBench.ts';

function Cell({ cell, digits = 1, scale = 1 }: { cell: MetricCell; digits?: number; scale?: number }) {
  const ci = cell.ci ? { lo: cell.ci.lo * scale, hi: cell.ci.hi * scale } : null;
  return (
    <td className="px-2 py-1 text-right tabular-nums">
      <div>{fmtNum(cell.value === null ? null : cell.value * scale, digits)}</div>
      {ci && <div className="text-xs text-muted">[{fmtCi(ci, digits)}]</div>}
    </td>
  );
}

function Row({ s, label }: { s: SliceSummary; label: string }) {
  return (
    <tr className="border-t border-line" data-testid="metrics-row" data-slice={s.key}>
      <th scope="row" className="px-2 py-1 text-left font-normal">
        <div>{label}</div>
        {s.fewItems && (
          <div className="text-xs text-warn" data-testid="few-items">
            ⚠ only {s.n} item{s.n === 1 ? '' : 's'} (under 20): wide interval
          </div>
        )}
      </th>
      <td className="px-2 py-1 text-right tabular-nums">{s.n}</td>
      <Cell cell={s.accuracy} />
      <Cell cell={s.kendallTau} />
      <Cell cell={s.ndcg} />
      <Cell cell={s.variance} digits={2} />
      <Cell cell={s.weightedPairReward} digits={3} />
      <td className={`px-2 py-1 text-right tabular-nums ${s.failures ? 'text-bad' : ''}`}>
        {(s.failureRate * 100).toFixed(1)}% <span className="text-xs text-muted">({s.failures})</span>
      </td>
    </tr>
  );
}

/** Every METRICS.md metric per slice, each with its 95% bootstrap interval and a warning under 20 items. */
export function MetricsTable({ report, intervals, running = false }: { report: StandardReport; intervals: boolean; running?: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] text-sm" data-testid="metrics-table">
        <caption className="mb-1 text-left text-xs text-muted">
          Accuracy = Σcorrect / Σpairs (%); τ-b and NDCG ×100 (mean over items); variance of predicted scores; weighted pair reward 0–1. Brackets: 95% bootstrap interval
          (1,000 seeded resamples){intervals ? '' : running ? ' — computed when the run stops' : ' — being computed'}. Unparseable outputs count as failures: their pairs count as wrong.
        </caption>
        <thead>
          <tr className="text-xs text-muted">
            <th scope="col" className="px-2 py-1 text-left">Slice</th>
            <th scope="col" className="px-2 py-1 text-right">Items</th>
            <th scope="col" className="px-2 py-1 text-right">Pairwise acc. %</th>
            <th scope="col" className="px-2 py-1 text-right">Kendall τ-b ×100</th>
            <th scope="col" className="px-2 py-1 text-right">NDCG ×100</th>
            <th scope="col" className="px-2 py-1 text-right">Variance</th>
            <th scope="col" className="px-2 py-1 text-right">Weighted pair reward</th>
            <th scope="col" className="px-2 py-1 text-right">Parse failures</th>
          </tr>
        </thead>
        <tbody>
          <Row s={report.overall} label="Overall" />
          {report.byDomain.map((s) => (
            <Row key={`d-${s.key}`} s={s} label={`Domain: ${s.key}`} />
          ))}
          {report.byCategory.map((s) => (
            <Row key={`c-${s.key}`} s={s} label={`Category: ${s.key}`} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
