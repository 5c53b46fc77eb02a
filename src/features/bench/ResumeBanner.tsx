import { useBenchActions, useBenchRuns, useEngineKind, useInterruptedRuns, useReadyModelId, useRunningRunId } from '../../state/index.ts';
import { routeHref } from '../../components/routes.ts';

/** Runs found cut off (reload, crash, closed tab) when the page started: offer to resume exactly where they stopped. */
export function ResumeBanner() {
  const interrupted = useInterruptedRuns();
  const runs = useBenchRuns();
  const runningId = useRunningRunId();
  const resume = useBenchActions().resume;
  const dismiss = useBenchActions().dismissInterrupted;
  const open = useBenchActions().openRun;
  const engineKind = useEngineKind();
  const loaded = useReadyModelId();
  const list = runs.filter((r) => interrupted.includes(r.id));
  if (list.length === 0) return null;
  return (
    <div className="space-y-2">
      {list.map((r) => {
        const needsModel = r.engine.kind === 'webllm' && (engineKind !== 'webllm' || loaded !== r.engine.modelId);
        return (
          <div key={r.id} role="region" aria-label={`Interrupted run ${r.name}`} className="rounded-md border border-warn bg-surface p-3 text-sm" data-testid="resume-offer" data-run-id={r.id}>
            <p>
              <strong><bdi>{r.name}</bdi></strong> stopped at {r.counts.done} of {r.itemIds.length} items when the page was closed or reloaded. Every finished item is kept.
            </p>
            {needsModel && (
              <p className="mt-1 text-muted">
                It ran on the browser model {r.engine.modelId}: <a href={routeHref('models')} className="underline">load it</a> first, then resume.
              </p>
            )}
            <div className="mt-2 flex flex-wrap gap-2">
              <button type="button" className="btn-primary" disabled={runningId !== null} onClick={() => void resume(r.id)}>
                ▶ Resume where it stopped
              </button>
              <button type="button" className="btn" onClick={() => void open(r.id)}>
                Open
              </button>
              <button type="button" className="btn" onClick={() => dismiss(r.id)}>
                Not now
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
