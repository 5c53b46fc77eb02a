import { describeReasoningBudget, describeWinners, parsedOf, rankingChanges, summarizeWinners, type ComparedResult, outcomeOf, type Outcome } from '../../core/index.ts';
import { useCompareNames, useCompareResults, type CompareResult } from '../../state/index.ts';
import { CompareToDeck } from './CompareToDeck.tsx';

function resultOf(r: CompareResult): { scores: Map<string, number>; ranking: string[] } {
  const parsed = r.record ? parsedOf(r.record) : null;
  if (parsed) return { scores: new Map(parsed.scores), ranking: parsed.ranking };
  return { scores: new Map(r.live?.scores ?? []), ranking: r.live?.ranking ?? [] };
}

/** How a finished result came out; null while it is still pending or running. */
function outcomeOfResult(r: CompareResult): Outcome | null {
  if (r.status === 'pending' || r.status === 'running') return null;
  if (r.record) return outcomeOf({ ...r.record, parsed: parsedOf(r.record) });
  return { kind: 'failed', label: 'failed', scored: 0, of: 0 };
}

const OUTCOME_COLOR = { scored: 'text-ok', partial: 'text-warn', unparsed: 'text-warn', stopped: 'text-warn', failed: 'text-bad', running: 'text-muted' } as const;

/** Side by side: one column per principle or model; names whose rank differs from the first column are highlighted. */
export function CompareResults() {
  const results = useCompareResults();
  const names = useCompareNames();
  if (results.length === 0) return null;
  const cols = results.map(resultOf);
  const outcomes = results.map(outcomeOfResult);
  const base = cols[0]!;
  const done = outcomes.every((o) => o !== null);
  const compared: ComparedResult[] = results.map((r, i) => ({
    label: r.label,
    complete: outcomes[i]?.kind === 'scored',
    outcome: outcomes[i]?.label ?? r.status,
    winner: cols[i]!.ranking[0] ?? null,
  }));
  const summary = summarizeWinners(compared);
  return (
    <div className="space-y-3" data-testid="compare-results">
      {done && (
        <p role="status" className={`card text-sm ${summary.kind !== 'same' ? 'border-warn' : ''}`} data-testid="compare-summary" data-winner-changed={summary.kind === 'changed'}>
          {describeWinners(summary, results.length)}
        </p>
      )}
      {done && <CompareToDeck />}
      <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${results.length}, minmax(12rem, 1fr))` }}>
        {results.map((r, i) => {
          const c = cols[i]!;
          const outcome = outcomes[i];
          const changes = rankingChanges(names, base.ranking, c.ranking);
          // Every candidate is listed: the ranked ones in rank order, then those the answer left out.
          const rows = [...c.ranking.map((n) => ({ name: n, ranked: true })), ...names.filter((n) => !c.ranking.includes(n)).map((n) => ({ name: n, ranked: false }))];
          return (
            <section key={i} className="card space-y-2" aria-label={`Result ${i + 1}: ${r.label}`} data-testid="compare-column" data-status={r.status}>
              <h3 className="line-clamp-3 text-sm font-semibold" title={r.label}>
                {r.label}
              </h3>
              {outcome ? (
                <p className={`text-xs font-semibold ${OUTCOME_COLOR[outcome.kind]}`} data-testid="compare-outcome">
                  {outcome.label}
                </p>
              ) : (
                <p className="text-xs text-muted">{r.status === 'running' ? `running… ${r.live?.chars ?? 0} chars` : 'waiting'}</p>
              )}
              {r.error && <p className="text-xs text-bad">{r.error.message}</p>}
              {r.record?.reasoningBudget?.cut && (
                <p className="text-xs text-warn" data-testid="compare-budget-note">
                  {describeReasoningBudget(r.record.reasoningBudget)}
                </p>
              )}
              <ol className="space-y-1 text-sm">
                {rows.map(({ name: n, ranked }, k) => {
                  const ch = changes.find((x) => x.name === n);
                  const moved = i > 0 && ch?.changed && outcome?.kind !== 'failed';
                  const score = c.scores.get(n);
                  return (
                    <li key={`${n}-${k}`} className={`flex items-center gap-2 rounded px-1 ${moved ? 'bg-warn/20' : ''}`} data-testid="compare-rank" data-name={n} data-moved={moved ? 'true' : 'false'}>
                      <span className="w-6 font-semibold">{ranked ? `#${k + 1}` : '—'}</span>
                      <bdi className="flex-1 truncate">{n}</bdi>
                      <span className={`tabular-nums ${score === undefined && outcome ? 'text-xs text-muted' : ''}`}>{score ?? (outcome ? 'no score' : '…')}</span>
                      {moved && <span className="sr-only">(rank changed from #{ch?.rankA ?? '—'})</span>}
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </div>
    </div>
  );
}
