import { useMemo, useState } from 'react';
import { useBenchActions, useBenchCompare, useBenchRuns } from '../../state/index.ts';
import { compareRuns, runMetrics, type CompareScores, type ItemSummary, type RunMetrics, type RunRecord } from '../../core/index.ts';
import { VirtualList } from './VirtualList.tsx';
import { fmtNum } from './formatBench.ts';

const defined = (list: ReadonlyArray<ItemSummary | undefined>) => list.filter((s): s is ItemSummary => s !== undefined);

/** "x of y items" on expected scores, as the run's own side-by-side table says it. */
const coverage = (m: RunMetrics) => (m.expected ? `${m.expected.coverage.items} of ${m.expected.coverage.of} items` : 'none');

/** This run against another (another principle, model or setting): metrics side by side, items whose verdict changed. */
export function ComparePanel({ run, summaries, onOpen }: { run: RunRecord; summaries: ReadonlyArray<ItemSummary | undefined>; onOpen(index: number): void }) {
  const runs = useBenchRuns();
  const compare = useBenchCompare();
  const setCompare = useBenchActions().setCompare;
  const others = runs.filter((r) => r.id !== run.id);
  const metrics = useMemo(() => (compare ? { a: runMetrics(defined(compare.summaries), false), b: runMetrics(defined(summaries), false) } : null), [compare, summaries]);
  // Expected scores can be compared only where both runs have them; else the integer scores, as before.
  const [picked, setPicked] = useState<CompareScores>('integer');
  const canExpected = metrics !== null && metrics.a.expected !== null && metrics.b.expected !== null;
  const on: CompareScores = canExpected ? picked : 'integer';
  const cmp = useMemo(() => (compare ? compareRuns(compare.summaries, summaries, on) : null), [compare, summaries, on]);
  const figures = (m: RunMetrics) => (on === 'expected' && m.expected ? m.expected : m).report.overall;

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="compare-with" className="label">
          Compare this run with
        </label>
        <select id="compare-with" className="field w-auto max-w-full" value={compare?.run.id ?? ''} onChange={(e) => void setCompare(e.target.value || null)}>
          <option value="">— pick a run —</option>
          {others.map((r) => (
            <option key={r.id} value={r.id}>
              <bdi>{r.name}</bdi> ({r.engine.modelId}, {r.counts.done}/{r.itemIds.length})
            </option>
          ))}
        </select>
      </div>
      {compare && cmp && metrics && (
        <div className="space-y-2" data-testid="comparison" data-scores={on}>
          {canExpected ? (
            <fieldset className="flex flex-wrap gap-x-4 text-sm" data-testid="compare-scores">
              <legend className="label">Compare on</legend>
              {(
                [
                  ['integer', 'Integer scores (the 1–5 the judge wrote)'],
                  ['expected', 'Expected scores (from the token probabilities)'],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="flex items-center gap-1">
                  <input type="radio" name="compare-scores" value={value} checked={on === value} onChange={() => setPicked(value)} />
                  {label}
                </label>
              ))}
            </fieldset>
          ) : (
            (metrics.a.expected || metrics.b.expected) && (
              <p className="hint" data-testid="compare-scores-note">
                Compared on integer scores: only run {metrics.a.expected ? 'A' : 'B'} has expected scores.
              </p>
            )
          )}
          <table className="text-sm">
            <caption className="mb-1 text-left text-xs text-muted" data-testid="comparison-caption">
              {on === 'expected'
                ? `On expected scores (Σ s·P(s), ranked by them alone): A ${coverage(metrics.a)}, B ${coverage(metrics.b)}, the others on their integer scores; shared items on expected scores where both runs have them (${cmp.onExpected} of ${cmp.shared}).`
                : 'On integer scores: the 1–5 scores the judge wrote (and its best-to-worst list).'}
            </caption>
            <thead>
              <tr className="text-xs text-muted">
                <th scope="col" className="px-2 text-left">Run</th>
                <th scope="col" className="px-2 text-left">Model</th>
                <th scope="col" className="px-2 text-left">Principle</th>
                <th scope="col" className="px-2 text-right">Items</th>
                <th scope="col" className="px-2 text-right">Acc. % (all)</th>
                <th scope="col" className="px-2 text-right">Acc. % (shared items)</th>
                <th scope="col" className="px-2 text-right">τ ×100</th>
                <th scope="col" className="px-2 text-right">NDCG ×100</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['A', compare.run, figures(metrics.a), cmp.accuracyA],
                  ['B (this run)', run, figures(metrics.b), cmp.accuracyB],
                ] as const
              ).map(([label, run, o, shared]) => (
                <tr key={label} className="border-t border-line" data-testid="comparison-row" data-accuracy={fmtNum(o.accuracy.value)} data-shared={fmtNum(shared)}>
                  <th scope="row" className="px-2 text-left font-normal">
                    {label}: <bdi>{run.name}</bdi>
                  </th>
                  <td className="px-2">{run.engine.modelId}</td>
                  <td className="max-w-56 truncate px-2" title={run.principleOverride ?? 'each item’s own'}>
                    {run.principleOverride ?? 'each item’s own'}
                  </td>
                  <td className="px-2 text-right tabular-nums">{o.n}</td>
                  <td className="px-2 text-right tabular-nums">{fmtNum(o.accuracy.value)}</td>
                  <td className="px-2 text-right tabular-nums">{fmtNum(shared)}</td>
                  <td className="px-2 text-right tabular-nums">{fmtNum(o.kendallTau.value)}</td>
                  <td className="px-2 text-right tabular-nums">{fmtNum(o.ndcg.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-sm" data-testid="comparison-summary">
            {cmp.shared} items in both runs
            {cmp.onlyA + cmp.onlyB > 0 && ` (${cmp.onlyA} only in A, ${cmp.onlyB} only in B)`}; verdict changed on <strong>{cmp.changed.length}</strong>: {cmp.improved} better in B,{' '}
            {cmp.worsened} worse (on {on} scores).
          </p>
          {cmp.changed.length > 0 && (
            <VirtualList
              count={cmp.changed.length}
              rowHeight={30}
              height={240}
              label="Items whose verdict changed"
              testId="changed-items"
              renderRow={(i) => {
                const c = cmp.changed[i]!;
                const acc = (s: ItemSummary) => (s.failed ? 'failed' : `${s.score.pairs.correct}/${s.score.pairs.total}`);
                return (
                  <button type="button" className="flex h-full w-full items-center gap-3 border-b border-line px-2 text-left text-xs hover:bg-sunken" onClick={() => onOpen(c.indexB)} data-testid="changed-item">
                    <span className="w-40 truncate font-mono">{c.itemId}</span>
                    <span className="w-48 truncate">
                      best: {c.a.predBest ?? '—'} → {c.b.predBest ?? '—'}
                    </span>
                    <span className="w-32">
                      pairs: {acc(c.a)} → {acc(c.b)}
                    </span>
                    <span className={c.delta === null ? 'text-muted' : c.delta > 0 ? 'text-ok' : c.delta < 0 ? 'text-bad' : 'text-muted'}>
                      {c.delta === null ? '' : c.delta > 0 ? 'better' : c.delta < 0 ? 'worse' : 'same accuracy'}
                    </span>
                  </button>
                );
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
