import { Fragment } from 'react';
import { PAPER_RB2_LEADERBOARD, PAPER_RMBENCH_TABLE2, PAPER_TABLE3, RB2_SUBSETS, type StandardReport, table3Row, type Cell, type RewardBench2Report, type RMBenchReport } from '../../core/index.ts';
import { fmtCi, fmtNum } from './formatBench.ts';

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

/** RewardBench 2 scored by its own rules, beside leaderboard rows of a few reference models. */
export function RewardBench2Table({ rb2, modelId, expected = false }: { rb2: RewardBench2Report; modelId: string; expected?: boolean }) {
  const t = rb2.ties;
  return (
    <div className="space-y-1">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-xs" data-testid="rb2-table">
          <caption className="mb-1 text-left text-sm font-medium">RewardBench 2, beside its leaderboard</caption>
          <thead>
            <tr className="text-muted">
              <th scope="col" className="px-1.5 py-1 text-left">Model</th>
              {RB2_SUBSETS.map((s) => (
                <th key={s} scope="col" className="px-1.5 py-1 text-right">
                  {s}
                </th>
              ))}
              <th scope="col" className="px-1.5 py-1 text-right">Overall</th>
            </tr>
          </thead>
          <tbody>
            {PAPER_RB2_LEADERBOARD.rows.map((r) => (
              <tr key={r.model} className="border-t border-line" data-testid="rb2-leaderboard-row">
                <th scope="row" className="px-1.5 py-1 text-left font-normal">
                  {r.model}
                </th>
                {RB2_SUBSETS.map((s) => (
                  <td key={s} className="px-1.5 py-1 text-right tabular-nums">
                    {r.values[s].toFixed(1)}
                  </td>
                ))}
                <td className="px-1.5 py-1 text-right tabular-nums">{r.values.overall.toFixed(1)}</td>
              </tr>
            ))}
            <tr className="border-t-2 border-accent bg-accent-soft" data-testid="this-run-rb2">
              <th scope="row" className="px-1.5 py-1 text-left">
                This run <span className="font-normal text-muted">({modelId})</span>
              </th>
              {RB2_SUBSETS.map((s) => {
                const n = rb2.counts[s];
                const ci = rb2.subsetCi[s];
                return (
                  <td key={s} className="px-1.5 py-1 text-right tabular-nums" data-testid={`rb2-cell-${s}`} title={`${n} prompts`}>
                    <div className="font-semibold">{fmtNum(rb2.bySubset[s])}</div>
                    {ci && <div className="text-[10px] text-muted">{fmtCi(ci)}</div>}
                    {n > 0 && n < 20 && <div className="text-[10px] text-ink">⚠ n={n}</div>}
                  </td>
                );
              })}
              <td className="px-1.5 py-1 text-right tabular-nums" data-testid="rb2-cell-overall">
                <div className="font-semibold">{fmtNum(rb2.overall)}</div>
                {!rb2.complete && <div className="text-[10px] text-ink">subsets present</div>}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="hint">
        Source: {PAPER_RB2_LEADERBOARD.source}; {PAPER_RB2_LEADERBOARD.note}. This run is scored as the official code does (allenai/reward-bench, rewardbench/utils.py):
        a best-of-4 prompt earns 1/k when its correct completion shares the top score with k−1 others, 0 when another scores higher, so ties between
        1–5 scores cost points; Ties = 30% ref accuracy + 30% tied accuracy + 20% + 20% margin terms + 1% tanh term (process_single_model).
        {t && ` Ties here: ref accuracy ${fmtNum(t.refAccuracy * 100)}, tied accuracy ${fmtNum(t.tiedAccuracy * 100)}, margins ${fmtNum(t.correctnessPreferred * 100)} / ${fmtNum(t.correctnessPreferredHard * 100)} over ${t.pairs} pairs${t.unpaired ? ` (${t.unpaired} prompts without their partner)` : ''}.`}
        {rb2.counts.Ties > 0 && !t && ' Ties needs a ref:N and tied:N prompt of the same N to be scored.'}
        {rb2.missing > 0 && ` ${rb2.missing} prompts had a completion without a score: counted as wrong.`}
        {' '}Scores used: the scores the judge wrote (1–5){rb2.sharedTop > 0 ? `; ${rb2.sharedTop} prompts were scored 1/k` : ''}.
        {expected && ' The same on expected scores, where ties are rare: “Integer and expected scores” above.'}
        {!rb2.complete && <strong className="text-warn"> Not every subset is in this run: its overall is the mean of the subsets present, not comparable with the leaderboard’s.</strong>}
      </p>
    </div>
  );
}
