import { parseJudgeOutput, rankingChanges } from '../../core/index.ts';
import { useAppStore } from '../../state/store.ts';
import type { CompareResult } from '../../state/slices/compare.ts';

function resultOf(r: CompareResult, names: string[]): { scores: Map<string, number>; ranking: string[] } {
  if (r.record) {
    const parsed = r.record.parsed ?? parseJudgeOutput(r.record.raw, r.record.maskedToReal, names);
    return { scores: new Map(parsed.scores), ranking: parsed.ranking };
  }
  return { scores: new Map(r.live?.scores ?? []), ranking: r.live?.ranking ?? [] };
}

/** Side by side: one column per principle or model; names whose rank differs from the first column are highlighted. */
export function CompareResults() {
  const results = useAppStore((s) => s.compareResults);
  const names = useAppStore((s) => s.compareNames);
  if (results.length === 0) return null;
  const cols = results.map((r) => resultOf(r, names));
  const base = cols[0]!;
  const winners = cols.map((c) => c.ranking[0] ?? null);
  const done = results.every((r) => r.status === 'done' || r.status === 'failed');
  const winnerChanged = new Set(winners.filter(Boolean)).size > 1;
  return (
    <div className="space-y-3" data-testid="compare-results">
      {done && (
        <p role="status" className={`card text-sm ${winnerChanged ? 'border-warn' : ''}`} data-testid="compare-summary" data-winner-changed={winnerChanged}>
          {winnerChanged
            ? `The winner changes: ${results.map((r, i) => `${winners[i] ?? '—'} under “${r.label}”`).join(', ')}.`
            : `Same winner everywhere (${winners[0] ?? '—'}).`}
        </p>
      )}
      <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${results.length}, minmax(12rem, 1fr))` }}>
        {results.map((r, i) => {
          const c = cols[i]!;
          const changes = rankingChanges(names, base.ranking, c.ranking);
          return (
            <section key={i} className="card space-y-2" aria-label={`Result ${i + 1}: ${r.label}`} data-testid="compare-column" data-status={r.status}>
              <h3 className="line-clamp-3 text-sm font-semibold" title={r.label}>
                {r.label}
              </h3>
              <p className="text-xs text-muted">{r.status === 'running' ? `running… ${r.live?.chars ?? 0} chars` : r.status}</p>
              {r.error && <p className="text-xs text-bad">{r.error.message}</p>}
              <ol className="space-y-1 text-sm">
                {(c.ranking.length ? c.ranking : names).map((n, k) => {
                  const ch = changes.find((x) => x.name === n);
                  const moved = i > 0 && ch?.changed;
                  return (
                    <li key={`${n}-${k}`} className={`flex items-center gap-2 rounded px-1 ${moved ? 'bg-warn/20' : ''}`} data-testid="compare-rank" data-name={n} data-moved={moved ? 'true' : 'false'}>
                      <span className="w-6 font-semibold">{c.ranking.length ? `#${k + 1}` : '—'}</span>
                      <bdi className="flex-1 truncate">{n}</bdi>
                      <span className="tabular-nums">{c.scores.get(n) ?? '…'}</span>
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
