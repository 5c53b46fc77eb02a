import { useEffect } from 'react';
import type { SavedPrinciple } from '../../core/index.ts';
import { useSuiteOf, useSuiteRunsLoaded, useSuitesActions, useSuitesLoaded } from '../../state/index.ts';
import { SuiteCaseList } from './SuiteCaseList.tsx';
import { SuiteFiles } from './SuiteFiles.tsx';
import { SuiteReportView } from './SuiteReportView.tsx';
import { SuiteRunPanel } from './SuiteRunPanel.tsx';

/** A saved principle's test suite: its cases, JSONL export and import. */
export function SuiteSection({ p }: { p: SavedPrinciple }) {
  const suite = useSuiteOf(p.id);
  const loaded = useSuitesLoaded();
  const runsLoaded = useSuiteRunsLoaded();
  const { loadSuites, loadSuiteRuns } = useSuitesActions();
  useEffect(() => {
    if (!loaded) void loadSuites().catch(() => {});
  }, [loaded, loadSuites]);
  useEffect(() => {
    if (!runsLoaded) void loadSuiteRuns().catch(() => {});
  }, [runsLoaded, loadSuiteRuns]);
  const n = suite?.cases.length ?? 0;
  return (
    <section className="space-y-2" aria-label={`Test suite of ${p.name}`} data-testid="suite-section">
      <h4 className="text-sm font-semibold">
        Test suite · {n} case{n === 1 ? '' : 's'}
      </h4>
      <SuiteCaseList p={p} suite={suite} />
      <SuiteFiles p={p} hasCases={n > 0} />
      <SuiteRunPanel p={p} suite={suite} />
      {suite && n > 0 && <SuiteReportView p={p} suite={suite} />}
    </section>
  );
}
