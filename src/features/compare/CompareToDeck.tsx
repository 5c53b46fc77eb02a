import { useMemo, useState } from 'react';
import { caseFromComparison } from '../../core/index.ts';
import { useCompareResults, useDecksActions } from '../../state/index.ts';
import { AddToDeckDialog } from '../../components/AddToDeckDialog.tsx';

/** "Add to a deck…": the comparison's case with each of its principles, their judgments kept as recordings. */
export function CompareToDeck() {
  const results = useCompareResults();
  const add = useDecksActions().addComparisonToDeck;
  const [open, setOpen] = useState(false);
  const preview = useMemo(() => caseFromComparison(results.flatMap((r) => (r.record ? [r.record] : [])), 'preview'), [results]);
  if (!preview.ok) return null;
  const recorded = preview.kase.principles.filter((p) => p.recording).length;
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Add to a deck…
      </button>
      <AddToDeckDialog open={open} onClose={() => setOpen(false)} title="Add this comparison to a deck" contrast={null} onAdd={(to) => add(to)}>
        <p className="text-muted">
          One case, “{preview.kase.title}”, with its {preview.kase.principles.length} principles: {recorded} of them keep their judgment as a recording (replayed without a model), the others run live.
        </p>
      </AddToDeckDialog>
    </>
  );
}
