import { useId, useMemo } from 'react';
import { compareVersions, type SavedPrinciple, type Suite, type SuiteReport } from '../../core/index.ts';
import { excerpt } from './SuiteCaseList.tsx';
import { versionLabel } from './suiteFormat.ts';

const share = (x: number) => `${Math.round(x * 100)}%`;

/** The cases whose agreement changed between two versions (regressions first), beside the diff of the two texts. */
export function VersionChanges(props: { p: SavedPrinciple; suite: Suite; report: SuiteReport; a: number; b: number; versions: number[]; onPick(pick: { a: number; b: number }): void }) {
  const { p, suite, report, a, b, versions, onPick } = props;
  const fromId = useId();
  const toId = useId();
  const cmp = useMemo(() => {
    const of = (v: number) => report.versions.find((x) => x.version === v)?.agreement;
    const ra = of(a);
    const rb = of(b);
    return ra && rb ? compareVersions(ra, rb, p.versions[a]?.text ?? '', p.versions[b]?.text ?? '') : null;
  }, [report, a, b, p]);
  const prompt = (id: string) => excerpt(suite.cases.find((c) => c.id === id)?.prompt ?? id, 60);
  const select = (id: string, value: number, on: (v: number) => void) => (
    <select id={id} className="field w-auto" value={value} onChange={(e) => on(Number(e.target.value))}>
      {versions.map((v) => (
        <option key={v} value={v}>
          {versionLabel(v)}
        </option>
      ))}
    </select>
  );
  return (
    <div className="space-y-2" data-testid="version-changes">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={fromId}>Changes from</label>
        {select(fromId, a, (v) => onPick({ a: v, b }))}
        <label htmlFor={toId}>to</label>
        {select(toId, b, (v) => onPick({ a, b: v }))}
      </div>
      {cmp && (
        <div className="grid gap-3 md:grid-cols-2">
          <div>
            {cmp.changed.length === 0 ? (
              <p className="hint">No case changed its agreement ({cmp.unchanged} the same).</p>
            ) : (
              <ul className="space-y-1 text-sm" aria-label="Cases whose agreement changed">
                {cmp.changed.map((c) => (
                  <li key={c.caseId} data-testid="changed-case" data-kind={c.kind}>
                    <span className={c.kind === 'regression' ? 'font-medium text-bad' : 'font-medium text-ok'}>{c.kind === 'regression' ? 'Worse' : 'Better'}</span>{' '}
                    “{prompt(c.caseId)}”: {share(c.before)} → {share(c.after)}
                    {c.broken.length > 0 && <span className="block text-xs text-muted">now wrong: {c.broken.map((x) => `${x.better} above ${x.worse}`).join(', ')}</span>}
                    {c.fixed.length > 0 && <span className="block text-xs text-muted">now right: {c.fixed.map((x) => `${x.better} above ${x.worse}`).join(', ')}</span>}
                  </li>
                ))}
              </ul>
            )}
            {cmp.changed.length > 0 && <p className="hint">{cmp.unchanged} case{cmp.unchanged === 1 ? '' : 's'} unchanged{cmp.notCompared.length ? `, ${cmp.notCompared.length} run in only one of the two` : ''}.</p>}
          </div>
          <p className="whitespace-pre-wrap rounded bg-sunken p-2 font-mono text-sm" data-testid="suite-text-diff" aria-label={`How ${versionLabel(b)} differs from ${versionLabel(a)}`}>
            {cmp.textDiff.map((part, i) =>
              part.kind === 'added' ? (
                <ins key={i} className="bg-ok/20">{part.text}</ins>
              ) : part.kind === 'removed' ? (
                <del key={i} className="bg-bad/20">{part.text}</del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
        </div>
      )}
    </div>
  );
}
