import { useEffect } from 'react';
import { LIVE_SHOWN, useBenchActions, useJudgedElsewhere, useRunningRunId, useViewedLive } from '../../state/index.ts';
import { describeBudgetCuts, formatDuration, type ItemSummary, type RunRecord } from '../../core/index.ts';
import { fmtInt, plural, STATUS_CLASS, STATUS_LABEL } from './formatBench.ts';
import { RunFigures } from './RunFigures.tsx';

/** Progress, time left and the run's controls. */
export function RunProgress({ run, summaries }: { run: RunRecord; summaries: ReadonlyArray<ItemSummary | undefined> }) {
  const runningId = useRunningRunId();
  const pause = useBenchActions().pause;
  const resume = useBenchActions().resume;
  const cancel = useBenchActions().cancel;
  const retry = useBenchActions().retry;
  const live = useViewedLive();
  // Servers: the requests open at the server (answered or streaming), and those asked for when fewer are open
  // (requests the browser has not sent yet, its own connection limit over HTTP/1.1, or not answered yet).
  const open = live === null ? 0 : run.engine.kind === 'openai' ? live.open : live.inFlight;
  const inFlight = live === null ? '' : open < live.inFlight ? `${open} of ${live.inFlight}` : `${open}`;
  const elsewhere = useJudgedElsewhere(run.id);
  const refreshElsewhere = useBenchActions().refreshElsewhere;
  const total = run.itemIds.length;
  const { done, failed } = run.counts;
  const mine = runningId === run.id;
  const other = runningId !== null && !mine;
  const pct = total ? (done / total) * 100 : 0;
  // Time left at the recent rate (last 10 s) while it runs here, else at the run's average.
  const msPerItem = live?.itemsPerSec ? 1000 / live.itemsPerSec : done > 0 ? run.activeMs / done : null;
  const left = msPerItem !== null ? msPerItem * (total - done) : null;
  const failedIdx = summaries.flatMap((s, i) => (s?.failed ? [i] : []));
  const watchOtherTab = elsewhere || (run.status === 'running' && !mine);
  const budgetCuts = describeBudgetCuts(summaries);

  // Another tab's progress reaches this one through storage: re-read it while that tab works.
  useEffect(() => {
    if (!watchOtherTab) return;
    const timer = setInterval(() => void refreshElsewhere(), 2000);
    return () => clearInterval(timer);
  }, [watchOtherTab, refreshElsewhere]);

  return (
    <div className="space-y-2" data-testid="run-progress">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className={`font-semibold ${STATUS_CLASS[run.status]}`} data-testid="run-status">
          {STATUS_LABEL[run.status]}
          {run.interrupted && ' (interrupted)'}
          {elsewhere && ' in another tab'}
        </span>
        <span data-testid="run-counts">
          {done} / {total} items
        </span>
        {failed > 0 && <span className="text-bad">{failed} failed</span>}
        {mine && live && <span className="text-muted" data-testid="in-flight">{inFlight} in flight</span>}
        <span className="text-muted">time spent {formatDuration(run.activeMs)}</span>
        {left !== null && done < total && <span data-testid="time-left">≈ {formatDuration(left)} left</span>}
      </div>
      {budgetCuts && (
        <p className="text-sm text-warn" data-testid="run-budget-cuts">
          {budgetCuts}
        </p>
      )}
      <RunFigures run={run} live={mine ? live : null} />
      <div className="h-2.5 w-full rounded bg-sunken" role="progressbar" aria-label="Run progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={`${done} of ${total} items`}>
        <div className={`h-2.5 rounded ${failed ? 'bg-warn' : 'bg-accent'}`} style={{ width: `${pct}%` }} />
      </div>
      {elsewhere && (
        <p className="text-sm text-muted" data-testid="run-elsewhere">
          Another tab of this browser is judging this run; its progress shows here every few seconds. To pause, cancel or go on with it here, use that tab (or close it).
        </p>
      )}
      <div className="flex flex-wrap gap-2" role="toolbar" aria-label="Run controls" hidden={elsewhere}>
        {elsewhere ? null : mine ? (
          <>
            <button type="button" className="btn" onClick={pause}>
              ⏸ Pause
            </button>
            <button type="button" className="btn-danger" onClick={() => void cancel(run.id)}>
              Cancel run
            </button>
          </>
        ) : (
          <>
            {done < total && (
              <button type="button" className="btn-primary" disabled={other} onClick={() => void resume(run.id)}>
                ▶ {done === 0 ? 'Start' : 'Resume'}
              </button>
            )}
            {run.status === 'paused' && done < total && (
              <button type="button" className="btn-danger" onClick={() => void cancel(run.id)}>
                Cancel run
              </button>
            )}
            {failedIdx.length > 0 && (
              <button type="button" className="btn" disabled={other} onClick={() => void retry(failedIdx)}>
                ↻ Retry failed ({failedIdx.length})
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}

/** The first items being judged, streaming (redrawn a few times a second); the others are counted. */
export function LivePanel() {
  const live = useViewedLive();
  if (!live || live.shown.length === 0) return null;
  const more = live.indices.length - live.shown.length;
  return (
    <div className="space-y-2">
      {live.shown.map((l) => (
        <div key={l.index} className="rounded-md border border-line bg-sunken p-2" data-testid="live-item" data-index={l.index}>
          <p className="text-xs text-muted">
            Item {l.index + 1} · <span className="font-mono">{l.itemId}</span> · {l.phase === 'thinking' ? 'thinking' : l.phase === 'answer' ? 'answering' : 'done'} · {fmtInt(l.chars)} characters
          </p>
          <pre className="mt-1 max-h-32 overflow-auto whitespace-pre-wrap break-words font-mono text-xs" data-testid="live-reasoning">
            {l.reasoningTail || '…'}
          </pre>
        </div>
      ))}
      {more > 0 && (
        <p className="text-xs text-muted" data-testid="live-more">
          and {plural(more, 'more item')} in flight (the first {LIVE_SHOWN} are shown)
        </p>
      )}
    </div>
  );
}
