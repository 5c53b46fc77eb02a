import type { DeckCase } from '../../core/index.ts';
import type { PresentSlot } from '../../state/index.ts';

/** The candidates as cards, in the order on screen, each with its score and place once the model has written them. */
export function CandidateCards({ kase, names, slot }: { kase: DeckCase; names: string[]; slot: PresentSlot | null }) {
  const byName = new Map(kase.candidates.map((c) => [c.name, c]));
  const scores = new Map(slot?.live.scores ?? []);
  const ranking = slot?.live.ranking ?? [];
  return (
    <section aria-label="Candidates" className="space-y-[0.8vw]" data-testid="present-candidates">
      {names.map((n) => {
        const c = byName.get(n);
        if (!c) return null;
        const score = scores.get(n);
        const place = ranking.indexOf(n);
        return (
          <article key={n} className="rounded-xl border-2 border-line bg-surface px-[1vw] py-[0.6vw]" data-testid="present-candidate" data-name={n} aria-label={`Candidate ${n}`}>
            <h3 className="present-big flex items-baseline gap-3 font-bold">
              <bdi>{n}</bdi>
              {score !== undefined && (
                <span className="present-small rounded-md bg-accent px-2 text-accent-ink" data-testid="present-score">
                  score {score}
                </span>
              )}
              {place >= 0 && <span className="present-small font-semibold">#{place + 1}</span>}
            </h3>
            <p className="present-body max-h-[15vh] overflow-auto whitespace-pre-wrap break-words" tabIndex={0}>
              {c.text}
            </p>
          </article>
        );
      })}
    </section>
  );
}
