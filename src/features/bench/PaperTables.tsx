import { Fragment } from 'react';
import { PAPER_RMBENCH_TABLE2, PAPER_TABLE3, type StandardReport } from '../../core/index.ts';
import { table3Row, type Cell, type RMBenchReport } from '../../state/bench/metrics.ts';
import { fmtCi, fmtNum } from './format.ts';

const T3_HEAD: Record<string, string> = {
  chat: 'Chat', code: 'Code', safety: 'Safety', math: 'Math', content: 'Content', logic: 'Logic', tone: 'Tone', style: 'Style', structure: 'Structure',
  accuracy: 'Acc.', kendall_tau_x100: 'τ ×100', ndcg_x100: 'NDCG ×100', variance: 'Var.',
};

function RunCell({ cell, digits = 1 }: { cell: Cell | null; digits?: number }) {
  if (!cell || cell.value === null) return <td className="px-1.5 py-1 text-right text-muted">—</td>;
  return (
    <td className="px-1.5 py-1 text-right tabular-nums" title={cell.ci ? `95% interval ${fmtCi(cell.ci, digits)}, ${cell.n} items` : `${cell.n} items`}>
      <div className="font-semibold">{fmtNum(cell.value, digits)}</div>
      {cell.ci && <div className="text-[10px] text-muted">{fmtCi(cell.ci, digits)}</div>}
      {cell.few && <div className="text-[10px] text-ink">⚠ n={cell.n}</div>}
    </td>
  );
}

/** The paper's Table 3 (RABench) with this run as the last row. */
export function PaperTable3({ report, modelId, notRabench }: { report: StandardReport; modelId: string; notRabench: boolean }) {
  const row = table3Row(report);
  const cols = PAPER_TABLE3.columns;
  return (
    <div className="space-y-1">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[52rem] text-xs" data-testid="paper-table3">
          <caption className="mb-1 text-left text-sm font-medium">
            Beside the paper’s Table 3 (RABench)
          </caption>
          <thead>
            <tr className="text-muted">
              <th scope="col" className="px-1.5 py-1 text-left">Model</th>
              {cols.map((c) => (
                <th key={c} scope="col" className="px-1.5 py-1 text-right">
                  {T3_HEAD[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PAPER_TABLE3.rows.map((r) => (
              <tr key={r.model} className="border-t border-line">
                <th scope="row" className="px-1.5 py-1 text-left font-normal">
                  {r.model}
                </th>
                {cols.map((c) => (
                  <td key={c} className="px-1.5 py-1 text-right tabular-nums">
                    {r.values[c].toFixed(c === 'kendall_tau_x100' || c === 'ndcg_x100' || c === 'variance' ? 2 : 1)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="border-t-2 border-accent bg-accent-soft" data-testid="this-run-row">
              <th scope="row" className="px-1.5 py-1 text-left">
                This run <span className="font-normal text-muted">({modelId})</span>
              </th>
              {cols.map((c) => (
                <RunCell key={c} cell={row[c]} digits={c === 'variance' ? 2 : 1} />
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="hint">
        Source: {PAPER_TABLE3.source}. {PAPER_TABLE3.note}. Domain and category cells of this run are pairwise accuracy (%), with 95% intervals.
        {notRabench && <strong className="text-warn"> This run is not on RABench (which is not public): its numbers are not comparable with the paper’s rows.</strong>}
      </p>
    </div>
  );
}

/** The paper's RM-Bench table (its Table 2) with this run scored by RM-Bench's own convention. */
export function RMBenchTable({ rm, modelId }: { rm: RMBenchReport; modelId: string }) {
  const domains = ['chat', 'math', 'code', 'safety'] as const;
  const cell = (v: number | null | undefined, title?: string, sub?: string) => (
    <td className="px-1.5 py-1 text-right tabular-nums" title={title}>
      <div className="font-semibold">{fmtNum(v ?? null)}</div>
      {sub && <div className="text-[10px] text-muted">{sub}</div>}
    </td>
  );
  return (
    <div className="space-y-1">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-xs" data-testid="rmbench-table">
          <caption className="mb-1 text-left text-sm font-medium">RM-Bench, beside the paper’s Table 2</caption>
          <thead>
            <tr className="text-muted">
              <th scope="col" className="px-1.5 py-1 text-left">Model</th>
              {domains.map((d) => (
                <th key={d} scope="col" className="px-1.5 py-1 text-right capitalize">
                  {d}
                </th>
              ))}
              <th scope="col" className="px-1.5 py-1 text-right">Easy</th>
              <th scope="col" className="px-1.5 py-1 text-right">Normal</th>
              <th scope="col" className="px-1.5 py-1 text-right">Hard</th>
              <th scope="col" className="px-1.5 py-1 text-right">Overall</th>
            </tr>
          </thead>
          <tbody>
            {PAPER_RMBENCH_TABLE2.rows.map((r) => (
              <tr key={r.model} className="border-t border-line">
                <th scope="row" className="px-1.5 py-1 text-left font-normal">
                  {r.model}
                </th>
                {domains.map((d) => (
                  <td key={d} className="px-1.5 py-1 text-right tabular-nums">
                    {r.values[d].toFixed(1)}
                  </td>
                ))}
                <td className="px-1.5 py-1 text-right tabular-nums">{r.values.easy.toFixed(1)}</td>
                <td className="px-1.5 py-1 text-right tabular-nums">{r.values.normal.toFixed(1)}</td>
                <td className="px-1.5 py-1 text-right tabular-nums">{r.values.hard.toFixed(1)}</td>
                <td className="px-1.5 py-1 text-right tabular-nums">{r.values.overall_as_published.toFixed(1)}*</td>
              </tr>
            ))}
            <tr className="border-t-2 border-accent bg-accent-soft" data-testid="this-run-rmbench">
              <th scope="row" className="px-1.5 py-1 text-left">
                This run <span className="font-normal text-muted">({modelId})</span>
              </th>
              {domains.map((d) => {
                const s = rm.domains[d];
                const ci = rm.domainCi[d];
                return <Fragment key={d}>{cell(s?.accuracy, s ? `${s.items} items` : 'no items', s ? `${ci ? fmtCi(ci) : ''}${s.items < 20 ? ` n=${s.items}` : ''}` : undefined)}</Fragment>;
              })}
              {cell(rm.easy)}
              {cell(rm.normal)}
              {cell(rm.hard)}
              {cell(rm.overall, 'mean of the domains present (RM-Bench convention)')}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="hint">
        Source: {PAPER_RMBENCH_TABLE2.source}. This run: a pair counts only when the chosen response scores strictly higher; hard / normal / easy are the upper triangle / diagonal /
        lower triangle of the 3×3 style matrix; overall = mean of the domains present (RM-Bench’s convention). *{PAPER_RMBENCH_TABLE2.note}.
      </p>
    </div>
  );
}
