import { useDeferredValue, useMemo, useState } from 'react';
import { type ItemFilter, drawSubset, facetsOf, estimateRunMs, formatDuration } from '../../core/index.ts';
import { useBenchActions, useBenchDataset, useBenchEngine, useBenchSpeed, useEngineKind, useModelLoadStatus, useRunningRunId, useServerConcurrency, useSettingsActions } from '../../state/index.ts';
import { VirtualList } from './VirtualList.tsx';
import { FacetFilter } from './FacetFilter.tsx';
import { plural } from './formatBench.ts';
import { routeHref } from '../../components/routes.ts';

/** Pick a subset (filters, size, seed), see how long it should take, and start the run. */
export function SubsetForm() {
  const dataset = useBenchDataset();
  const runningId = useRunningRunId();
  const start = useBenchActions().startRun;
  const engine = useBenchEngine();
  const speed = useBenchSpeed();
  const engineKind = useEngineKind();
  const loadStatus = useModelLoadStatus();
  const concurrencySetting = useServerConcurrency();
  const setOpenAI = useSettingsActions().setServer;

  const [filter, setFilter] = useState<ItemFilter>({});
  const [size, setSize] = useState(20);
  const [seed, setSeed] = useState(1);
  const [override, setOverride] = useState('');
  const [mask, setMask] = useState(true);
  const [name, setName] = useState('');
  const [preview, setPreview] = useState(false);

  const items = useMemo(() => dataset?.items ?? [], [dataset]);
  const facets = useMemo(() => facetsOf(items), [items]);
  const spec = useDeferredValue(useMemo(() => ({ filter, size, seed }), [filter, size, seed]));
  const subset = useMemo(() => drawSubset(items, spec), [items, spec]);
  const estimate = useMemo(
    () => estimateRunMs(subset.items, speed, engine.concurrency, override.trim() || undefined),
    [subset.items, speed, engine.concurrency, override],
  );

  if (!dataset) return <p className="text-sm text-muted">Load a dataset first.</p>;
  const engineReady = engine.kind === 'openai' ? engine.modelId !== null : loadStatus === 'ready';
  const setList = (key: keyof ItemFilter) => (values: string[]) => setFilter((f) => ({ ...f, [key]: values }));

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void start({
          name: name || `${dataset.name} · ${subset.items.length} items · seed ${seed}${override.trim() ? ' · override' : ''}`,
          items: subset.items,
          subset: { filter, size, seed, pool: subset.pool },
          principleOverride: override.trim() ? override : null,
          mask,
        });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {facets.sources.length > 1 && <FacetFilter legend="Source" values={facets.sources} selected={filter.sources ?? []} onChange={setList('sources')} />}
        {facets.domains.length > 0 && <FacetFilter legend="Domain" values={facets.domains} selected={filter.domains ?? []} onChange={setList('domains')} />}
        {facets.categories.length > 0 && <FacetFilter legend="Category" values={facets.categories} selected={filter.categories ?? []} onChange={setList('categories')} />}
        {facets.principles.length > 1 && <FacetFilter legend="Principle" values={facets.principles} selected={filter.principles ?? []} onChange={setList('principles')} searchable />}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="subset-size" className="label">
            Items
          </label>
          <input id="subset-size" type="number" min={1} className="field w-28" value={size} onChange={(e) => setSize(Math.max(1, Math.floor(Number(e.target.value) || 1)))} />
        </div>
        <div>
          <label htmlFor="subset-seed" className="label">
            Seed
          </label>
          <input id="subset-seed" type="number" className="field w-28" value={seed} onChange={(e) => setSeed(Math.floor(Number(e.target.value) || 0))} />
        </div>
        {engine.kind === 'openai' && (
          <div>
            <label htmlFor="subset-concurrency" className="label">
              Requests in flight
            </label>
            <input id="subset-concurrency" type="number" min={1} max={256} className="field w-24" value={concurrencySetting} onChange={(e) => setOpenAI({ concurrency: Math.max(1, Math.min(256, Math.floor(Number(e.target.value) || 1))) })} />
          </div>
        )}
        <p className="pb-1.5 text-sm" data-testid="subset-count" data-count={subset.items.length}>
          {plural(subset.items.length, 'item')} of {plural(subset.pool, 'match', 'matches')}
          <span className="text-muted"> · stratified by domain × category, same seed → same subset</span>
        </p>
      </div>
      <p className="text-sm" data-testid="estimate">
        {estimate === null ? (
          <span className="text-muted">Estimated time: unknown until this model has judged something (run “Benchmark this device” on the Models page or one judgment in the Playground, or start and watch).</span>
        ) : (
          <>
            Estimated time: <strong>≈ {formatDuration(estimate)}</strong> <span className="text-muted">({speed?.label}{engine.kind === 'openai' ? `; for ${engine.concurrency} in flight` : ''})</span>
          </>
        )}
      </p>
      <div>
        <label htmlFor="principle-override" className="label">
          Principle override (optional)
        </label>
        <textarea
          id="principle-override"
          className="field min-h-16"
          value={override}
          onChange={(e) => setOverride(e.target.value)}
          placeholder="Judge every item under this text instead of its own: does a rewording change accuracy?"
        />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <label htmlFor="run-name" className="label">
            Run name
          </label>
          <input id="run-name" className="field" value={name} onChange={(e) => setName(e.target.value)} placeholder={`${dataset.name} · ${subset.items.length} items · seed ${seed}`} />
        </div>
        <label className="flex items-center gap-1.5 pb-1.5 text-sm">
          <input type="checkbox" checked={mask} onChange={(e) => setMask(e.target.checked)} />
          Mask names (as trained)
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={!engineReady || runningId !== null || subset.items.length === 0}>
          ▶ Start run
        </button>
        <a href={routeHref(engineKind === 'openai' ? 'settings' : 'models')} className="text-sm text-muted underline-offset-2 hover:underline" data-testid="bench-engine">
          {engine.kind === 'openai' ? `Server: ${engine.modelId ?? 'not set'} (${engine.concurrency} in flight)` : engineReady ? `Browser: ${engine.modelId}` : 'No model loaded: load one on the Models page'}
        </a>
        {runningId !== null && <span className="text-sm text-muted">A run is going: pause it to start another.</span>}
        <button type="button" className="btn ml-auto" aria-expanded={preview} onClick={() => setPreview((p) => !p)}>
          {preview ? 'Hide' : 'Show'} the subset
        </button>
      </div>
      {preview && (
        <VirtualList
          count={subset.items.length}
          rowHeight={28}
          height={240}
          label="Items in the subset"
          testId="subset-preview"
          renderRow={(i) => {
            const it = subset.items[i]!;
            return (
              <div className="flex gap-2 truncate px-2 text-xs leading-7">
                <span className="font-mono">{it.id}</span>
                <span className="text-muted">
                  {it.domain ?? '—'} · {it.category ?? '—'} · {it.responses.length} candidates
                </span>
                <span className="truncate">{it.prompt}</span>
              </div>
            );
          }}
        />
      )}
    </form>
  );
}
