import { useMemo, useState } from 'react';
import { nextCandidateName, parseCandidatePaste, type PasteFormat } from '../../core/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useWorkspaceActions, useWorkspaceCandidates } from '../../state/index.ts';

const FORMATS: Array<[PasteFormat, string]> = [
  ['auto', 'Detect'],
  ['json-array', 'JSON array'],
  ['json-object', 'JSON object (name → text)'],
  ['jsonl', 'JSONL'],
  ['separator', 'Text split by --- lines'],
];

/** Paste many candidates; nothing is replaced until the user has seen the preview and confirmed. */
export function PasteCandidatesDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<PasteFormat>('auto');
  const [mode, setMode] = useState<'replace' | 'append'>('replace');
  const existing = useWorkspaceCandidates();
  const replace = useWorkspaceActions().replaceCandidates;
  const result = useMemo(() => (text.trim() ? parseCandidatePaste(text, format) : null), [text, format]);
  const { named, renamed } = useMemo(() => {
    const renamed: string[] = [];
    if (!result) return { named: [], renamed };
    const taken = mode === 'append' ? existing.map((c) => c.name) : [];
    const named = result.candidates.map((c) => {
      const name = c.name && !taken.includes(c.name) ? c.name : nextCandidateName(taken);
      if (c.name && c.name !== name) renamed.push(`The name “${c.name}” is already taken: this candidate is named “${name}” (its text is kept).`);
      taken.push(name);
      return { name, text: c.text };
    });
    return { named, renamed };
  }, [result, mode, existing]);
  return (
    <Dialog open={open} onClose={onClose} title="Paste many candidates" wide>
      <div className="space-y-3">
        <p className="hint">A JSON array (of strings or objects with text/name), a JSON object of name → text, JSONL, or plain text split by lines of ---. “### Name” before a block names it.</p>
        <div className="flex flex-wrap gap-3">
          <label className="text-sm">
            Format{' '}
            <select className="field w-auto" value={format} onChange={(e) => setFormat(e.target.value as PasteFormat)}>
              {FORMATS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="flex items-center gap-3 text-sm">
            <legend className="sr-only">Replace or append</legend>
            <label>
              <input type="radio" name="paste-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace current ({existing.length})
            </label>
            <label>
              <input type="radio" name="paste-mode" checked={mode === 'append'} onChange={() => setMode('append')} /> Append
            </label>
          </fieldset>
        </div>
        <label htmlFor="paste-text" className="label">
          Text to paste
        </label>
        <textarea id="paste-text" className="field min-h-40 font-mono" value={text} onChange={(e) => setText(e.target.value)} />
        {result && (
          <div aria-live="polite" data-testid="paste-preview">
            <p className="text-sm">
              Found <strong>{named.length}</strong> candidate{named.length === 1 ? '' : 's'} as {result.format}.
            </p>
            {result.problems.length + renamed.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-sm text-warn">
                {[...result.problems, ...renamed].map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            <ol className="mt-2 max-h-60 space-y-1 overflow-auto text-sm">
              {named.map((c, i) => (
                <li key={i} className="rounded bg-sunken px-2 py-1">
                  <strong><bdi>{c.name}</bdi></strong>: <span className="text-muted" dir="auto">{c.text.length > 160 ? `${c.text.slice(0, 160)}…` : c.text}</span>
                </li>
              ))}
            </ol>
          </div>
        )}
        <div className="flex gap-2">
          <button
            type="button"
            className="btn-primary"
            disabled={named.length === 0}
            onClick={() => {
              replace(mode === 'append' ? [...existing.map((c) => ({ name: c.name, text: c.text })), ...named] : named);
              setText('');
              onClose();
            }}
          >
            {mode === 'append' ? `Append ${named.length}` : `Replace with ${named.length}`}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  );
}
