import { useState } from 'react';
import { useWorkspaceActions, useWorkspaceCandidates } from '../../state/index.ts';
import { CandidateCard } from './CandidateCard.tsx';
import { PasteCandidatesDialog } from './PasteCandidatesDialog.tsx';

export function CandidateList({ nameErrors, listError }: { nameErrors: Map<number, string>; listError?: string }) {
  const candidates = useWorkspaceCandidates();
  const add = useWorkspaceActions().addCandidate;
  const clear = useWorkspaceActions().clearCandidates;
  const [pasting, setPasting] = useState(false);
  return (
    <section className="card space-y-3" aria-labelledby="cands-title">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="cands-title" className="text-sm font-semibold">
          Candidates <span className="font-normal text-muted">({candidates.length})</span>
        </h2>
        <div className="ml-auto flex gap-2">
          <button type="button" className="btn" onClick={() => add()}>
            + Add
          </button>
          <button type="button" className="btn" onClick={() => setPasting(true)}>
            Paste many…
          </button>
          <button type="button" className="btn" onClick={() => clear()} disabled={candidates.length === 0}>
            Clear
          </button>
        </div>
      </div>
      {listError && <p className="text-sm text-bad">{listError}</p>}
      {candidates.length === 1 && <p className="hint">One candidate is scored alone (no ranking to compare).</p>}
      <ol className="space-y-3">
        {candidates.map((c, i) => (
          <CandidateCard key={c.key} c={c} index={i} count={candidates.length} error={nameErrors.get(i)} />
        ))}
      </ol>
      <PasteCandidatesDialog open={pasting} onClose={() => setPasting(false)} />
    </section>
  );
}
