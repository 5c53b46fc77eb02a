import { useState } from 'react';
import type { JudgmentRecord } from '../../core/index.ts';
import { useDecksActions, usePresentActions } from '../../state/index.ts';
import { AddToDeckDialog } from '../../components/AddToDeckDialog.tsx';
import { navigate } from '../../components/routes.ts';

/** "Present" opens this judgment in presentation mode; "Add to a deck…" makes a contrast case of it. */
export function PresentActions({ record }: { record: JudgmentRecord }) {
  const presentJudgment = usePresentActions().presentJudgment;
  const add = useDecksActions().addJudgmentToDeck;
  const [open, setOpen] = useState(false);
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
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Add to a deck…
      </button>
      <AddToDeckDialog open={open} onClose={() => setOpen(false)} title="Add this judgment to a deck" contrast={{}} onAdd={(to, contrast) => add(to, record, contrast).then(() => 'Added.')}>
        <p className="text-muted">The case keeps this judgment as the recording of its principle (replayed without a model where its timing was kept), and gets a second principle to contrast.</p>
      </AddToDeckDialog>
    </>
  );
}
