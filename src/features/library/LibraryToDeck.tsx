import { useState } from 'react';
import { shortenAtWord, type SavedPrinciple } from '../../core/index.ts';
import { useDecksActions, useLibrary, useWorkspace } from '../../state/index.ts';
import { AddToDeckDialog } from '../../components/AddToDeckDialog.tsx';

/** The other principles of the library, offered as the one to contrast with. */
function useOtherPrinciples(p: Pick<SavedPrinciple, 'id'>): string[] {
  return useLibrary()
    .filter((x) => x.id !== p.id)
    .map((x) => x.text);
}

/** "Add to a deck…" on a suite case: the case under this principle and a second one to contrast it with. */
export function SuiteCaseToDeck({ p, caseId, prompt }: { p: SavedPrinciple; caseId: string; prompt: string }) {
  const add = useDecksActions().addSuiteCaseToDeck;
  const offered = useOtherPrinciples(p);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn py-0 text-xs" aria-label={`Add to a deck… the case “${shortenAtWord(prompt, 40)}”`} onClick={() => setOpen(true)}>
        Add to a deck…
      </button>
      <AddToDeckDialog open={open} onClose={() => setOpen(false)} title="Add this suite case to a deck" contrast={{ offered }} onAdd={(to, contrast) => add(to, p.id, caseId, contrast)}>
        <p className="text-muted">The case “{shortenAtWord(prompt, 60)}” goes into the deck under “{p.name}” and the principle you contrast it with; the people’s rankings go into its note.</p>
      </AddToDeckDialog>
    </>
  );
}

/** "Add to a deck…" on a principle card: the Playground's case under this principle and one to contrast it with. */
export function PrincipleToDeck({ p }: { p: SavedPrinciple }) {
  const add = useDecksActions().addWorkspaceToDeck;
  const w = useWorkspace();
  const offered = useOtherPrinciples(p);
  const [open, setOpen] = useState(false);
  const ready = w.candidates.length >= 2;
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} disabled={!ready} title={ready ? undefined : 'The Playground needs two or more candidates'}>
        Add to a deck…
      </button>
      <AddToDeckDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Add “${p.name}” to a deck`}
        contrast={{ offered }}
        onAdd={(to, contrast) => add(to, contrast, { name: p.name, text: p.text }).then(() => 'Added the Playground’s case under it.')}
      >
        <p className="text-muted">
          The Playground’s case (“{shortenAtWord(w.prompt, 50) || 'no prompt'}”, {w.candidates.length} candidates) goes into the deck under “{p.name}” and the principle you contrast it with.
        </p>
      </AddToDeckDialog>
    </>
  );
}
