import { useState } from 'react';
import { shortenAtWord, outcomeOf, type OutcomeKind, type JudgmentRecord } from '../../core/index.ts';
import { useCompareActions, useHistory, usePlaygroundActions, useShownJudgment } from '../../state/index.ts';
import { navigate } from '../../components/routes.ts';

/** Outcomes that need a second look stand out from the muted row details. */
const NOTABLE: ReadonlySet<OutcomeKind> = new Set(['partial', 'unparsed', 'stopped', 'failed']);

/** The time of a judgment, with the date when it was not today. */
function whenOf(at: number): string {
  const d = new Date(at);
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === new Date().toDateString() ? time : `${d.toLocaleDateString()} ${time}`;
}

export function HistoryPanel() {
  const history = useHistory();
  const shown = useShownJudgment();
  const show = usePlaygroundActions().showJudgment;
  const remove = usePlaygroundActions().removeJudgment;
  const compareRecords = useCompareActions().compareRecords;
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const needle = q.trim().toLowerCase();
  const list = needle ? history.filter((h) => `${h.input.principle} ${h.input.prompt} ${h.engine.modelId}`.toLowerCase().includes(needle)) : history;
  return (
    <section className="card space-y-2" aria-labelledby="history-title">
      <div className="flex items-center gap-2">
        <h2 id="history-title" className="text-sm font-semibold">
          History <span className="font-normal text-muted">({history.length})</span>
        </h2>
        <label htmlFor="history-search" className="sr-only">
          Search history
        </label>
        <input id="history-search" className="field ml-auto max-w-48" placeholder="Search" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      {picked.length > 0 && (
        <div className="flex items-center gap-2 text-sm">
          <span>{picked.length} selected</span>
          <button
            type="button"
            className="btn"
            disabled={picked.length < 2}
            onClick={() => {
              compareRecords(picked.map((id) => history.find((h) => h.id === id)).filter((h): h is NonNullable<typeof h> => !!h));
              navigate('compare');
            }}
          >
            Compare side by side
          </button>
          <button type="button" className="btn" onClick={() => setPicked([])}>
            Clear selection
          </button>
        </div>
      )}
      <ul className="max-h-96 space-y-1 overflow-auto" data-testid="history">
        {list.map((h) => (
          <li key={h.id} className={`flex items-center gap-2 rounded px-2 py-1 text-sm ${shown?.id === h.id ? 'bg-accent-soft' : 'hover:bg-sunken'}`}>
            <input
              type="checkbox"
              aria-label={`Select the judgment of ${new Date(h.createdAt).toLocaleString()} for comparison`}
              checked={picked.includes(h.id)}
              disabled={!picked.includes(h.id) && picked.length >= 4}
              onChange={(e) => setPicked(e.target.checked ? [...picked, h.id] : picked.filter((x) => x !== h.id))}
            />
            <button type="button" className="min-w-0 flex-1 text-left" onClick={() => show(h)} data-testid="history-item" data-status={h.status} data-outcome={outcomeOf(h).kind}>
              <RowText record={h} />
            </button>
            <button type="button" className="btn px-1.5 py-0.5 text-xs" onClick={() => void remove(h.id)} aria-label={`Delete judgment of ${new Date(h.createdAt).toLocaleString()}`}>
              ✕
            </button>
          </li>
        ))}
        {history.length === 0 && <li className="hint">No judgments yet.</li>}
        {history.length > 0 && list.length === 0 && (
          <li className="hint flex flex-wrap items-center gap-2">
            <span>No judgment matches “{q.trim()}”.</span>
            <button type="button" className="btn px-1.5 py-0.5 text-xs" onClick={() => setQ('')}>
              Clear the search
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}

/** Which principle, model, how many candidates, how it came out, when, and the start of the prompt. */
function RowText({ record: h }: { record: JudgmentRecord }) {
  const outcome = outcomeOf(h);
  const n = h.input.responses.length;
  return (
    <>
      <span className="block truncate font-medium">{shortenAtWord(h.input.principle, 70) || '(no principle)'}</span>
      <span className="block truncate text-xs text-muted">
        {h.engine.modelId} · {n} {n === 1 ? 'candidate' : 'candidates'} · <span className={NOTABLE.has(outcome.kind) ? 'font-semibold text-ink' : ''}>{outcome.label}</span> ·{' '}
        {whenOf(h.createdAt)}
        {h.input.prompt.trim() && ` · ${shortenAtWord(h.input.prompt, 50)}`}
      </span>
    </>
  );
}
