import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { moveCandidate, places, rankingOfCandidates, rankingProblems, setRank, tieWith, untie, type MyRanking } from '../../core/index.ts';
import { useBlind, useMyRanking, useToastsActions, useWorkspaceActions, useWorkspaceCandidates } from '../../state/index.ts';
import { CaseAgreementView } from './CaseAgreementView.tsx';
import { AddToSuiteButton } from './AddToSuiteButton.tsx';

const SCORES = [1, 2, 3, 4, 5];

/**
 * The user's own ranking of the candidates, by drag or fully by keyboard (move up/down, type a place, tie, untie),
 * with optional 1–5 scores; beside it, how the model's judgment agrees with it.
 */
export function YourRanking() {
  const candidates = useWorkspaceCandidates();
  const stored = useMyRanking();
  const blind = useBlind();
  const { setMyRanking, setBlind } = useWorkspaceActions();
  const { offerUndo } = useToastsActions();
  const [dragged, setDragged] = useState<string | null>(null);
  const names = candidates.map((c) => c.name).filter((n) => n.trim());
  const { ranking, unranked } = rankingOfCandidates(stored, names);
  const placeOf = places(ranking.tiers);
  const scoreOf = new Map(ranking.scores ?? []);
  const problems = rankingProblems(ranking, names);
  const edit = (tiers: string[][], scores = ranking.scores) => setMyRanking({ ...ranking, tiers, scores });

  const start = () => setMyRanking({ tiers: names.map((n) => [n]), scores: [], saved: false });
  const clear = () => {
    const before = stored;
    setMyRanking(null);
    offerUndo('Cleared your ranking.', () => setMyRanking(before));
  };
  const setScore = (name: string, value: string) => {
    const rest = (ranking.scores ?? []).filter(([n]) => n !== name);
    edit(ranking.tiers, value ? [...rest, [name, Number(value)]] : rest);
  };
  const onKey = (e: KeyboardEvent, name: string) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    edit(moveCandidate(ranking.tiers, name, e.key === 'ArrowUp' ? 'up' : 'down'));
  };
  const onDrop = (e: DragEvent, tierIndex: number) => {
    e.preventDefault();
    if (dragged) edit(setRank(ranking.tiers, dragged, tierIndex + 1));
    setDragged(null);
  };

  return (
    <section className="card space-y-3" aria-labelledby="my-ranking-title" data-testid="my-ranking">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="my-ranking-title" className="font-semibold">
          Your ranking
        </h2>
        <label className="ml-auto flex items-center gap-2 text-xs">
          <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
          Hide the model’s answer until I save my ranking
        </label>
      </div>
      {!stored ? (
        <div className="space-y-2 text-sm">
          <p className="text-muted">Rank the candidates the way you would, then see where the model agrees with you and where it does not.</p>
          <button type="button" className="btn" onClick={start} disabled={names.length < 2}>
            Rank the candidates myself
          </button>
        </div>
      ) : (
        <>
          <p className="hint">Best first. Drag a row, or use its buttons (or Alt+↑/↓ on a row, or type a place). Tied candidates share a place.</p>
          <ol className="space-y-1" aria-label="Your ranking, best first">
            {ranking.tiers.map((tier, t) =>
              tier.map((name, i) => (
                <li
                  key={name}
                  draggable
                  onDragStart={() => setDragged(name)}
                  onDragOver={(e) => e.preventDefault()}
                  onDrop={(e) => onDrop(e, t)}
                  onKeyDown={(e) => onKey(e, name)}
                  data-testid="my-rank-row"
                  data-name={name}
                  data-place={placeOf.get(name)}
                  className={`flex flex-wrap items-center gap-2 rounded border border-line px-2 py-1 text-sm ${i > 0 ? 'ml-6 border-dashed' : ''}`}
                >
                  <input
                    type="number"
                    min={1}
                    max={names.length}
                    className="field w-14 py-0.5"
                    aria-label={`Place of ${name}`}
                    value={placeOf.get(name) ?? ''}
                    onChange={(e) => e.target.value && edit(setRank(ranking.tiers, name, Number(e.target.value)))}
                  />
                  <bdi className="min-w-8 font-semibold">{name}</bdi>
                  {i > 0 && <span className="text-xs text-muted">tied with the one above</span>}
                  <span className="ml-auto flex flex-wrap items-center gap-1">
                    <button type="button" className="btn px-2 py-0.5 text-xs" aria-label={`Rank ${name} higher`} onClick={() => edit(moveCandidate(ranking.tiers, name, 'up'))}>
                      ↑
                    </button>
                    <button type="button" className="btn px-2 py-0.5 text-xs" aria-label={`Rank ${name} lower`} onClick={() => edit(moveCandidate(ranking.tiers, name, 'down'))}>
                      ↓
                    </button>
                    {tier.length > 1 ? (
                      <button type="button" className="btn px-2 py-0.5 text-xs" onClick={() => edit(untie(ranking.tiers, name))} aria-label={`Untie ${name}`}>
                        Untie
                      </button>
                    ) : (
                      t > 0 && (
                        <button type="button" className="btn px-2 py-0.5 text-xs" onClick={() => edit(tieWith(ranking.tiers, name, 'above'))} aria-label={`Tie ${name} with the one above`}>
                          Tie ↑
                        </button>
                      )
                    )}
                    <select className="field w-auto py-0.5 text-xs" aria-label={`Score of ${name} (optional)`} value={scoreOf.get(name) ?? ''} onChange={(e) => setScore(name, e.target.value)}>
                      <option value="">score —</option>
                      {SCORES.map((s) => (
                        <option key={s} value={s}>
                          {s}
                        </option>
                      ))}
                    </select>
                  </span>
                </li>
              )),
            )}
          </ol>
          {unranked.length > 0 && (
            <p className="text-sm" data-testid="my-rank-unranked">
              Not ranked yet:{' '}
              {unranked.map((n) => (
                <button key={n} type="button" className="btn mr-1 px-2 py-0.5 text-xs" onClick={() => edit([...ranking.tiers, [n]])}>
                  Rank {n}
                </button>
              ))}
            </p>
          )}
          {problems.length > 0 && (
            <ul className="list-disc pl-5 text-sm text-warn" data-testid="my-rank-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <button type="button" className="btn btn-primary" onClick={() => setMyRanking({ ...ranking, saved: true } satisfies MyRanking)} disabled={ranking.saved || unranked.length > 0 || problems.length > 0}>
              {ranking.saved ? 'Ranking saved' : 'Save my ranking'}
            </button>
            <button type="button" className="btn" onClick={clear}>
              Clear my ranking
            </button>
            <AddToSuiteButton />
          </div>
          <CaseAgreementView ranking={ranking} blind={blind} />
        </>
      )}
    </section>
  );
}
