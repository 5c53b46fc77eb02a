import { useEffect, useId, useMemo, useState } from 'react';
import { runPerVersion, runScores, suiteReport, type SavedPrinciple, type Suite, type SuiteReport, type VersionScores } from '../../core/index.ts';
import { requestSuiteReport, useSuiteRuns } from '../../state/index.ts';
import { RaterCalibration } from './RaterCalibration.tsx';
import { pct, corr, versionLabel } from './suiteFormat.ts';
import { VersionChanges } from './VersionChanges.tsx';

/**
 * Agreement of the model with the people who ranked the suite, per version of the principle (its newest, most
 * complete run), with 95% bootstrap intervals computed in a worker (point figures at once on the page).
 */
export function SuiteReportView({ p, suite }: { p: SavedPrinciple; suite: Suite }) {
  const allRuns = useSuiteRuns();
  const [rater, setRater] = useState('');
  const raterId = useId();
  const perVersion = useMemo(() => runPerVersion(allRuns.filter((r) => r.principleId === p.id), suite), [allRuns, p.id, suite]);
  const versions = [...perVersion.keys()];
  const [pick, setPick] = useState<{ a: number; b: number } | null>(null);
  const a = pick && perVersion.has(pick.a) ? pick.a : (versions[versions.length - 2] ?? versions[0] ?? 0);
  const b = pick && perVersion.has(pick.b) ? pick.b : (versions[versions.length - 1] ?? 0);
  const body = useMemo(() => {
    const runs: VersionScores[] = [...perVersion].map(([version, run]) => ({ version, scores: [...runScores(run)] }));
    return { suite: { cases: suite.cases }, runs, rater: rater || undefined, calibrateWith: versions.length ? b : null };
  }, [perVersion, suite, rater, b, versions.length]);
  const quick = useMemo(() => suiteReport(body.suite, body.runs, { rater: body.rater, calibrateWith: body.calibrateWith, bootstrap: false }), [body]);
  const [full, setFull] = useState<{ body: typeof body; report: SuiteReport } | null>(null);
  useEffect(() => requestSuiteReport(body, (report) => setFull({ body, report })), [body]);
  const report = full?.body === body ? full.report : quick;
  const raters = quick.calibration.raters;
  return (
    <div className="space-y-3" data-testid="suite-report" data-intervals={full?.body === body ? 'ready' : 'computing'}>
      {raters.length > 1 && (
        <div className="text-sm">
          <label htmlFor={raterId}>Compare the model with </label>
          <select id={raterId} className="field w-auto" value={rater} onChange={(e) => setRater(e.target.value)}>
            <option value="">each case’s first ranking</option>
            {raters.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
      )}
      {versions.length === 0 ? (
        <p className="hint">No run yet: run the suite with a version to see how the model agrees with your rankings.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="text-sm" data-testid="suite-versions">
            <caption className="text-left text-xs text-muted">Agreement with the people’s rankings per version (95% bootstrap interval over cases)</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="pr-3">Version</th>
                <th scope="col" className="pr-3">Pairwise agreement</th>
                <th scope="col" className="pr-3">Kendall’s τ-b</th>
                <th scope="col" className="pr-3">Top-1 match</th>
                <th scope="col">Cases</th>
              </tr>
            </thead>
            <tbody>
              {report.versions.map(({ version, agreement }) => (
                <tr key={version} data-testid="suite-version-row" data-version={version}>
                  <th scope="row" className="pr-3 text-left">{versionLabel(version)}</th>
                  <td className="pr-3 tabular-nums" data-testid="suite-pairwise">{pct(agreement.pairwise)}</td>
                  <td className="pr-3 tabular-nums" data-testid="suite-tau">{corr(agreement.tauB)}</td>
                  <td className="pr-3 tabular-nums" data-testid="suite-top1">{pct(agreement.top1)}</td>
                  <td className="tabular-nums text-muted" data-testid="suite-counts">
                    {agreement.counts.scored} scored
                    {agreement.counts.failed ? `, ${agreement.counts.failed} failed` : ''}
                    {agreement.counts.pending ? `, ${agreement.counts.pending} not run` : ''}
                    {agreement.counts.noOrder ? `, ${agreement.counts.noOrder} without an order` : ''}
                    {agreement.counts.unranked ? `, ${agreement.counts.unranked} unranked` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.versions.some((v) => v.agreement.fewCases) && <p className="hint">Fewer than 20 cases count: the intervals are wide.</p>}
        </div>
      )}
      {versions.length >= 2 && <VersionChanges p={p} suite={suite} report={quick} a={a} b={b} versions={versions} onPick={setPick} />}
      <RaterCalibration calibration={report.calibration} modelVersion={versions.length ? b : null} />
    </div>
  );
}
