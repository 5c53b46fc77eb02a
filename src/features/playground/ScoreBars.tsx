import { pointerProps, useIsHighlighted } from './highlight.ts';

/** Scores on the 1–5 scale as bars, one row per candidate, in ranking order when there is one; with masking, the
 * name the model saw for each. */
export function ScoreBars({ names, scores, ranking, live, nameKey }: { names: string[]; scores: Array<[string, number]>; ranking: string[]; live: boolean; nameKey: Array<[string, string]> | null }) {
  const scoreOf = new Map(scores);
  const rankOf = new Map<string, number>();
  ranking.forEach((n, i) => {
    if (!rankOf.has(n)) rankOf.set(n, i + 1);
  });
  const maskedOf = new Map((nameKey ?? []).map(([m, r]) => [r, m]));
  const order = [...names].sort((a, b) => (rankOf.get(a) ?? 999) - (rankOf.get(b) ?? 999) || (scoreOf.get(b) ?? -1) - (scoreOf.get(a) ?? -1));
  const extra = scores.map(([n]) => n).filter((n) => !names.includes(n));
  return (
    <table className="w-full text-sm" data-testid="scores">
      <caption className="sr-only">Scores (1 to 5) and ranking{nameKey ? ', with the masked name the model saw for each candidate' : ''}</caption>
      <thead>
        <tr className="text-left text-xs text-muted">
          <th scope="col" className="w-12 py-1">
            Rank
          </th>
          <th scope="col" className="w-32">
            Candidate
          </th>
          {nameKey && (
            <th scope="col" className="w-24" title="Masking hides the names and shuffles the order: this is what the model called each candidate">
              Model saw
            </th>
          )}
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {[...order, ...extra].map((n) => (
          <ScoreRow key={n} name={n} score={scoreOf.get(n)} rank={rankOf.get(n)} masked={nameKey ? (maskedOf.get(n) ?? '—') : null} live={live} />
        ))}
      </tbody>
    </table>
  );
}

function ScoreRow({ name, score, rank, masked, live }: { name: string; score: number | undefined; rank: number | undefined; masked: string | null; live: boolean }) {
  const on = useIsHighlighted(name);
  return (
    <tr data-testid="score-row" data-name={name} data-score={score ?? ''} data-rank={rank ?? ''} data-highlighted={on || undefined} className={on ? 'bg-accent-soft' : undefined} {...pointerProps(name)}>
      <td className="py-1 pl-1 font-semibold">{rank ? `#${rank}` : '—'}</td>
      <td className="truncate pr-2 font-medium">
        <bdi>{name}</bdi>
      </td>
      {masked !== null && (
        <td className="pr-2 font-mono text-xs text-muted" data-testid="masked-name">
          {masked}
        </td>
      )}
      <td>
        <div className="flex items-center gap-2">
          <div className="h-3 flex-1 rounded bg-sunken" aria-hidden="true">
            {score !== undefined && <div className="h-3 rounded bg-accent" style={{ width: `${Math.max(0, Math.min(1, score / 5)) * 100}%` }} />}
          </div>
          <span className="w-14 text-right tabular-nums">{score !== undefined ? `${score} / 5` : live ? '…' : 'none'}</span>
        </div>
      </td>
    </tr>
  );
}
