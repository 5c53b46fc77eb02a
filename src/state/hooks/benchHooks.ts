import { useShallow } from 'zustand/react/shallow';
import type { ItemSummary } from '../../core/index.ts';
import { useAppStore } from '../appStore.ts';
import { benchEngineOf, benchSpeedOf } from '../bench/selectors.ts';

const NO_SUMMARIES: Array<ItemSummary | undefined> = [];

export const useBenchInitialized = () => useAppStore((s) => s.bench.initialized);
export const useBenchDataset = () => useAppStore((s) => s.bench.dataset);
export const useBenchLoadOptions = () => useAppStore((s) => s.bench.loadOptions);
export const useBenchLoading = () => useAppStore((s) => s.bench.loading);
export const useBenchLoadError = () => useAppStore((s) => s.bench.loadError);
export const useBenchLoadNote = () => useAppStore((s) => s.bench.loadNote);
export const useBenchRuns = () => useAppStore((s) => s.bench.runs);
export const useInterruptedRuns = () => useAppStore((s) => s.bench.interrupted);
export const useRunningRunId = () => useAppStore((s) => s.bench.runningId);
/** Whether a run is being judged now (in this tab). */
export const useBenchBusy = () => useAppStore((s) => s.bench.runningId !== null);
/** Runs another tab is judging, as last checked. */
export const useRunsElsewhere = () => useAppStore((s) => s.bench.elsewhere);
export const useJudgedElsewhere = (runId: string) => useAppStore((s) => s.bench.elsewhere.includes(runId));
export const useBenchRunError = () => useAppStore((s) => s.bench.runError);
export const useBenchCompare = () => useAppStore((s) => s.bench.compare);
export const useViewedRun = () => useAppStore((s) => s.bench.view?.run);
export const useViewedRunId = () => useAppStore((s) => s.bench.view?.run.id ?? null);
export const useViewedSummaries = () => useAppStore((s) => s.bench.view?.summaries ?? NO_SUMMARIES);
export const useViewedSummary = (index: number | null) => useAppStore((s) => (index === null ? null : s.bench.view?.summaries[index]));
/** The viewed run's progress while it runs here (in flight, recent rates, the first items streaming); else null. */
export const useViewedLive = () => useAppStore((s) => s.bench.view?.live ?? null);
/** Which items of the viewed run are in flight now, as one string (changes only when that set does). */
export const useViewedLiveKey = () => useAppStore((s) => s.bench.view?.live?.indices.join(',') ?? '');
/** The engine a run would be judged with now, and its requests in flight. */
export const useBenchEngine = () => useAppStore(useShallow(benchEngineOf));
/** The speed a run's time estimate uses (null when nothing has been measured). */
export const useBenchSpeed = () => useAppStore(useShallow(benchSpeedOf));
export const useBenchActions = () => useAppStore((s) => s.benchActions);
