import { useWorkspaceActions, type Candidate } from '../../state/index.ts';
import { pointerProps, useIsHighlighted } from './highlight.ts';

export function CandidateCard({ c, index, count, error }: { c: Candidate; index: number; count: number; error?: string }) {
  const update = useWorkspaceActions().updateCandidate;
  const remove = useWorkspaceActions().removeCandidate;
  const duplicate = useWorkspaceActions().duplicateCandidate;
  const move = useWorkspaceActions().moveCandidate;
  const nameId = `cand-name-${c.key}`;
  const textId = `cand-text-${c.key}`;
  const on = useIsHighlighted(c.name);
  return (
    <li
      className={`rounded-md border bg-surface p-3 ${on ? 'border-accent ring-2 ring-accent' : 'border-line'}`}
      data-testid="candidate"
      data-highlighted={on || undefined}
      aria-label={`Candidate ${c.name || index + 1}`}
      {...pointerProps(c.name)}
    >
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <label htmlFor={nameId} className="sr-only">
          Name of candidate {index + 1}
        </label>
        <input
          id={nameId}
          className="field w-28 font-semibold"
          value={c.name}
          onChange={(e) => update(c.key, { name: e.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${nameId}-err` : undefined}
        />
        <span className="hint">{c.text.length.toLocaleString('en-US')} chars</span>
        <div className="ml-auto flex gap-1" role="group" aria-label={`Actions for candidate ${c.name}`}>
          <button type="button" className="btn px-2" onClick={() => move(c.key, -1)} disabled={index === 0} aria-label={`Move ${c.name} up`} title="Move up (Alt+↑ in the text)">
            ↑
          </button>
          <button type="button" className="btn px-2" onClick={() => move(c.key, 1)} disabled={index === count - 1} aria-label={`Move ${c.name} down`} title="Move down (Alt+↓ in the text)">
            ↓
          </button>
          <button type="button" className="btn px-2" onClick={() => duplicate(c.key)} aria-label={`Duplicate ${c.name}`} title="Duplicate">
            Duplicate
          </button>
          <button type="button" className="btn px-2" onClick={() => remove(c.key)} aria-label={`Remove ${c.name}`}>
            ✕
          </button>
        </div>
      </div>
      {error && (
        <p id={`${nameId}-err`} className="mb-1 text-sm text-bad">
          {error}
        </p>
      )}
      <label htmlFor={textId} className="sr-only">
        Text of candidate {c.name}
      </label>
      <textarea
        id={textId}
        className="field min-h-24 font-mono"
        value={c.text}
        onChange={(e) => update(c.key, { text: e.target.value })}
        data-candidate-key={c.key}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      />
    </li>
  );
}
