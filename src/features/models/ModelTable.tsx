import { useMemo } from 'react';
import { useCatalog, useGpuProbe, useModelCache, useModelLoad, useModelsActions, useStorageInfo } from '../../state/index.ts';
import { assessFit, recommendModel, type ModelFit } from '../../engine/webllm/fit.ts';
import type { CatalogModel } from '../../engine/webllm/catalog.ts';
import type { ModelCacheStatus } from '../../engine/webllm/workerProtocol.ts';
import { formatBytes } from './formatModel.ts';

function cacheLabel(c: ModelCacheStatus | undefined, loaded: boolean): { state: string; text: string } {
  if (loaded) return { state: 'loaded', text: 'Loaded' };
  if (!c) return { state: 'unknown', text: '…' };
  if (c.complete) return { state: 'cached', text: `Cached · ${formatBytes(c.bytesTotal ?? c.bytesCached)}` };
  if (c.shardsCached > 0 || c.configCached || c.libraryCached)
    return { state: 'partial', text: `Partly downloaded${c.shardsTotal ? ` · ${c.shardsCached} of ${c.shardsTotal} files (${formatBytes(c.bytesCached)})` : ''}` };
  return { state: 'none', text: 'Not downloaded' };
}

const VERDICT = { fits: ['text-ok', 'Fits'], tight: ['text-warn', 'May not fit'], no: ['text-bad', 'Cannot run'] } as const;

export function ModelTable() {
  const catalog = useCatalog();
  const cache = useModelCache();
  const gpu = useGpuProbe();
  const storage = useStorageInfo();
  const load = useModelLoad();
  const loadModel = useModelsActions().loadModel;
  const deleteModel = useModelsActions().deleteModel;
  const deviceMemory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
  const fits = useMemo(() => new Map<string, ModelFit>(catalog.map((m) => [m.id, assessFit(m, gpu, storage, deviceMemory, cache[m.id]?.bytesCached ?? 0)])), [catalog, gpu, storage, deviceMemory, cache]);
  const best = recommendModel(catalog, fits);
  const busy = load.status === 'loading';
  return (
    <div className="overflow-x-auto">
      {best && (
        <p className="mb-2 text-sm" data-testid="recommended">
          Recommended for this device: <strong>{best.label}</strong>
        </p>
      )}
      <table className="w-full text-sm" data-testid="model-table">
        <caption className="sr-only">Models you can run in this browser</caption>
        <thead>
          <tr className="border-b border-line text-left text-xs text-muted">
            <th scope="col" className="py-1">Model</th>
            <th scope="col">Download</th>
            <th scope="col">GPU memory</th>
            <th scope="col">This device</th>
            <th scope="col">State</th>
            <th scope="col"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {catalog.map((m) => (
            <Row key={m.id} m={m} fit={fits.get(m.id)!} cache={cache[m.id]} loaded={load.status === 'ready' && load.modelId === m.id} recommended={best?.id === m.id} busy={busy} onLoad={() => void loadModel(m.id)} onDelete={() => void deleteModel(m.id)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ m, fit, cache, loaded, recommended, busy, onLoad, onDelete }: { m: CatalogModel; fit: ModelFit; cache: ModelCacheStatus | undefined; loaded: boolean; recommended: boolean; busy: boolean; onLoad(): void; onDelete(): void }) {
  const c = cacheLabel(cache, loaded);
  const [color, verdict] = VERDICT[fit.verdict];
  const hasFiles = cache && (cache.complete || cache.shardsCached > 0 || cache.configCached || cache.libraryCached);
  return (
    <tr className="border-b border-line align-top" data-testid="model-row" data-model={m.id} data-cache={c.state} data-fit={fit.verdict}>
      <td className="py-2 pr-2">
        <div className="font-medium">
          {m.label} {recommended && <span className="rounded bg-accent-soft px-1 text-xs">recommended</span>}
        </div>
        <div className="font-mono text-xs text-muted">{m.id}</div>
        {m.note && <div className="text-xs text-muted">{m.note}</div>}
      </td>
      <td className="pr-2">{m.downloadMB ? `~${formatBytes(m.downloadMB * 2 ** 20)}` : '—'}</td>
      <td className="pr-2">{m.vramMB ? `~${(m.vramMB / 1024).toFixed(1)} GB` : '—'}</td>
      <td className="max-w-64 pr-2">
        <span className={`font-medium ${color}`}>{verdict}</span>
        <ul className="text-xs text-muted">
          {fit.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </td>
      <td className="pr-2" data-testid="cache-state">
        {c.text}
      </td>
      <td className="whitespace-nowrap py-2">
        <div className="flex gap-1">
          <button type="button" className="btn-primary" onClick={onLoad} disabled={busy || loaded || !m.weightsUrl || fit.verdict === 'no'} aria-label={`${cache?.complete ? "Load" : "Download & load"} ${m.id}`}>
            {cache?.complete ? 'Load' : 'Download & load'}
          </button>
          <button type="button" className="btn" onClick={onDelete} disabled={busy || !hasFiles} aria-label={`Delete ${m.id} from cache`}>
            Delete
          </button>
        </div>
      </td>
    </tr>
  );
}
