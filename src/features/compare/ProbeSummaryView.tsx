import { useMemo } from 'react';
import { parseJudgeOutput, summarizeProbe } from '../../core/index.ts';
import { useCompareKind, useCompareNames, useCompareResults, useCompareRunning } from '../../state/index.ts';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
const num = (v: number | null, d = 2) => (v === null ? '—' : v.toFixed(d));

/** Order sensitivity and repeat stability, from the finished probe runs. */
export function ProbeSummaryView() {
  const kind = useCompareKind();
  const results = useCompareResults();
  const names = useCompareNames();
  const running = useCompareRunning();
  const summary = useMemo(
    () =>
      summarizeProbe(
        names,
        results
          .filter((r) => r.status === 'done' || r.status === 'failed')
          .map((r) => {
            const p = r.record ? (r.record.parsed ?? parseJudgeOutput(r.record.raw, r.record.maskedToReal, names)) : null;
            return { scores: p?.scores ?? [], ranking: p?.ranking ?? [], failed: r.status === 'failed' || !p };
          }),
      ),
    [results, names],
  );
  if ((kind !== 'order' && kind !== 'repeat') || results.length === 0) return null;
  return (
    <section className="card space-y-3" aria-labelledby="probe-title" data-testid="probe-summary">
      <h2 id="probe-title" className="font-semibold">
        {kind === 'order' ? 'Order sensitivity' : 'Repeat stability'} {running && <span className="text-sm font-normal text-muted">(running {summary.runs} of {results.length})</span>}
      </h2>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-muted">Runs (failed)</dt>
          <dd>
            {summary.runs} ({summary.failed})
          </dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Winner changed</dt>
          <dd data-testid="winner-change-rate">{pct(summary.winnerChangeRate)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Ranking changed</dt>
          <dd data-testid="ranking-change-rate">{pct(summary.rankingChangeRate)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Winners</dt>
          <dd>
            {summary.winners.length === 0
              ? '—'
              : summary.winners.map(([n, c], i) => (
                  <span key={n}>
                    {i > 0 && ', '}
                    <bdi>{n}</bdi> ×{c}
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      <table className="w-full text-sm">
        <caption className="sr-only">Per-candidate scores across runs</caption>
        <thead>
          <tr className="text-left text-xs text-muted">
            <th scope="col">Candidate</th>
            <th scope="col">Mean score</th>
            <th scope="col">Spread (SD)</th>
            <th scope="col">Min–max</th>
            <th scope="col">Mean rank</th>
          </tr>
        </thead>
        <tbody>
          {summary.candidates.map((c) => (
            <tr key={c.name} className="border-t border-line" data-testid="probe-row" data-name={c.name} data-sd={c.sd ?? ''}>
              <td className="py-1 font-medium"><bdi>{c.name}</bdi></td>
              <td>{num(c.mean)}</td>
              <td>{num(c.sd)}</td>
              <td>{c.min === null ? '—' : `${c.min}–${c.max}`}</td>
              <td>{num(c.meanRank)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        {kind === 'order'
          ? 'The same candidates in shuffled input orders. With masking on, each order also changes which model-N name each candidate gets, so this measures position and name bias together.'
          : 'The same input several times at a temperature above 0. A large spread means a single judgment of these candidates is not reliable.'}
      </p>
    </section>
  );
}
