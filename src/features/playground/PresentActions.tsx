import { useState } from 'react';
import { CONTRAST_PRINCIPLE, type JudgmentRecord } from '../../core/index.ts';
import { useDecksActions, usePresentActions, useUserDecks } from '../../state/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { DeckPicker } from '../../components/DeckPicker.tsx';
import { navigate } from '../../components/routes.ts';

/** "Present" opens this judgment in presentation mode; "Add to a deck…" makes a contrast case of it. */
export function PresentActions({ record }: { record: JudgmentRecord }) {
  const presentJudgment = usePresentActions().presentJudgment;
  const decks = useUserDecks();
  const add = useDecksActions().addJudgmentToDeck;
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState('');
  const [contrast, setContrast] = useState(CONTRAST_PRINCIPLE);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => {
          presentJudgment(record);
          navigate('present');
        }}
      >
        Present
      </button>
      <button type="button" className="btn" onClick={() => { setAdded(null); setOpen(true); }}>
        Add to a deck…
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Add this judgment to a deck">
        <form
          className="space-y-3 text-sm"
          onSubmit={(e) => {
            e.preventDefault();
            void add(target ? { deckId: target } : { newTitle: 'New deck' }, record, contrast).then(() => setAdded('Added. Open Decks to reorder, export or present it.'));
          }}
        >
          <p className="text-muted">The case keeps this judgment as the recording of its principle (replayed without a model where its timing was kept), and gets a second principle to contrast.</p>
          <DeckPicker className="block" decks={decks} value={target} onChange={setTarget} />
          <label className="block">
            <span className="label block">Principle to contrast with</span>
            <input className="field" value={contrast} onChange={(e) => setContrast(e.target.value)} />
          </label>
          <button type="submit" className="btn-primary" disabled={!contrast.trim()}>
            Add to deck
          </button>
          {added && <p role="status">{added}</p>}
        </form>
      </Dialog>
    </>
  );
}
