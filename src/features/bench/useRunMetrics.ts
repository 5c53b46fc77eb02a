import { useEffect, useMemo, useRef, useState } from 'react';
import { runMetrics, type RunMetrics, type ItemSummary } from '../../core/index.ts';
import { requestMetricsWithIntervals } from '../../state/index.ts';

/** While a run goes, its point estimates are recomputed at most this often. */
const LIVE_METRICS_MS = 1000;

/** `value`, but while `ms` > 0 changing at most once per `ms` (the newest value shows at the end of each period). */
function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (ms === 0) return;
    const show = () => {
      last.current = Date.now();
      setShown(value);
    };
    const wait = last.current + ms - Date.now();
    if (wait <= 0) return show();
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return ms === 0 ? value : shown;
}

/**
 * Metrics of a run's finished items. While the run goes here the point estimates are recomputed once a second (no
 * intervals: a bootstrap over thousands of items costs seconds of CPU, and the run should get it); when it stops,
 * the worker computes the intervals once.
 */
export function useRunMetrics(runId: string | undefined, summaries: ReadonlyArray<ItemSummary | undefined>, running = false): { metrics: RunMetrics | null; finished: ItemSummary[] } {
  const shown = useThrottled(summaries, running ? LIVE_METRICS_MS : 0);
  const finished = useMemo(() => shown.filter((s): s is ItemSummary => s !== undefined), [shown]);
  const quick = useMemo(() => (finished.length > 0 ? runMetrics(finished, false) : null), [finished]);
  const [full, setFull] = useState<{ of: ItemSummary[]; runId: string | undefined; metrics: RunMetrics } | null>(null);
  useEffect(() => {
    if (running || finished.length === 0) return;
    return requestMetricsWithIntervals(finished, (metrics) => setFull({ of: finished, runId, metrics }));
  }, [finished, runId, running]);
  const metrics = finished.length === 0 ? null : !running && full && full.runId === runId && full.of === finished ? full.metrics : quick;
  return { metrics, finished };
}
