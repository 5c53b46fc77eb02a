import { useState } from 'react';
import { CONTRAST_PRINCIPLE, type Deck } from '../../core/index.ts';
import { useDecksActions, useWorkspace } from '../../state/index.ts';
import { DeckPicker } from '../../components/DeckPicker.tsx';

/** Puts the Playground's current case into a deck, under its principle and a second one to contrast it with. */
export function AddWorkspaceCase({ decks }: { decks: Deck[] }) {
  const w = useWorkspace();
  const add = useDecksActions().addWorkspaceToDeck;
  const [target, setTarget] = useState('');
  const [contrast, setContrast] = useState(CONTRAST_PRINCIPLE);
  const [done, setDone] = useState<string | null>(null);
  const ready = w.principle.trim() !== '' && w.candidates.length >= 2 && contrast.trim() !== '';
  return (
    <form
      className="card flex flex-wrap items-end gap-3"
      aria-labelledby="add-workspace-title"
      onSubmit={(e) => {
        e.preventDefault();
        void add(target ? { deckId: target } : { newTitle: 'New deck' }, contrast).then(() => setDone('Added the Playground case.'));
      }}
    >
      <h2 id="add-workspace-title" className="w-full text-sm font-semibold">
        Add the Playground’s case (“{w.prompt.slice(0, 50) || 'no prompt'}”, {w.candidates.length} candidates)
      </h2>
      <DeckPicker className="text-sm" decks={decks} value={target} onChange={setTarget} />
      <label className="min-w-64 flex-1 text-sm">
        <span className="label block">Principle to contrast with the Playground’s</span>
        <input className="field" value={contrast} onChange={(e) => setContrast(e.target.value)} />
      </label>
      <button type="submit" className="btn" disabled={!ready}>
        Add to deck
      </button>
      {done && (
        <p role="status" className="w-full text-sm">
          {done}
        </p>
      )}
    </form>
  );
}
