import { expectedScoresNote, RB2_SUBSETS, type RunMetrics, type RunRecord, type ScoreFigures } from '../../core/index.ts';
import { fmtCi, fmtNum } from './formatBench.ts';

interface Row {
  key: string;
  label: string;
  value: (f: ScoreFigures) => { value: number | null | undefined; ci?: { lo: number; hi: number } | null };
  digits?: number;
}

function rowsOf(m: RunMetrics): Row[] {
  const rows: Row[] = [
    { key: 'accuracy', label: 'Pairwise accuracy %', value: (f) => f.report.overall.accuracy },
    { key: 'kendall-tau', label: 'Kendall τ-b ×100', value: (f) => f.report.overall.kendallTau },
    { key: 'ndcg', label: 'NDCG ×100', value: (f) => f.report.overall.ndcg },
    { key: 'variance', label: 'Variance of predicted scores', value: (f) => f.report.overall.variance, digits: 2 },
    { key: 'weighted-pair-reward', label: 'Weighted pair reward', value: (f) => f.report.overall.weightedPairReward, digits: 3 },
  ];
  if (m.rmbench) {
    rows.push(
      { key: 'rmbench-overall', label: 'RM-Bench overall', value: (f) => ({ value: f.rmbench?.overall }) },
      { key: 'rmbench-hard', label: 'RM-Bench hard', value: (f) => ({ value: f.rmbench?.hard }) },
      { key: 'rmbench-normal', label: 'RM-Bench normal', value: (f) => ({ value: f.rmbench?.normal }) },
      { key: 'rmbench-easy', label: 'RM-Bench easy', value: (f) => ({ value: f.rmbench?.easy }) },
    );
  }
  const rb2 = m.rewardbench2;
  if (rb2) {
    for (const s of RB2_SUBSETS) {
      if (rb2.counts[s] > 0) rows.push({ key: `rb2-${s}`, label: `RewardBench 2 ${s}`, value: (f) => ({ value: f.rewardbench2?.bySubset[s], ci: f.rewardbench2?.subsetCi[s] ?? null }) });
    }
    rows.push(
      { key: 'rb2-overall', label: 'RewardBench 2 overall', value: (f) => ({ value: f.rewardbench2?.overall }) },
      { key: 'rb2-shared-top', label: 'RewardBench 2 prompts scored 1/k (correct completion tied for the top)', value: (f) => ({ value: f.rewardbench2?.sharedTop }), digits: 0 },
    );
  }
  return rows;
}

function Value({ v, digits, testId }: { v: ReturnType<Row['value']>; digits: number; testId: string }) {
  return (
    <td className="px-2 py-1 text-right tabular-nums" data-testid={testId}>
      <div>{fmtNum(v.value, digits)}</div>
      {v.ci && <div className="text-xs text-muted">[{fmtCi(v.ci, digits)}]</div>}
    </td>
  );
}

/**
 * The run's overall figures (and RM-Bench's and RewardBench 2's scores) on the integer scores the judge wrote and on
 * the expected scores from its token probabilities, side by side, each column saying which scores it used; or, when
 * there are no expected scores, why.
 */
export function ScoresSideBySide({ run, metrics }: { run: Pick<RunRecord, 'constraint' | 'engine' | 'sampling'>; metrics: RunMetrics }) {
  const note = expectedScoresNote(run, metrics);
  const e = metrics.expected;
  return (
    <section aria-labelledby="sbs-title" className="space-y-1" data-testid="scores-side-by-side" data-expected={e ? 'yes' : 'no'}>
      <h4 id="sbs-title" className="text-sm font-semibold">
        Integer and expected scores
      </h4>
      {e && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-sm" data-testid="sbs-table">
            <caption className="mb-1 text-left text-xs text-muted">
              Integer: the 1–5 scores the judge wrote (and its best-to-worst list, as in the tables above). Expected: each candidate’s Σ s·P(s) from the
              token log probabilities, ranked by it alone, so integer ties are broken{metrics.rewardbench2 ? ' and RewardBench 2’s 1/k tie rule rarely applies' : ''}.
              {metrics.intervals ? ' Brackets: 95% bootstrap interval.' : ''}
            </caption>
            <thead>
              <tr className="text-xs text-muted">
                <th scope="col" className="px-2 py-1 text-left">Overall</th>
                <th scope="col" className="px-2 py-1 text-right" data-testid="sbs-head-integer">
                  On integer scores
                </th>
                <th scope="col" className="px-2 py-1 text-right" data-testid="sbs-head-expected">
                  On expected scores ({e.coverage.items} of {e.coverage.of} items)
                </th>
              </tr>
            </thead>
            <tbody>
              {rowsOf(metrics).map((r) => {
                const digits = r.digits ?? 1;
                const integer = r.value(metrics);
                const expected = r.value(e);
                return (
                  <tr key={r.key} className="border-t border-line" data-testid="sbs-row" data-metric={r.key} data-integer={fmtNum(integer.value, digits)} data-expected={fmtNum(expected.value, digits)}>
                    <th scope="row" className="px-2 py-1 text-left font-normal">
                      {r.label}
                    </th>
                    <Value v={integer} digits={digits} testId="sbs-integer" />
                    <Value v={expected} digits={digits} testId="sbs-expected" />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {note && (
        <p className="hint" data-testid="expected-note">
          {note}
        </p>
      )}
    </section>
  );
}
