import { useId, useState } from 'react';
import { caseFromWorkspace, rankingOfCandidates } from '../../core/index.ts';
import { useLibrary, useMyRanking, useSuitesActions, useWorkspaceCandidates, useWorkspacePrinciple, useWorkspacePrompt } from '../../state/index.ts';

/** The rater name on cases added from the playground unless the user gives another. */
const YOU = 'You';

/**
 * "Add to the suite of …": the playground's case, with the user's saved ranking, into a saved principle's test
 * suite (by default the principle whose text is the workspace's). A case the suite cannot take is refused, saying why.
 */
export function AddToSuiteButton() {
  const library = useLibrary();
  const principle = useWorkspacePrinciple();
  const prompt = useWorkspacePrompt();
  const candidates = useWorkspaceCandidates();
  const stored = useMyRanking();
  const { addCaseOrRanking } = useSuitesActions();
  const selectId = useId();
  const raterId = useId();
  const [rater, setRater] = useState(YOU);
  const [picked, setPicked] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; lines: string[] } | null>(null);
  if (library.length === 0) return <p className="hint">Save the principle to the library (“Save…”) to give it a test suite.</p>;
  const matching = library.find((p) => p.text.trim() === principle.trim());
  const targetId = picked && library.some((p) => p.id === picked) ? picked : (matching ?? library[0]!).id;
  const target = library.find((p) => p.id === targetId)!;
  const saved = stored?.saved === true;
  const add = async () => {
    const { ranking } = rankingOfCandidates(stored, candidates.map((c) => c.name));
    const name = rater.trim() || YOU;
    setOutcome(null);
    try {
      const { problems, joined } = await addCaseOrRanking(target.id, caseFromWorkspace({ prompt, candidates }, ranking, name));
      const done = joined ? `Added the ranking by “${name}” to this case in the suite of “${target.name}”.` : `Added this case to the suite of “${target.name}”.`;
      setOutcome(problems.length > 0 ? { ok: false, lines: problems } : { ok: true, lines: [done] });
    } catch {
      // The save alert already says the write failed.
      setOutcome({ ok: false, lines: ['The case was not saved (see the alert above).'] });
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="add-to-suite">
      <label htmlFor={selectId} className="text-xs">
        Suite of
      </label>
      <select id={selectId} className="field w-auto py-0.5 text-xs" value={target.id} onChange={(e) => setPicked(e.target.value)}>
        {library.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <label htmlFor={raterId} className="text-xs">
        as rater
      </label>
      <input id={raterId} className="field w-28 py-0.5 text-xs" value={rater} onChange={(e) => setRater(e.target.value)} />
      <button type="button" className="btn" onClick={() => void add()} disabled={!saved} title={saved ? undefined : 'Save your ranking first'}>
        Add to the suite of “{target.name}”
      </button>
      {outcome && (
        <div role={outcome.ok ? 'status' : 'alert'} className={`w-full text-sm ${outcome.ok ? '' : 'text-warn'}`} data-testid="add-to-suite-outcome">
          {outcome.lines.length === 1 ? (
            outcome.lines[0]
          ) : (
            <ul className="list-disc pl-5">
              {outcome.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
