import { useAppStore } from '../appStore.ts';

/** The test suite of one saved principle (`undefined` when it has no cases yet). */
export const useSuiteOf = (principleId: string) => useAppStore((s) => s.suites.byPrinciple[principleId]);
export const useSuitesLoaded = () => useAppStore((s) => s.suites.loaded);
export const useSuitesActions = () => useAppStore((s) => s.suitesActions);
/** Every stored suite run (all principles, newest first); filter by principle in the view. */
export const useSuiteRuns = () => useAppStore((s) => s.suites.runs);
export const useSuiteRunsLoaded = () => useAppStore((s) => s.suites.runsLoaded);
/** The suite run this tab is judging, its cases in flight, runs other tabs judge, and why the last one stopped. */
export const useSuiteRunningId = () => useAppStore((s) => s.suites.runningId);
export const useSuiteRunInFlight = () => useAppStore((s) => s.suites.inFlight);
export const useSuiteRunsElsewhere = () => useAppStore((s) => s.suites.elsewhere);
export const useSuiteRunError = () => useAppStore((s) => s.suites.runError);
