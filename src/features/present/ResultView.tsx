import { candidateMentions } from '../../core/index.ts';
import type { PresentSlot } from '../../state/index.ts';

/** The reasoning streaming in large text, each candidate's name marked where it is mentioned, then the ranking. */
export function ResultView({ slot, names, raw, hasRecording }: { slot: PresentSlot | null; names: string[]; raw: boolean; hasRecording: boolean }) {
  if (!slot) {
    return (
      <p className="present-body rounded-xl border-2 border-dashed border-line p-[1vw] text-muted" data-testid="present-result" data-state="empty">
        {hasRecording ? 'Press Y to replay the recorded judgment, V to reveal its result, or R to judge live.' : 'Press R to judge this case live with your model (Settings: browser or server).'}
      </p>
    );
  }
  const { live } = slot;
  const streaming = !slot.done;
  return (
    <section
      aria-labelledby="present-reasoning-label"
      className="space-y-[1vw]"
      data-testid="present-result"
      data-kind={slot.kind}
      data-done={slot.done}
      data-step={slot.step}
      data-steps={slot.steps}
    >
      <p className="present-big font-bold" data-testid="present-ranking" aria-live="polite">
        {live.ranking.length > 0 ? `Ranking: ${live.ranking.join(' > ')}` : streaming ? 'Ranking: …' : 'No ranking was given.'}
      </p>
      {slot.budgetNote && (
        <p className="present-small font-semibold text-warn" data-testid="present-budget-note">
          {slot.budgetNote}
        </p>
      )}
      <h2 id="present-reasoning-label" className="present-small font-semibold uppercase tracking-wide text-muted">
        {raw ? 'Raw output' : 'Reasoning'} {streaming && '(streaming…)'}
      </h2>
      {raw ? (
        <pre className="present-body max-h-[50vh] overflow-auto whitespace-pre-wrap break-words rounded-xl border-2 border-line bg-sunken p-[1vw] font-mono" data-testid="present-raw" tabIndex={0}>
          {slot.raw}
        </pre>
      ) : (
        <p className="present-body max-h-[50vh] overflow-auto whitespace-pre-wrap break-words rounded-xl border-2 border-line bg-surface p-[1vw]" data-testid="present-reasoning" tabIndex={0}>
          {candidateMentions(live.reasoning, names, live.maskedToReal).map((m, i) =>
            m.kind === 'name' ? (
              <mark key={i} className="rounded bg-accent px-1 font-bold text-accent-ink" data-testid="present-mention" data-real={m.real}>
                {m.text}
                {m.real !== m.text && ` · ${m.real}`}
              </mark>
            ) : (
              m.text
            ),
          )}
        </p>
      )}
      {slot.error && <p className="present-body font-semibold text-bad">{slot.error.message}</p>}
    </section>
  );
}
