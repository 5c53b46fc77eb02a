/** Scores on the 1–5 scale as bars, one row per candidate, in ranking order when there is one. */
export function ScoreBars({ names, scores, ranking, live }: { names: string[]; scores: Array<[string, number]>; ranking: string[]; live: boolean }) {
  const scoreOf = new Map(scores);
  const rankOf = new Map<string, number>();
  ranking.forEach((n, i) => {
    if (!rankOf.has(n)) rankOf.set(n, i + 1);
  });
  const order = [...names].sort((a, b) => (rankOf.get(a) ?? 999) - (rankOf.get(b) ?? 999) || (scoreOf.get(b) ?? -1) - (scoreOf.get(a) ?? -1));
  const extra = scores.map(([n]) => n).filter((n) => !names.includes(n));
  return (
    <table className="w-full text-sm" data-testid="scores">
      <caption className="sr-only">Scores (1 to 5) and ranking</caption>
      <thead>
        <tr className="text-left text-xs text-muted">
          <th scope="col" className="w-12 py-1">
            Rank
          </th>
          <th scope="col" className="w-32">
            Candidate
          </th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {[...order, ...extra].map((n) => {
          const s = scoreOf.get(n);
          const r = rankOf.get(n);
          return (
            <tr key={n} data-testid="score-row" data-name={n} data-score={s ?? ''} data-rank={r ?? ''}>
              <td className="py-1 font-semibold">{r ? `#${r}` : '—'}</td>
              <td className="truncate pr-2 font-medium"><bdi>{n}</bdi></td>
              <td>
                <div className="flex items-center gap-2">
                  <div className="h-3 flex-1 rounded bg-sunken" aria-hidden="true">
                    {s !== undefined && <div className="h-3 rounded bg-accent" style={{ width: `${Math.max(0, Math.min(1, s / 5)) * 100}%` }} />}
                  </div>
                  <span className="w-14 text-right tabular-nums">{s !== undefined ? `${s} / 5` : live ? '…' : 'none'}</span>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
