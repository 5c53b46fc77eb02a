import { useDeferredValue, useMemo } from 'react';
import { LIVE_INTERVAL_LIMIT, runMetrics, type RunMetrics } from '../../state/bench/metrics.ts';
import type { ItemSummary, RunStatus } from '../../state/bench/types.ts';

/** Metrics of the finished items, off the urgent render path; long live runs get intervals when they stop. */
export function useRunMetrics(summaries: ReadonlyArray<ItemSummary | undefined>, status: RunStatus): { metrics: RunMetrics | null; finished: ItemSummary[] } {
  const finished = useMemo(() => summaries.filter((s): s is ItemSummary => s !== undefined), [summaries]);
  const deferred = useDeferredValue(finished);
  const intervals = status !== 'running' || deferred.length <= LIVE_INTERVAL_LIMIT;
  const metrics = useMemo(() => (deferred.length > 0 ? runMetrics(deferred, intervals) : null), [deferred, intervals]);
  return { metrics, finished };
}
