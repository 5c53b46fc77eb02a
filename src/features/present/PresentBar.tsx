import { deckHandoutHtml, safeFileName, slotKey, type Deck, type DeckPrinciple, type HandoutResult } from '../../core/index.ts';
import { usePresentActions, type PresentState } from '../../state/index.ts';
import { downloadText } from '../../components/download.ts';
import { MissingModelsNotice } from '../../components/MissingModelsNotice.tsx';

/** Where the lesson is, and every action as a button too (with its key), for a mouse or a clicker. */
export function PresentBar({ deck, present: p, principle }: { deck: Deck; present: PresentState; principle: DeckPrinciple }) {
  const a = usePresentActions();
  const kase = deck.cases[p.caseIndex]!;
  const slot = p.slots[slotKey(kase.id, p.principleIndex)];
  const source = slot ? slot.label : principle.recording ? `Recorded with ${principle.recording.modelId} — press Y to replay (no model needed)` : 'No recording: runs live — press R to judge with your model';
  const handout = () => {
    const results: Record<string, HandoutResult> = {};
    for (const [key, s] of Object.entries(p.slots)) if (s.kind === 'live' && s.done && !s.error) results[key] = { modelId: s.modelId, at: s.at, reasoning: s.live.reasoning, scores: s.live.scores, ranking: s.live.ranking };
    downloadText(`${safeFileName(deck.title)}.handout.html`, deckHandoutHtml(deck, results), 'text/html');
  };
  const b = 'btn';
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <p className="present-small font-semibold">{deck.title}</p>
        <p className="present-small" data-testid="present-position">
          Case {p.caseIndex + 1} of {deck.cases.length}: {kase.title}
        </p>
        <p className="present-small font-semibold text-accent" data-testid="present-source" data-kind={slot?.kind ?? ''} role="status">
          {source}
        </p>
      </div>
      <MissingModelsNotice deck={deck} className="present-small rounded-lg border-2 border-warn bg-surface px-[1vw] py-[0.4vw]" testId="present-missing-models" />
      <div className="flex flex-wrap gap-2" role="toolbar" aria-label="Presentation controls">
        <button type="button" className={b} onClick={a.previousCase} disabled={p.caseIndex === 0} aria-keyshortcuts="ArrowLeft">
          ← Previous
        </button>
        <button type="button" className={b} onClick={a.nextCase} disabled={p.caseIndex >= deck.cases.length - 1} aria-keyshortcuts="ArrowRight">
          Next →
        </button>
        <button type="button" className={b} onClick={a.nextPrinciple} disabled={kase.principles.length < 2} aria-keyshortcuts="P">
          Switch principle (P)
        </button>
        <button type="button" className={b} onClick={() => void a.runLive()} disabled={p.busy === 'live'} aria-keyshortcuts="R">
          Run live (R)
        </button>
        <button type="button" className={b} onClick={() => void a.replay()} disabled={!principle.recording} aria-keyshortcuts="Y">
          Replay (Y)
        </button>
        <button type="button" className={b} onClick={a.cycleSpeed} aria-keyshortcuts="X" data-testid="present-speed">
          Speed {p.speed}× (X)
        </button>
        <button type="button" className={b} onClick={a.reveal} disabled={!principle.recording} aria-keyshortcuts="V">
          Reveal (V)
        </button>
        <button type="button" className={b} onClick={a.shuffleCandidates} aria-keyshortcuts="S">
          Shuffle (S)
        </button>
        <button type="button" className={b} onClick={a.toggleRaw} aria-pressed={p.raw} aria-keyshortcuts="O">
          Raw output (O)
        </button>
        {p.busy && (
          <button type="button" className={b} onClick={a.stopPresent}>
            Stop
          </button>
        )}
        <button type="button" className={b} onClick={handout}>
          Hand-out (HTML)
        </button>
      </div>
    </div>
  );
}
