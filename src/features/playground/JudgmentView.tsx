import { Fragment, useMemo } from 'react';
import { buildJudgeMessages, changedSince, describeChanges, earlyEnd, parsedOf, partialReasoning, type JudgmentRecord, describeJudgment } from '../../core/index.ts';
import { useBlind, useCandidateNamesKey, useHistory, useMyRanking, useLiveJudgment, usePlaygroundError, usePlaygroundRetry, usePlaygroundRunning, useSampling, useShownJudgment, useWorkspace } from '../../state/index.ts';
import { BudgetNote } from '../../components/BudgetNote.tsx';
import { ReasoningPanel, type ReasoningEnd } from './ReasoningPanel.tsx';
import { ScoreBars } from './ScoreBars.tsx';
import { StatsList } from './StatsList.tsx';
import { Findings } from './Findings.tsx';
import { JudgmentActions } from './JudgmentActions.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { RetryNotice } from './RetryNotice.tsx';
import { ExpectedScoresView } from './ExpectedScoresView.tsx';

/** The judgment as it streams (live) or as recorded. */
export function JudgmentView() {
  const live = useLiveJudgment();
  const running = usePlaygroundRunning();
  const retrying = usePlaygroundRetry();
  const shown = useShownJudgment();
  const runError = usePlaygroundError();
  const names = useCandidateNamesKey();
  const nameList = useMemo(() => (names ? names.split('\u0000') : []), [names]);
  const blind = useBlind();
  const saved = useMyRanking()?.saved ?? false;

  if (blind && !saved && (running || shown)) {
    return (
      <section className="card space-y-2 text-sm" aria-labelledby="result-title" data-testid="judgment" data-status={running ? 'running' : shown?.status} data-hidden="true">
        <h2 id="result-title" className="font-semibold">
          {running ? 'Judging…' : 'Judgment'}
        </h2>
        <p data-testid="judgment-hidden">The model’s answer is hidden until you save your ranking (Your ranking, below the candidates).</p>
      </section>
    );
  }

  if (running && live) {
    return (
      <section className="card space-y-3" aria-labelledby="result-title" aria-busy="true" data-testid="judgment" data-status="running">
        <h2 id="result-title" className="font-semibold">
          Judging… <span className="text-sm font-normal text-muted">{live.phase === 'thinking' ? 'reasoning' : 'writing scores'}</span>
        </h2>
        {retrying && <RetryNotice retry={retrying} />}
        <ReasoningPanel text={live.reasoning} streaming nameKey={live.maskedToReal} />
        <ScoreBars names={nameList} scores={live.scores} ranking={live.ranking} live nameKey={live.maskedToReal} />
      </section>
    );
  }
  return (
    <div className="space-y-3">
      {runError && <ErrorNotice error={runError} testId="run-error" />}
      {shown ? <RecordView record={shown} /> : !runError && <EmptyResult />}
    </div>
  );
}

function EmptyResult() {
  return (
    <section className="card text-sm text-muted" data-testid="judgment-empty">
      <p>Write a principle, add candidates, then press <kbd className="rounded border border-line px-1">Ctrl</kbd>+<kbd className="rounded border border-line px-1">Enter</kbd> to judge.</p>
    </section>
  );
}

