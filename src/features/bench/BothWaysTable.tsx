import type { FiguresBothWays, TwoWayFigure } from '../../core/index.ts';
import { fmtCi, fmtNum, plural } from './formatBench.ts';

const ROWS: Array<{ key: 'accuracy' | 'kendallTau' | 'ndcg' | 'weightedPairReward'; label: string; worst: string; digits: number }> = [
  { key: 'accuracy', label: 'Pairwise acc. %', worst: 'every pair wrong', digits: 1 },
  { key: 'kendallTau', label: 'Kendall τ-b ×100', worst: 'τ = −1', digits: 1 },
  { key: 'ndcg', label: 'NDCG ×100', worst: 'NDCG = 0', digits: 1 },
  { key: 'weightedPairReward', label: 'Weighted pair reward', worst: 'reward 0', digits: 3 },
];

function Cell({ cell, digits }: { cell: TwoWayFigure['excluded']; digits: number }) {
  return (
    <td className="px-2 py-1 text-right tabular-nums">
      <div>{fmtNum(cell.value, digits)}</div>
      {cell.ci && <div className="text-xs text-muted">[{fmtCi(cell.ci, digits)}]</div>}
    </td>
  );
}

/**
 * The overall figures that unparseable outputs change, both ways: failures left out, and failures counted at the
 * figure's worst value. Nothing when no figure differs (no failures, or failures that change nothing shown).
 */
export function BothWaysTable({ both }: { both: FiguresBothWays }) {
  const rows = ROWS.filter((r) => both[r.key].differs);
  if (both.failures === 0 || rows.length === 0) return null;
  return (
    <div className="space-y-1" data-testid="both-ways">
      <p className="text-sm">
        {plural(both.failures, 'item')} of {both.n} failed (no output that could be used), and {rows.length === 1 ? 'this figure changes' : 'these figures change'} with
        how failures count. The table above leaves failures out of τ, NDCG and the reward, and counts their pairs as wrong in accuracy; the paper&apos;s NDCG cells suggest
        failures counted as 0. Both ways here, each with its own interval (see docs/metrics.md, “Unparseable outputs”).
      </p>
      <div className="overflow-x-auto">
        <table className="text-sm" aria-label="Figures with unparseable outputs left out and counted as worst">
          <thead>
            <tr className="text-xs text-muted">
              <th scope="col" className="px-2 py-1 text-left">Overall</th>
              <th scope="col" className="px-2 py-1 text-right">Failures left out</th>
              <th scope="col" className="px-2 py-1 text-right">Failures counted as worst</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-t border-line" data-testid="both-ways-row" data-figure={r.key}>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {r.label} <span className="text-xs text-muted">(worst: {r.worst})</span>
                </th>
                <Cell cell={both[r.key].excluded} digits={r.digits} />
                <Cell cell={both[r.key].counted} digits={r.digits} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
