import { useAppStore } from '../appStore.ts';

/** The test suite of one saved principle (`undefined` when it has no cases yet). */
export const useSuiteOf = (principleId: string) => useAppStore((s) => s.suites.byPrinciple[principleId]);
export const useSuitesLoaded = () => useAppStore((s) => s.suites.loaded);
export const useSuitesActions = () => useAppStore((s) => s.suitesActions);
