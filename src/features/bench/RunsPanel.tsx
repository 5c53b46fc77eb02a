import { useState } from 'react';
import { useBenchActions, useBenchRuns, useRunningRunId, useRunsElsewhere, useViewedRunId } from '../../state/index.ts';
import { JsonFileButton } from '../../components/JsonFileButton.tsx';
import { STATUS_CLASS, STATUS_LABEL, fmtDate } from './formatBench.ts';

/** Saved runs (open, resume, delete) and importing an exported run. */
export function RunsPanel() {
  const runs = useBenchRuns();
  const viewId = useViewedRunId();
  const runningId = useRunningRunId();
  const elsewhere = useRunsElsewhere();
  const openRun = useBenchActions().openRun;
  const del = useBenchActions().deleteRun;
  const importRun = useBenchActions().importRun;
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <JsonFileButton
          label="Import a run…"
          inputLabel="Import an exported run"
          testId="import-run-input"
          onFile={async (file) => {
            const r = await importRun(file);
            setMsg({ ok: r.ok, text: r.message });
          }}
        />
        {msg && (
          <p role={msg.ok ? 'status' : 'alert'} className={`text-sm ${msg.ok ? 'text-ok' : 'text-bad'}`} data-testid="import-message">
            {msg.text}
          </p>
        )}
      </div>
      {runs.length === 0 ? (
        <p className="text-sm text-muted">No runs yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-sm" data-testid="runs-table">
            <thead>
              <tr className="text-xs text-muted">
                <th scope="col" className="px-2 py-1 text-left">Run</th>
                <th scope="col" className="px-2 py-1 text-left">Model</th>
                <th scope="col" className="px-2 py-1 text-left">Status</th>
                <th scope="col" className="px-2 py-1 text-right">Done</th>
                <th scope="col" className="px-2 py-1 text-left">Started</th>
                <th scope="col" className="px-2 py-1 text-right">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} className={`border-t border-line ${r.id === viewId ? 'font-semibold' : ''}`} data-testid="run-row" data-run-id={r.id} data-status={r.status}>
                  <th scope="row" className="max-w-72 truncate px-2 py-1 text-left font-normal">
                    <button type="button" className="underline-offset-2 hover:underline" onClick={() => void openRun(r.id)} aria-current={r.id === viewId ? 'true' : undefined}>
                      {r.name}
                    </button>
                    {r.imported && <span className="ml-1 text-xs text-muted">(imported)</span>}
                  </th>
                  <td className="max-w-48 truncate px-2 py-1 text-xs">{r.engine.modelId}</td>
                  <td className={`px-2 py-1 ${STATUS_CLASS[r.status]}`}>
                    {STATUS_LABEL[r.status]}
                    {r.interrupted && ' (interrupted)'}
                    {elsewhere.includes(r.id) && ' in another tab'}
                  </td>
                  <td className="px-2 py-1 text-right tabular-nums">
                    {r.counts.done}/{r.itemIds.length}
                    {r.counts.failed > 0 && <span className="text-bad"> ({r.counts.failed} failed)</span>}
                  </td>
                  <td className="px-2 py-1 text-xs text-muted">{fmtDate(r.createdAt)}</td>
                  <td className="px-2 py-1 text-right">
                    {confirm === r.id ? (
                      <span className="inline-flex gap-1">
                        <button type="button" className="btn-danger" onClick={() => void del(r.id).then(() => setConfirm(null))}>
                          Delete for good
                        </button>
                        <button type="button" className="btn" onClick={() => setConfirm(null)}>
                          Keep
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="btn" disabled={r.id === runningId || elsewhere.includes(r.id)} onClick={() => setConfirm(r.id)} aria-label={`Delete run ${r.name}`}>
                        Delete
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
