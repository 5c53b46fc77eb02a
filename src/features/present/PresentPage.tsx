import { STARTER_DECK, recordingCount, slotKey, type Deck } from '../../core/index.ts';
import { shownCase, usePresent, usePresentActions, useUserDecks } from '../../state/index.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PresentBar } from './PresentBar.tsx';
import { CandidateCards } from './CandidateCards.tsx';
import { ResultView } from './ResultView.tsx';

/** Presentation mode: one case at a time in type that reads across a room, driven by the keyboard (press ?). */
export function PresentPage() {
  const p = usePresent();
  const shown = shownCase(p);
  if (!p.deck || !shown) return <PickDeck />;
  const { kase, names } = shown;
  const principle = kase.principles[p.principleIndex]!;
  const slot = p.slots[slotKey(kase.id, p.principleIndex)] ?? null;
  return (
    <div className="present space-y-[1.2vw] text-ink" data-testid="present" data-case={p.caseIndex} data-principle={p.principleIndex} data-busy={p.busy ?? ''}>
      <h1 className="sr-only">Presentation: {p.deck.title}</h1>
      <PresentBar deck={p.deck} present={p} principle={principle} />
      <section aria-labelledby="present-principle-label" className="rounded-xl border-2 border-accent bg-surface p-[1vw]">
        <h2 id="present-principle-label" className="present-small font-semibold uppercase tracking-wide text-muted">
          Principle {p.principleIndex + 1} of {kase.principles.length}: {principle.label}
        </h2>
        <p className="present-big font-semibold" data-testid="present-principle-text">
          {principle.text}
        </p>
      </section>
      <div className="grid gap-[1.2vw] lg:grid-cols-2">
        <div className="space-y-[1vw]">
          <section aria-labelledby="present-prompt-label">
            <h2 id="present-prompt-label" className="present-small font-semibold uppercase tracking-wide text-muted">
              Prompt
            </h2>
            <p className="present-body whitespace-pre-wrap">{kase.prompt}</p>
          </section>
          <CandidateCards kase={kase} names={names} slot={slot} />
        </div>
        <div className="space-y-[1vw]">
          {p.error && <ErrorNotice error={p.error} testId="present-error" />}
          <ResultView slot={slot} names={kase.candidates.map((c) => c.name)} raw={p.raw} hasRecording={!!principle.recording} />
        </div>
      </div>
    </div>
  );
}

/** Nothing presented yet: a deck to start with. */
function PickDeck() {
  const mine = useUserDecks();
  const presentDeck = usePresentActions().presentDeck;
  const decks: Deck[] = [STARTER_DECK, ...mine];
  return (
    <section className="space-y-4" aria-labelledby="pick-deck-title" data-testid="present-pick">
      <h1 id="pick-deck-title" className="text-2xl font-semibold">
        Present
      </h1>
      <p className="text-muted">Pick a deck to present, or press “Present” on a judgment in the Playground. Build your own decks on the Decks page.</p>
      <ul className="space-y-2">
        {decks.map((d) => {
          const { recorded, total } = recordingCount(d);
          return (
            <li key={d.id} className="card flex flex-wrap items-center gap-3">
              <span className="font-semibold">{d.title}</span>
              <span className="text-sm text-muted">
                {d.cases.length} cases · {recorded === 0 ? 'no recordings: runs live with a model' : `${recorded} of ${total} principles recorded`}
              </span>
              <button type="button" className="btn-primary ml-auto" onClick={() => presentDeck(d)}>
                Present “{d.title}”
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