function RecordView({ record }: { record: JudgmentRecord }) {
  const history = useHistory();
  const workspace = useWorkspace();
  const sampling = useSampling();
  // Interrupted records may have been saved before the final parse: parse what was kept.
  const parsed = useMemo(() => parsedOf(record), [record]);
  const findings = useMemo(() => describeJudgment({ ...record, parsed }), [record, parsed]);
  // Only finished runs count as repeats, and only a finished run is labelled as one of them.
  const sameInputs = history.filter((h) => h.inputKey === record.inputKey && h.status === 'done');
  const at = sameInputs.findIndex((h) => h.id === record.id);
  const runNo = sameInputs.length > 1 && at >= 0 ? sameInputs.length - at : 0;
  const changes = useMemo(
    () =>
      changedSince(
        { ...record.input, mask: record.mask, sampling: record.sampling },
        { principle: workspace.principle, prompt: workspace.prompt, responses: workspace.candidates, mask: workspace.mask, sampling },
      ),
    [record, workspace, sampling],
  );
  const early = earlyEnd(record);
  const ended: ReasoningEnd = early === 'length' ? 'cut' : early;
  const messages = useMemo(() => record.messages ?? buildJudgeMessages(record.input, { mask: record.mask }).messages, [record]);
  return (
    <section className="card space-y-4" aria-labelledby="result-title" data-testid="judgment" data-status={record.status}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="result-title" className="font-semibold">
          Judgment
        </h2>
        <span className="rounded bg-sunken px-1.5 text-xs" data-testid="judgment-status">
          {record.status}
        </span>
        {runNo > 0 && (
          <span className="rounded bg-accent-soft px-1.5 text-xs" data-testid="repeat-label" title="Same inputs and settings as an earlier run">
            Repeat run {runNo} of {sameInputs.length} with identical inputs
          </span>
        )}
        {changes.length > 0 && (
          <span className="rounded border border-warn px-1.5 text-xs text-warn" data-testid="stale-label" role="status">
            Stale: {describeChanges(changes)} on screen {changes.length > 1 ? 'differ' : 'differs'} from this run’s
          </span>
        )}
        <span className="ml-auto text-xs text-muted">
          {record.engine.modelId} · {new Date(record.createdAt).toLocaleString()}
        </span>
      </div>
      {parsed && (
        <ReasoningPanel
          text={parsed.reasoning || (ended ? partialReasoning(record.raw) : '')}
          streaming={false}
          thinkStatus={parsed.diagnostics.think}
          nameKey={record.maskedToReal}
          ended={ended}
        />
      )}
      <BudgetNote budget={record.reasoningBudget} />
      <ScoreBars names={record.input.responses.map((r) => r.name)} scores={parsed?.scores ?? []} ranking={parsed?.ranking ?? []} live={false} nameKey={record.maskedToReal} />
      {record.constraint?.note && (
        <p className="text-sm text-warn" role="status" data-testid="constraint-note">
          {record.constraint.note}
        </p>
      )}
      {record.constraint?.grammar && (
        <p className="text-xs text-muted" data-testid="constraint-on">
          The answer was held to the protocol by a grammar (the reasoning was free); Settings turns it off.
        </p>
      )}
      <ExpectedScoresView record={record} scores={parsed?.scores ?? []} ranking={parsed?.ranking ?? []} />
      <div>
        <h3 className="mb-1 text-sm font-semibold">Diagnostics</h3>
        <Findings items={findings} />
      </div>
      <StatsList stats={record.stats} finishReason={record.finishReason} />
      <details className="rounded-md border border-line">
        <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">Raw output</summary>
        <pre className="max-h-80 overflow-auto whitespace-pre-wrap break-words border-t border-line px-3 py-2 font-mono text-xs" data-testid="raw-output">
          {record.raw || '(empty)'}
        </pre>
      </details>
      <details className="rounded-md border border-line">
        <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">Exact messages sent</summary>
        <div className="space-y-2 border-t border-line px-3 py-2">
          {!record.messages && (
            <p className="text-xs text-warn" data-testid="messages-rebuilt">
              This judgment was saved without the messages it sent (made by an older version, or opened from a link): they are rebuilt below from its inputs with this version of the app.
            </p>
          )}
          {record.maskedToReal && (
            <p className="text-xs text-muted" data-testid="mask-map">
              Masked names:{' '}
              {record.maskedToReal.map(([m, r], i) => (
                <Fragment key={m}>
                  {i > 0 && ', '}
                  {m} = <bdi>{r}</bdi>
                </Fragment>
              ))}
            </p>
          )}
          {messages.map((m, i) => (
            <div key={i}>
              <p className="text-xs font-semibold uppercase text-muted">{m.role}</p>
              <pre className="max-h-60 overflow-auto whitespace-pre-wrap break-words rounded bg-sunken p-2 font-mono text-xs" data-testid={`message-${m.role}`}>
                {m.content}
              </pre>
            </div>
          ))}
        </div>
      </details>
      <JudgmentActions record={record} />
    </section>
  );
}
