import { describeMissing, rankByExpected, type JudgmentRecord } from '../../core/index.ts';

const pct = (p: number) => `${(p * 100).toFixed(0)}%`;

/**
 * Each candidate's probability over the scores 1–5 where the model wrote its score, the expected score and the
 * probability of the score written; the ranking with integer ties broken by expected score, saying which.
 */
export function ExpectedScoresView({ record, scores, ranking }: { record: JudgmentRecord; scores: Array<[string, number]>; ranking: string[] }) {
  const e = record.expected;
  if (!e) return null;
  const byName = new Map(e.distributions.map((d) => [d.name, d]));
  const expectedRanking = rankByExpected(
    scores.map(([name, score]) => ({ name, score, expected: byName.get(name)?.expected ?? null })),
    ranking,
  );
  const broken = expectedRanking.ties.filter((t) => t.broken);
  return (
    <div className="space-y-2" data-testid="expected-scores">
      <h3 className="text-sm font-semibold">Expected scores (from the model’s token probabilities)</h3>
      {e.problems.map((p) => (
        <p key={p} className="text-xs text-warn">
          {p}
        </p>
      ))}
      <table className="w-full text-sm">
        <caption className="sr-only">Probability of each score 1 to 5, the expected score and the probability of the score written</caption>
        <thead>
          <tr className="text-left text-xs text-muted">
            <th scope="col" className="w-32">
              Candidate
            </th>
            <th scope="col">P(1…5)</th>
            <th scope="col" className="w-24 pl-3 text-right">
              Expected
            </th>
            <th scope="col" className="w-36 pl-3 text-right">
              P(score written)
            </th>
          </tr>
        </thead>
        <tbody>
          {expectedRanking.ranking.map((name) => {
            const d = byName.get(name);
            const why = e.unavailable.find((u) => u.name === name)?.reason;
            return (
              <tr key={name} data-testid="expected-row" data-name={name} data-expected={d ? d.expected.toFixed(2) : ''}>
                <td className="py-1 font-medium">
                  <bdi>{name}</bdi>
                </td>
                <td>
                  {d ? (
                    <span className="flex h-5 items-end gap-0.5" title={d.probabilities.map((p, i) => `${i + 1}: ${pct(p)}`).join(', ')} aria-label={d.probabilities.map((p, i) => `score ${i + 1}: ${pct(p)}`).join(', ')} role="img">
                      {d.probabilities.map((p, i) => (
                        <span key={i} className={`w-3 rounded-sm ${i + 1 === d.chosen ? 'bg-accent' : 'bg-muted'}`} style={{ height: `${Math.max(2, p * 100)}%` }} />
                      ))}
                    </span>
                  ) : (
                    <span className="text-xs text-muted">No distribution: {why ?? 'no score token'}</span>
                  )}
                  {d && d.missing.length > 0 && <span className="block text-xs text-muted">{describeMissing(d)}</span>}
                </td>
                <td className="text-right tabular-nums">{d ? d.expected.toFixed(2) : '—'}</td>
                <td className="text-right tabular-nums">{d ? `${pct(d.chosenProbability)} for ${d.chosen}` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {broken.length > 0 && (
        <p className="text-xs" data-testid="expected-tiebreak">
          Ranked by expected score where the integer scores tie: {broken.map((t) => `${t.names.join(' > ')} (all ${t.score})`).join('; ')}.
        </p>
      )}
    </div>
  );
}
