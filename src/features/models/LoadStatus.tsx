import { useModelLoad, useModelsActions } from '../../state/index.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatBytes, formatDuration } from './formatModel.ts';
import { routeHref } from '../../components/routes.ts';

const PHASE_LABEL = { config: 'Preparing (configuration and model library)', fetch: 'Downloading weights', gpu: 'Loading onto the GPU', shaders: 'Compiling GPU shaders', ready: 'Ready' } as const;

export function LoadStatus() {
  const load = useModelLoad();
  const cancel = useModelsActions().cancelLoad;
  const unload = useModelsActions().unloadModel;
  if (load.status === 'idle') return <p className="text-sm text-muted" data-testid="load-status" data-status="idle">No model loaded.</p>;
  if (load.status === 'error' && load.error) {
    return (
      <div className="space-y-2" data-testid="load-status" data-status="error">
        <ErrorNotice error={load.error} testId="load-error" />
        {load.error.kind === 'network' && <ServerAlternative />}
      </div>
    );
  }
  if (load.status === 'ready') {
    return (
      <div className="flex flex-wrap items-center gap-3" data-testid="load-status" data-status="ready">
        <span className="text-sm">
          <span className="text-ok">●</span> Loaded <strong>{load.modelId}</strong> · context window {load.contextWindow?.toLocaleString('en-US')} tokens
        </span>
        <button type="button" className="btn" onClick={() => void unload()}>
          Unload
        </button>
      </div>
    );
  }
  const p = load.progress;
  const frac = p?.fraction ?? null;
  const left = p?.phase === 'fetch' && p.bytesTotal && p.bytesDone !== undefined && load.bytesPerSec ? (p.bytesTotal - p.bytesDone) / load.bytesPerSec : null;
  return (
    <div className="space-y-2" data-testid="load-status" data-status="loading" data-phase={p?.phase ?? 'config'}>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span>
          Loading <strong>{load.modelId}</strong>: {PHASE_LABEL[p?.phase ?? 'config']}
        </span>
        <button type="button" className="btn" onClick={cancel}>
          Cancel
        </button>
      </div>
      <progress className="h-2 w-full" max={1} value={frac ?? undefined} aria-label="Load progress" />
      <p className="text-xs text-muted" data-testid="load-detail">
        {p?.phase === 'fetch' && p.bytesDone !== undefined
          ? `${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)} · ${load.bytesPerSec ? `${formatBytes(load.bytesPerSec)}/s` : '—'} · ${formatDuration(left)} left`
          : frac !== null
            ? `${Math.round(frac * 100)}%`
            : p?.text ?? 'Starting…'}
      </p>
      <p className="hint">Cancelling keeps the files that finished downloading; loading again resumes from there.</p>
    </div>
  );
}

/** When the download cannot get through, a server engine judges without downloading the model to this browser. */
function ServerAlternative() {
  return (
    <p className="text-sm" data-testid="server-alternative">
      Or judge with an OpenAI-compatible server (vLLM, Ollama, llama.cpp) instead, without downloading the model to this
      browser:{' '}
      <a href={routeHref('settings')} className="underline">
        Set up a server in Settings
      </a>
      .
    </p>
  );
}
