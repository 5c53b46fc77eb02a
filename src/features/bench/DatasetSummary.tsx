import { useMemo, useState } from 'react';
import { DEFAULT_RMBENCH_PRINCIPLE, summarizeBench } from '../../core/index.ts';
import { kindLabel } from '../../core/index.ts';
import { useBenchActions, useBenchDataset } from '../../state/index.ts';
import { VirtualList } from './VirtualList.tsx';
import { fmtInt, plural } from './formatBench.ts';

const counts = (r: Record<string, number>) =>
  Object.entries(r)
    .map(([k, n]) => `${k} ${n}`)
    .join(' · ');

/** What was loaded: counts, notes, every bad row with where it is and why, and the principle for RM-Bench / pairs. */
export function DatasetSummary() {
  const d = useBenchDataset();
  const clear = useBenchActions().clearDataset;
  const summary = useMemo(() => (d ? summarizeBench(d.items) : null), [d]);
  if (!d || !summary) return null;
  return (
    <div className="space-y-3" data-testid="dataset-summary" data-items={summary.items} data-kind={d.kind}>
      <div className="flex flex-wrap items-baseline gap-2">
        <h3 className="font-semibold">{d.name}</h3>
        <span className="text-xs text-muted">{kindLabel(d.kind)} · {d.origin}</span>
        <button type="button" className="btn ml-auto" onClick={() => void clear()}>
          Unload
        </button>
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-xs text-muted">Items</dt>
          <dd data-testid="summary-items">{fmtInt(summary.items)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Principles</dt>
          <dd>{fmtInt(summary.principles)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Candidates per item</dt>
          <dd>{summary.candidates ? `${summary.candidates.min}–${summary.candidates.max} (median ${summary.candidates.median})` : '—'}</dd>
        </div>
        <div className="col-span-2 sm:col-span-3">
          <dt className="text-xs text-muted">Domains</dt>
          <dd data-testid="summary-domains">
            {counts(summary.domains) || '—'}
            {summary.withoutDomain > 0 && <span className="text-muted"> · {summary.withoutDomain} without</span>}
          </dd>
        </div>
        <div className="col-span-2 sm:col-span-3">
          <dt className="text-xs text-muted">Categories</dt>
          <dd data-testid="summary-categories">
            {counts(summary.categories) || '—'}
            {summary.withoutCategory > 0 && <span className="text-muted"> · {summary.withoutCategory} without</span>}
          </dd>
        </div>
      </dl>
      {d.principle !== null && <PrincipleForItems key={d.id} initial={d.principle} />}
      {d.errors.length > 0 && (
        <div>
          <p className="text-sm font-medium text-bad" data-testid="problem-count">
            {plural(d.errors.length, 'problem')}: these rows were skipped, the {plural(d.items.length, 'valid item')} kept.
          </p>
          <VirtualList
            count={d.errors.length}
            rowHeight={24}
            height={200}
            label="Problems found while loading"
            testId="load-problems"
            renderRow={(i) => {
              const e = d.errors[i]!;
              return (
                <div className="truncate px-2 font-mono text-xs leading-6" title={`${e.where}: ${e.message}`}>
                  <span className="text-bad">{e.where}</span>: {e.message}
                </div>
              );
            }}
          />
        </div>
      )}
      {d.notes.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-muted">{plural(d.notes.length, 'note')}</summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-muted" data-testid="load-notes">
            {d.notes.slice(0, 200).map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function PrincipleForItems({ initial }: { initial: string }) {
  const apply = useBenchActions().setDatasetPrinciple;
  const [text, setText] = useState(initial);
  const changed = text !== initial;
  return (
    <div>
      <label htmlFor="dataset-principle" className="label">
        Principle for every item (the file has none)
      </label>
      <textarea id="dataset-principle" className="field min-h-20" value={text} onChange={(e) => setText(e.target.value)} />
      <div className="mt-1 flex flex-wrap gap-2">
        <button type="button" className="btn" disabled={!changed || !text.trim()} onClick={() => apply(text)}>
          Apply to the items
        </button>
        <button
          type="button"
          className="btn"
          disabled={text === DEFAULT_RMBENCH_PRINCIPLE && !changed}
          onClick={() => {
            setText(DEFAULT_RMBENCH_PRINCIPLE);
            apply(DEFAULT_RMBENCH_PRINCIPLE);
          }}
        >
          Use ours (correctness first)
        </button>
      </div>
    </div>
  );
}
