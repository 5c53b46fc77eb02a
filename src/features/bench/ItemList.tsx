import { useMemo, useState } from 'react';
import { FAILURE_LABELS, type ItemSummary, type RunRecord } from '../../core/index.ts';
import { useViewedLiveKey } from '../../state/index.ts';
import { VirtualList } from './VirtualList.tsx';
import { fmtNum } from './formatBench.ts';

type Show = 'all' | 'failed' | 'wrong' | 'pending';

/** Every item of the run (virtualised): state, ground-truth best against predicted best, pairs right. */
export function ItemList({ run, summaries, onOpen }: { run: RunRecord; summaries: ReadonlyArray<ItemSummary | undefined>; onOpen(index: number): void }) {
  const [show, setShow] = useState<Show>('all');
  // A string: re-render when the set of items in flight changes, not on every streamed frame.
  const liveKey = useViewedLiveKey();
  const liveIdx = useMemo(() => new Set(liveKey ? liveKey.split(',').map(Number) : []), [liveKey]);
  const indices = useMemo(() => {
    const all = run.itemIds.map((_, i) => i);
    return all.filter((i) => {
      const s = summaries[i];
      if (show === 'failed') return s?.failed === true;
      if (show === 'wrong') return s !== undefined && !s.failed && s.score.pairs.correct < s.score.pairs.total;
      if (show === 'pending') return s === undefined;
      return true;
    });
  }, [run.itemIds, summaries, show]);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3 text-sm" role="radiogroup" aria-label="Which items to list">
        {(['all', 'failed', 'wrong', 'pending'] as const).map((k) => (
          <label key={k} className="flex items-center gap-1">
            <input type="radio" name="item-show" checked={show === k} onChange={() => setShow(k)} />
            {k === 'all' ? 'All' : k === 'failed' ? 'Failed' : k === 'wrong' ? 'Some pairs wrong' : 'Not judged yet'}
          </label>
        ))}
        <span className="text-muted">{indices.length} shown</span>
      </div>
      <div className="grid grid-cols-[3rem_minmax(6rem,1fr)_7rem_8rem_8rem_5rem_4rem] gap-2 px-2 text-xs text-muted" aria-hidden="true">
        <span>#</span>
        <span>Item</span>
        <span>Domain · cat.</span>
        <span>Best (truth)</span>
        <span>Best (predicted)</span>
        <span>Pairs</span>
        <span>Time</span>
      </div>
      <VirtualList
        count={indices.length}
        rowHeight={30}
        height={360}
        label="Items of the run"
        testId="item-list"
        renderRow={(row) => {
          const i = indices[row]!;
          const s = summaries[i];
          const state = s ? (s.failed ? 'failed' : 'done') : liveIdx.has(i) ? 'running' : 'pending';
          const right = s && !s.failed && s.score.pairs.total > 0 && s.score.pairs.correct === s.score.pairs.total;
          return (
            <button
              type="button"
              className="grid h-full w-full grid-cols-[3rem_minmax(6rem,1fr)_7rem_8rem_8rem_5rem_4rem] items-center gap-2 border-b border-line px-2 text-left text-xs hover:bg-sunken disabled:cursor-default"
              onClick={() => onOpen(i)}
              disabled={!s}
              data-testid="item-row"
              data-index={i}
              data-state={state}
            >
              <span className="tabular-nums text-muted">{i + 1}</span>
              <span className="truncate font-mono">{run.itemIds[i]}</span>
              <span className="truncate text-muted">
                {s ? `${s.domain ?? '—'} · ${s.category ?? '—'}` : ''}
              </span>
              <span className="truncate">{s ? s.gtBest.join(' = ') : ''}</span>
              <span className={`truncate ${s?.failed ? 'text-bad' : right ? 'text-ok' : s ? 'text-warn' : 'text-muted'}`}>
                {s ? (s.failed ? (s.failure ? FAILURE_LABELS[s.failure] : 'failed') : (s.predBest ?? 'tie')) : state === 'running' ? 'judging…' : '—'}
              </span>
              <span className="tabular-nums">{s ? `${fmtNum(s.score.pairs.correct, s.score.pairs.correct % 1 ? 1 : 0)}/${s.score.pairs.total}` : ''}</span>
              <span className="tabular-nums text-muted">{s ? `${(s.ms / 1000).toFixed(1)} s` : ''}</span>
            </button>
          );
        }}
      />
    </div>
  );
}
