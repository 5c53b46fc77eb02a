import { useEffect, useMemo } from 'react';
import { validateJudgeInput } from '../../core/index.ts';
import { useHistoryLoaded, usePlaygroundActions, usePlaygroundError, useWorkspace, useWorkspaceActions, useWorkspacePrompt } from '../../state/index.ts';
import { PrincipleEditor } from './PrincipleEditor.tsx';
import { CandidateList } from './CandidateList.tsx';
import { RunBar } from './RunBar.tsx';
import { JudgmentView } from './JudgmentView.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { YourRanking } from './YourRanking.tsx';
import { OpenFileButton } from './OpenFileButton.tsx';

export function PlaygroundPage() {
  const prompt = useWorkspacePrompt();
  const setPrompt = useWorkspaceActions().setPrompt;
  const input = useWorkspace();
  const runError = usePlaygroundError();
  const historyLoaded = useHistoryLoaded();
  const loadHistory = usePlaygroundActions().loadHistory;
  useEffect(() => {
    if (!historyLoaded) void loadHistory();
  }, [historyLoaded, loadHistory]);

  const validation = useMemo(
    () => validateJudgeInput({ principle: input.principle, prompt: input.prompt, responses: input.candidates.map((c) => ({ name: c.name, text: c.text })) }),
    [input],
  );
  const attempted = runError?.kind === 'invalid-input';
  const errors = validation.ok ? [] : validation.errors;
  const nameErrors = new Map<number, string>();
  for (const e of errors) if ('index' in e && e.index !== undefined && (e.code === 'duplicate-name' || e.code === 'empty-name')) nameErrors.set(e.index, e.message);
  const principleError = attempted ? errors.find((e) => e.field === 'principle')?.message : undefined;
  const listError = attempted ? errors.find((e) => e.code === 'no-responses')?.message : undefined;

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <h1 id="page-title" className="text-xl font-semibold">
          Playground
        </h1>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <OpenFileButton />
        </div>
      </div>
      <RunBar />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <PrincipleEditor invalid={principleError} />
          <div className="card">
            <label htmlFor="prompt" className="label">
              Prompt
            </label>
            <textarea id="prompt" className="field min-h-20 font-mono" value={prompt} onChange={(e) => setPrompt(e.target.value)} placeholder="The user's question or instruction the candidates answer" />
            {!validation.ok ? null : validation.warnings.some((w) => w.code === 'empty-prompt') && <p className="hint mt-1">No prompt: the candidates are judged on their own.</p>}
          </div>
          <CandidateList nameErrors={nameErrors} listError={listError} />
          <YourRanking />
        </div>
        <div className="space-y-4">
          <JudgmentView />
          <HistoryPanel />
        </div>
      </div>
    </section>
  );
}
