import { useEffect, useState } from 'react';
import { scoreItem, type BenchItem, FAILURE_LABELS, type ItemResult } from '../../core/index.ts';
import { useBenchActions, useBenchBusy, useViewedSummary } from '../../state/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { BudgetNote } from '../../components/BudgetNote.tsx';
import { fmtInt, fmtNum } from './formatBench.ts';

/** "A > B = C": names by score, ties joined. */
function orderText(scores: ReadonlyArray<readonly [string, number]>): string {
  const sorted = [...scores].sort((a, b) => b[1] - a[1]);
  let out = '';
  sorted.forEach(([n, v], i) => {
    if (i > 0) out += v === sorted[i - 1]![1] ? ' = ' : ' > ';
    out += n;
  });
  return out;
}

const rankMap = (names: readonly string[]) => {
  const m = new Map<string, number>();
  names.forEach((n, i) => {
    if (!m.has(n)) m.set(n, i + 1);
  });
  return m;
};

/** One item in full: ground truth against prediction, scores, reasoning, raw output, diagnostics, timings. */
export function ItemDetail({ runId, index, onClose }: { runId: string; index: number | null; onClose(): void }) {
  const getResult = useBenchActions().getResult;
  const getItem = useBenchActions().getItem;
  const retry = useBenchActions().retry;
  const busy = useBenchBusy();
  // Re-read when the item's summary changes (after a retry).
  const version = useViewedSummary(index);
  const [data, setData] = useState<{ key: string; item: BenchItem | undefined; result: ItemResult | undefined } | null>(null);
  const key = `${runId}:${index}`;

  useEffect(() => {
    if (index === null) return;
    let live = true;
    void Promise.all([getItem(runId, index), getResult(runId, index)]).then(([item, result]) => {
      if (live) setData({ key: `${runId}:${index}`, item, result });
    });
    return () => {
      live = false;
    };
  }, [runId, index, getItem, getResult, version]);

  const shown = data?.key === key ? data : null;
  const item = shown?.item;
  const r = shown?.result;
  return (
    <Dialog open={index !== null} onClose={onClose} title={`Item ${(index ?? 0) + 1}${item ? `: ${item.id}` : ''}`} wide>
      {!shown ? (
        <p className="text-sm text-muted">Loading…</p>
      ) : !item ? (
        <p className="text-sm text-bad">This item is no longer stored.</p>
      ) : (
        <Body item={item} r={r} onRetry={busy || index === null ? null : () => void retry([index])} />
      )}
    </Dialog>
  );
}

