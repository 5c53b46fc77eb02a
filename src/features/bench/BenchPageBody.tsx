import { useEffect } from 'react';
import { useBenchActions, useBenchInitialized, useBenchRunError, useHistoryLoaded, usePlaygroundActions, useViewedRunId } from '../../state/index.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { DatasetLoader } from './DatasetLoader.tsx';
import { DatasetSummary } from './DatasetSummary.tsx';
import { SubsetForm } from './SubsetForm.tsx';
import { RunsPanel } from './RunsPanel.tsx';
import { RunView } from './RunView.tsx';
import { ResumeBanner } from './ResumeBanner.tsx';

/** Benchmarks in the browser: load a dataset, run a stratified subset through the engine, read metrics beside the paper. */
export default function BenchPageBody() {
  const init = useBenchActions().init;
  const initialized = useBenchInitialized();
  const viewId = useViewedRunId();
  const runError = useBenchRunError();
  const dismissError = useBenchActions().dismissRunError;
  const historyLoaded = useHistoryLoaded();
  const loadHistory = usePlaygroundActions().loadHistory;
  useEffect(() => {
    void init();
  }, [init]);
  // The last Playground judgment's speed feeds the time estimate.
  useEffect(() => {
    if (!historyLoaded) void loadHistory();
  }, [historyLoaded, loadHistory]);

  return (
    <section aria-labelledby="page-title" className="space-y-4" data-testid="bench-page" data-ready={initialized ? 'true' : 'false'}>
      <h1 id="page-title" className="text-xl font-semibold">
        Benchmark
      </h1>
      <ResumeBanner />
      {runError && <ErrorNotice error={runError} onDismiss={dismissError} testId="bench-error" />}
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="data-title" className="card space-y-3">
          <h2 id="data-title" className="font-semibold">
            1. Data
          </h2>
          <DatasetLoader />
          <DatasetSummary />
        </section>
        <section aria-labelledby="subset-title" className="card space-y-3">
          <h2 id="subset-title" className="font-semibold">
            2. Subset and run
          </h2>
          <SubsetForm />
        </section>
      </div>
      {viewId && <RunView key={viewId} />}
      <section aria-labelledby="runs-title" className="card space-y-2">
        <h2 id="runs-title" className="font-semibold">
          Runs
        </h2>
        <RunsPanel />
      </section>
    </section>
  );
}
