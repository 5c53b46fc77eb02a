import { useAppStore } from '../../state/index.ts';
import { FitMeter, useFit } from './useFit.tsx';
import { routeHref } from '../../components/routes.ts';

export function RunBar() {
  const running = useAppStore((s) => s.running);
  const run = useAppStore((s) => s.runPlayground);
  const stop = useAppStore((s) => s.stopPlayground);
  const mask = useAppStore((s) => s.workspace.mask);
  const setMask = useAppStore((s) => s.setMask);
  const sampling = useAppStore((s) => s.sampling);
  const engineKind = useAppStore((s) => s.engineKind);
  const loaded = useAppStore((s) => (s.load.status === 'ready' ? s.load.modelId : null));
  const server = useAppStore((s) => s.openai.model);
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