function Body({ item, r, onRetry }: { item: BenchItem; r: ItemResult | undefined; onRetry: (() => void) | null }) {
  const pred = r && !r.failed ? (r.parsed?.scores ?? []) : [];
  const ranking = r && !r.failed ? (r.parsed?.ranking ?? []) : [];
  const m = scoreItem({ gt: item.gt.scores, scores: pred, ranking });
  const predScore = new Map(pred);
  const expected = r && !r.failed && r.expected ? new Map(r.expected) : null;
  const predRank = rankMap(ranking);
  const gtScore = new Map(item.gt.scores);
  const gtRank = rankMap(item.gt.ranking);
  const principle = r?.input.principle ?? item.principle;
  const d = r?.parsed?.diagnostics;
  const s = r?.stats;
  return (
    <div className="space-y-4 text-sm" data-testid="item-detail">
      <div className="flex flex-wrap items-center gap-3">
        {r ? (
          r.failed ? (
            <span className="font-semibold text-bad" data-testid="item-verdict">
              Failed: {r.failure ? FAILURE_LABELS[r.failure] : 'no usable output'}
            </span>
          ) : (
            <span className="font-semibold" data-testid="item-verdict">
              {m.pairs.correct}/{m.pairs.total} pairs in the right order
            </span>
          )
        ) : (
          <span className="text-muted">Not judged yet.</span>
        )}
        {r && <span className="text-muted">{(r.ms / 1000).toFixed(2)} s · {r.attempts} request{r.attempts === 1 ? '' : 's'} · finish: {r.finishReason ?? '—'}</span>}
        {onRetry && r && (
          <button type="button" className="btn ml-auto" onClick={onRetry}>
            ↻ Retry this item
          </button>
        )}
      </div>
      {r?.error && (
        <div className="rounded-md border border-bad p-2" role="note">
          <p className="font-medium text-bad">{r.error.message}</p>
          <p>{r.error.advice}</p>
        </div>
      )}
      <section>
        <h3 className="font-semibold">Principle{principle !== item.principle ? ' (override used for this run)' : ''}</h3>
        <p className="whitespace-pre-wrap break-words">{principle}</p>
        {item.rationale && <p className="mt-1 text-xs text-muted">Why the truth is ordered so: {item.rationale}</p>}
      </section>
      <section>
        <h3 className="font-semibold">Prompt</h3>
        <p className="max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-sunken p-2">{item.prompt}</p>
      </section>
      <section>
        <h3 className="font-semibold">Ground truth against prediction</h3>
        <p data-testid="order-truth">
          <span className="text-muted">Truth: </span>
          {orderText(item.gt.scores)}
        </p>
        <p data-testid="order-predicted">
          <span className="text-muted">Predicted: </span>
          {ranking.length ? ranking.join(' > ') : pred.length ? orderText(pred) : '—'}
        </p>
        <table className="mt-2 w-full text-xs">
          <thead>
            <tr className="text-muted">
              <th scope="col" className="px-1 text-left">Candidate</th>
              <th scope="col" className="px-1 text-right">Truth score</th>
              <th scope="col" className="px-1 text-right">Truth rank</th>
              <th scope="col" className="px-1 text-right">Predicted score</th>
              <th scope="col" className="px-1 text-right">Predicted rank</th>
              {expected && (
                <th scope="col" className="px-1 text-right">
                  Expected score
                </th>
              )}
              <th scope="col" className="px-1 text-left">Text</th>
            </tr>
          </thead>
          <tbody>
            {item.responses.map((c) => (
              <tr key={c.name} className="border-t border-line align-top" data-testid="candidate-row" data-name={c.name}>
                <th scope="row" className="px-1 text-left font-mono">{c.name}</th>
                <td className="px-1 text-right tabular-nums">{gtScore.get(c.name) ?? '—'}</td>
                <td className="px-1 text-right tabular-nums">{gtRank.get(c.name) ?? '—'}</td>
                <td className="px-1 text-right tabular-nums">{predScore.get(c.name) ?? '—'}</td>
                <td className="px-1 text-right tabular-nums">{predRank.get(c.name) ?? '—'}</td>
                {expected && (
                  <td className="px-1 text-right tabular-nums" data-testid="candidate-expected">
                    {fmtNum(expected.get(c.name), 2)}
                  </td>
                )}
                <td className="px-1">
                  <details>
                    <summary className="cursor-pointer truncate">{c.text.slice(0, 80)}</summary>
                    <p className="whitespace-pre-wrap break-words">{c.text}</p>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-1 text-xs text-muted">
          τ-b {fmtNum(m.kendallTauB === null ? null : m.kendallTauB * 100)} · NDCG {fmtNum(m.ndcg === null ? null : m.ndcg * 100)} · weighted pair reward {fmtNum(m.weightedPairReward, 3)} · variance {fmtNum(m.variance, 2)}
        </p>
        {r && !r.failed && r.expectedNote && (
          <p className="mt-1 text-xs text-muted" data-testid="item-expected-note">
            {r.expected ? 'Some candidates have no expected score' : 'No expected scores'}: {r.expectedNote}
          </p>
        )}
      </section>
      {r?.parsed?.reasoning && (
        <section>
          <h3 className="font-semibold">Reasoning</h3>
          <p className="max-h-60 overflow-auto whitespace-pre-wrap break-words rounded bg-sunken p-2 text-xs" data-testid="item-reasoning">
            {r.parsed.reasoning}
          </p>
        </section>
      )}
      <BudgetNote budget={r?.reasoningBudget} />
      {d && d.problems.length > 0 && (
        <section>
          <h3 className="font-semibold">Diagnostics</h3>
          <ul className="list-disc pl-5 text-xs" data-testid="item-diagnostics">
            {d.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      {r && (
        <details>
          <summary className="cursor-pointer font-semibold">Raw output ({fmtInt(r.raw.length)} characters)</summary>
          <div className="mt-1 flex justify-end">
            <CopyButton text={r.raw} label="Copy raw output" />
          </div>
          <pre className="mt-1 max-h-72 overflow-auto whitespace-pre-wrap break-words rounded bg-sunken p-2 font-mono text-xs" data-testid="item-raw">
            {r.raw || '(empty)'}
          </pre>
        </details>
      )}
      {s && (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-xs sm:grid-cols-4">
          <div>
            <dt className="text-muted">Time to first token</dt>
            <dd>{s.timeToFirstTokenMs === null ? '—' : `${(s.timeToFirstTokenMs / 1000).toFixed(2)} s`}</dd>
          </div>
          <div>
            <dt className="text-muted">Prefill</dt>
            <dd>{fmtNum(s.prefillTokensPerSec)} tok/s</dd>
          </div>
          <div>
            <dt className="text-muted">Decode</dt>
            <dd>{fmtNum(s.decodeTokensPerSec)} tok/s</dd>
          </div>
          <div>
            <dt className="text-muted">Tokens in / out</dt>
            <dd>
              {s.promptTokens ?? '—'} / {s.completionTokens ?? '—'}
            </dd>
          </div>
        </dl>
      )}
    </div>
  );
}
