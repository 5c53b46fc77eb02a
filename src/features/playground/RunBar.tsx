import { useEngineKind, usePlaygroundActions, usePlaygroundRunning, useReadyModelId, useSampling, useServerModel, useWorkspaceActions, useWorkspaceMask } from '../../state/index.ts';
import { FitMeter, useFit } from './useFit.tsx';
import { routeHref } from '../../components/routes.ts';

export function RunBar() {
  const running = usePlaygroundRunning();
  const run = usePlaygroundActions().runPlayground;
  const stop = usePlaygroundActions().stopPlayground;
  const mask = useWorkspaceMask();
  const setMask = useWorkspaceActions().setMask;
  const sampling = useSampling();
  const engineKind = useEngineKind();
  const loaded = useReadyModelId();
  const server = useServerModel();
  const fit = useFit();

  const engineLabel = engineKind === 'openai' ? `Server: ${server || 'not set'}` : loaded ? `Browser: ${loaded}` : 'No model loaded';
  return (
    <div className="card flex flex-wrap items-center gap-3" role="toolbar" aria-label="Judgment controls">
      {running ? (
        <button type="button" className="btn-danger" onClick={stop}>
          ■ Stop
        </button>
      ) : (
        <button type="button" className="btn-primary" onClick={() => void run()} title="Ctrl/Cmd+Enter" aria-keyshortcuts="Control+Enter Meta+Enter">
          ▶ Run judgment
        </button>
      )}
      <label className="flex items-center gap-1.5 text-sm">
        <input type="checkbox" checked={mask} onChange={(e) => setMask(e.target.checked)} />
        Mask names (as trained)
      </label>
      <a href={routeHref(engineKind === 'openai' ? 'settings' : 'models')} className="text-sm text-muted underline-offset-2 hover:underline" data-testid="engine-label">
        {engineLabel}
      </a>
      <span className="text-xs text-muted">
        T={sampling.temperature} · top_p={sampling.top_p} · max {sampling.max_tokens} · thinking {sampling.enable_thinking ? 'on' : 'off'}
      </span>
      <div className="ml-auto">
        <FitMeter fit={fit} />
      </div>
    </div>
  );
}
