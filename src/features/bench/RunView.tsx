import { useState } from 'react';
import { useBenchActions, useRunningRunId, useViewedRun, useViewedSummaries } from '../../state/index.ts';
import { describeRunConstraint, metricsCsv } from '../../core/index.ts';
import { downloadText } from '../../components/download.ts';
import { RunProgress, LivePanel } from './RunProgress.tsx';
import { MetricsTable } from './MetricsTable.tsx';
import { BothWaysTable } from './BothWaysTable.tsx';
import { SliceChart } from './SliceChart.tsx';
import { ScoresSideBySide } from './ScoresSideBySide.tsx';
import { PaperTable3, RewardBench2Table, RMBenchTable } from './PaperTables.tsx';
import { ItemList } from './ItemList.tsx';
import { ItemDetail } from './ItemDetail.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { useRunMetrics } from './useRunMetrics.ts';
import { fmtDate } from './formatBench.ts';

/** One run: progress and controls, what is streaming, metrics, tables beside the paper, charts, items, compare. */
export function RunView() {
  const close = useBenchActions().closeRun;
  const exportRun = useBenchActions().exportRun;
  // Selected apart from `live`, which changes every animation frame while items stream.
  const run = useViewedRun();
  const summaries = useViewedSummaries();
  const running = useRunningRunId() === run?.id && run !== undefined;
  const { metrics } = useRunMetrics(run?.id, summaries, running);
  const [open, setOpen] = useState<number | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  if (!run) return null;

  return (
    <section aria-labelledby="run-title" className="card space-y-4" data-testid="run-view" data-run-id={run.id} data-status={run.status} data-done={run.counts.done} data-failed={run.counts.failed} data-total={run.itemIds.length}>
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-0 flex-1">
          <h2 id="run-title" className="text-lg font-semibold">
            {run.name}
            {run.imported && <span className="ml-2 text-xs font-normal text-muted">(imported)</span>}
          </h2>
          <p className="text-xs text-muted">
            {run.engine.kind === 'openai' ? `Server ${run.engine.baseUrl ?? ''} · ` : 'Browser · '}
            {run.engine.modelId} · {run.dataset.name} · {run.itemIds.length} items (seed {run.subset.seed}, from {run.subset.pool}) · T={run.sampling.temperature} · max {run.sampling.max_tokens} ·{' '}
            {run.mask ? 'masked' : 'unmasked'} · {run.concurrency} in flight · started {fmtDate(run.createdAt)}
          </p>
          <p className="text-xs text-muted" data-testid="run-constraint">
            {describeRunConstraint(run.constraint)}
          </p>
          {run.principleOverride && (
            <p className="mt-1 text-xs">
              <span className="font-medium">Principle override:</span> <span className="whitespace-pre-wrap">{run.principleOverride}</span>
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn"
            onClick={async () => {
              const { json, fileName } = await exportRun(run.id);
              downloadText(fileName, json);
              setMsg(`Saved ${fileName}.`);
            }}
          >
            Export run (JSON)
          </button>
          <button
            type="button"
            className="btn"
            disabled={!metrics}
            onClick={() => {
              if (!metrics) return;
              const name = `bench-metrics-${run.name.replace(/[^\w.-]+/g, '-').slice(0, 60)}.csv`;
              downloadText(name, metricsCsv(metrics, run.name), 'text/csv');
              setMsg(`Saved ${name}.`);
            }}
          >
            Export metrics (CSV)
          </button>
          <button type="button" className="btn" onClick={close}>
            Close
          </button>
        </div>
      </div>
      {msg && (
        <p role="status" className="text-xs text-ok">
          {msg}
        </p>
      )}
      <RunProgress run={run} summaries={summaries} />
      <LivePanel />
      {metrics ? (
        <>
          <section aria-labelledby="metrics-title" className="space-y-2">
            <h3 id="metrics-title" className="font-semibold">
              Metrics
            </h3>
            <MetricsTable report={metrics.report} intervals={metrics.intervals} running={running} />
            <BothWaysTable both={metrics.bothWays} />
            <ScoresSideBySide run={run} metrics={metrics} />
            <SliceChart report={metrics.report} />
          </section>
          <section aria-labelledby="paper-title" className="space-y-3">
            <h3 id="paper-title" className="font-semibold">
              Against the paper
            </h3>
            {metrics.rmbench && <RMBenchTable rm={metrics.rmbench} modelId={run.engine.modelId} />}
            {metrics.rewardbench2 && <RewardBench2Table rb2={metrics.rewardbench2} modelId={run.engine.modelId} expected={metrics.expected !== null} />}
            {metrics.report.overall.n > (metrics.rmbench?.items ?? 0) + (metrics.rewardbench2?.items ?? 0) && (
              <PaperTable3 report={metrics.report} modelId={run.engine.modelId} notRabench={!/rabench/i.test(run.dataset.name + run.dataset.origin)} />
            )}
          </section>
        </>
      ) : (
        <p className="text-sm text-muted">Metrics appear as soon as the first item is judged.</p>
      )}
      <section aria-labelledby="items-title" className="space-y-2">
        <h3 id="items-title" className="font-semibold">
          Items
        </h3>
        <ItemList run={run} summaries={summaries} onOpen={setOpen} />
      </section>
      <section aria-labelledby="compare-title" className="space-y-2">
        <h3 id="compare-title" className="font-semibold">
          Compare
        </h3>
        <ComparePanel run={run} summaries={summaries} onOpen={setOpen} />
      </section>
      <ItemDetail runId={run.id} index={open} onClose={() => setOpen(null)} />
    </section>
  );
}
