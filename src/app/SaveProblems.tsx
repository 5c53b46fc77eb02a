import { STORE_LABEL, useSaveProblems, useWorkspaceActions, type StoreName } from '../state/index.ts';

/** Every failed save, said at once and shown until that store saves again. What was not saved stays on screen. */
export function SaveProblems() {
  const problems = useSaveProblems();
  const retryWorkspace = useWorkspaceActions().retryWorkspaceSave;
  const entries = Object.entries(problems) as Array<[StoreName, { message: string; advice: string }]>;
  if (entries.length === 0) return null;
  return (
    <div role="alert" className="mb-4 space-y-2 rounded-md border border-bad bg-surface p-3 text-sm" data-testid="save-problems">
      {entries.map(([store, p]) => (
        <div key={store} data-testid={`save-problem-${store}`}>
          <p className="font-semibold text-bad">{STORE_LABEL[store]}: not saved. {p.message}</p>
          <p>
            {store === 'workspace' ? 'Everything you typed is still here in this tab. ' : ''}
            {p.advice}
          </p>
          {store === 'workspace' && (
            <button type="button" className="btn mt-1" onClick={retryWorkspace}>
              Try saving again
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
