import { useId, useMemo, useState } from 'react';
import { pendingCases, type SavedPrinciple, type Suite } from '../../core/index.ts';
import { useEngineKind, useSuiteRunError, useSuiteRunInFlight, useSuiteRunningId, useSuiteRuns, useSuiteRunsElsewhere, useSuitesActions } from '../../state/index.ts';
import { versionLabel } from './suiteFormat.ts';

const ENGINE_LABEL = { openai: 'the server (Settings)', webllm: 'the browser model' } as const;

/** Runs a principle's suite with a chosen version and engine; lists its runs, resumable, deletable with undo. */
export function SuiteRunPanel({ p, suite }: { p: SavedPrinciple; suite: Suite | undefined }) {
  const allRuns = useSuiteRuns();
  const runningId = useSuiteRunningId();
  const inFlight = useSuiteRunInFlight();
  const elsewhere = useSuiteRunsElsewhere();
  const error = useSuiteRunError();
  const engineKind = useEngineKind();
  const { startSuiteRun, resumeSuiteRun, pauseSuiteRun, removeSuiteRun, dismissSuiteRunError } = useSuitesActions();
  const [version, setVersion] = useState(p.versions.length - 1);
  const [engine, setEngine] = useState<'webllm' | 'openai'>(engineKind);
  const versionId = useId();
  const engineId = useId();
  const runs = useMemo(() => allRuns.filter((r) => r.principleId === p.id), [allRuns, p.id]);
  const cases = suite?.cases.length ?? 0;
  const busy = runningId !== null;
  return (
    <div className="space-y-2" data-testid="suite-runs">
      <div className="flex flex-wrap items-end gap-2 text-sm">
        <label htmlFor={versionId}>Version</label>
        <select id={versionId} className="field w-auto" value={Math.min(version, p.versions.length - 1)} onChange={(e) => setVersion(Number(e.target.value))}>
          {p.versions.map((_, i) => (
            <option key={i} value={i}>
              {versionLabel(i)}
            </option>
          ))}
        </select>
        <label htmlFor={engineId}>Engine</label>
        <select id={engineId} className="field w-auto" value={engine} onChange={(e) => setEngine(e.target.value as 'webllm' | 'openai')}>
          <option value="openai">Server (Settings)</option>
          <option value="webllm">Browser model</option>
        </select>
        <button type="button" className="btn-primary" disabled={busy || cases === 0} onClick={() => void startSuiteRun(p.id, Math.min(version, p.versions.length - 1), engine)}>
          Run the suite
        </button>
        {busy && (
          <button type="button" className="btn" onClick={pauseSuiteRun}>
            Pause
          </button>
        )}
      </div>
      {error && (
        <div role="alert" className="flex flex-wrap items-start gap-2 text-sm text-warn" data-testid="suite-run-error">
          <span className="flex-1">{error}</span>
          <button type="button" className="btn py-0 text-xs" onClick={dismissSuiteRunError}>
            Dismiss
          </button>
        </div>
      )}
      {runs.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label="Runs of the suite">
          {runs.map((run) => {
            const left = suite ? pendingCases(run, suite).length : 0;
            const judged = cases - left;
            const here = run.id === runningId;
            const status = here ? `running${inFlight.length ? ` (judging ${inFlight.length})` : ''}` : elsewhere.includes(run.id) ? 'running in another tab' : left === 0 ? 'done' : 'paused';
            return (
              <li key={run.id} className="flex flex-wrap items-center gap-2" data-testid="suite-run" data-version={run.version} data-status={status.split(' ')[0]}>
                <span className="font-medium">{versionLabel(run.version)}</span>
                <span className="text-muted">
                  {ENGINE_LABEL[run.engine.kind]}
                  {run.engine.modelId ? ` “${run.engine.modelId}”` : ''} · {judged} of {cases} cases · {status}
                </span>
                {!here && left > 0 && !elsewhere.includes(run.id) && (
                  <button type="button" className="btn py-0 text-xs" disabled={busy} onClick={() => void resumeSuiteRun(run.id)}>
                    Resume
                  </button>
                )}
                {!here && (
                  <button type="button" className="btn py-0 text-xs" aria-label={`Delete the run of ${versionLabel(run.version)}`} onClick={() => void removeSuiteRun(run.id).catch(() => {})}>
                    Delete
                  </button>
                )}
                {run.lastError && !here && <span className="w-full text-xs text-warn">{run.lastError}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
