import type { SavedPrinciple, Suite } from '../../core/index.ts';
import { SuiteCaseToDeck } from './LibraryToDeck.tsx';
import { useSuitesActions } from '../../state/index.ts';

const EXCERPT = 80;

export const excerpt = (text: string, max = EXCERPT): string => {
  const one = text.trim().replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** The cases of a principle's suite: prompt excerpt, candidates, who ranked them, the note; each removable (with undo). */
export function SuiteCaseList({ p, suite }: { p: SavedPrinciple; suite: Suite | undefined }) {
  const principleId = p.id;
  const { removeSuiteCase } = useSuitesActions();
  if (!suite || suite.cases.length === 0) {
    return <p className="hint">No cases yet. Rank a case on the Playground and press “Add to the suite of …”, or import a JSONL file.</p>;
  }
  return (
    <ol className="space-y-1 text-sm" data-testid="suite-cases">
      {suite.cases.map((c) => {
        const notes = c.rankings.filter((r) => r.note?.trim());
        return (
          <li key={c.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded bg-sunken px-2 py-1" data-testid="suite-case">
            <span className="min-w-0 flex-1 break-words">{excerpt(c.prompt) || '(no prompt)'}</span>
            <span className="text-xs text-muted">{c.candidates.length} candidates</span>
            <span className="text-xs text-muted">ranked by {c.rankings.map((r) => r.rater).join(', ') || 'nobody yet'}</span>
            {notes.map((r) => (
              <span key={r.rater} className="w-full text-xs text-muted">
                Note ({r.rater}): {excerpt(r.note ?? '', 160)}
              </span>
            ))}
            <SuiteCaseToDeck p={p} caseId={c.id} prompt={c.prompt} />
            <button
              type="button"
              className="btn py-0 text-xs"
              aria-label={`Remove the case “${excerpt(c.prompt, 40)}” from the suite`}
              onClick={() => void removeSuiteCase(principleId, c.id).catch(() => {})}
            >
              Remove
            </button>
          </li>
        );
      })}
    </ol>
  );
}
