import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { runMetrics, type RunMetrics, type ItemSummary } from '../../core/index.ts';
import { requestMetricsWithIntervals } from '../../state/index.ts';

/**
 * Metrics of a run's finished items. Point estimates are computed at once (cheap); intervals come from a worker. While
 * a live run moves on, the last metrics with intervals stay shown until the next ones arrive (a second at most), so the
 * table does not flicker between "with" and "without" intervals on every item.
 */
export function useRunMetrics(runId: string | undefined, summaries: ReadonlyArray<ItemSummary | undefined>): { metrics: RunMetrics | null; finished: ItemSummary[] } {
  const finished = useMemo(() => summaries.filter((s): s is ItemSummary => s !== undefined), [summaries]);
  const deferred = useDeferredValue(finished);
  const quick = useMemo(() => (deferred.length > 0 ? runMetrics(deferred, false) : null), [deferred]);
  const [full, setFull] = useState<{ runId: string | undefined; metrics: RunMetrics } | null>(null);
  useEffect(() => {
    if (deferred.length === 0) return;
    return requestMetricsWithIntervals(deferred, (metrics) => setFull({ runId, metrics }));
  }, [deferred, runId]);
  const metrics = deferred.length === 0 ? null : full && full.runId === runId ? full.metrics : quick;
  return { metrics, finished };
}
