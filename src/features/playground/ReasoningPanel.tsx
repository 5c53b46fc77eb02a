import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { splitMaskedNames } from '../../core/index.ts';
import { createBlockSplitter } from './textBlocks.ts';
import { NameChip } from './NameChip.tsx';

type Key = Array<[string, string]> | null;

const Block = memo(function Block({ text, nameKey }: { text: string; nameKey: Key }) {
  if (!nameKey) return <span className="block">{text}</span>;
  return (
    <span className="block">
      {splitMaskedNames(text, nameKey).map((s, i) => (s.kind === 'name' ? <NameChip key={i} text={s.text} real={s.real} /> : s.text))}
    </span>
  );
});

export type ReasoningEnd = 'stopped' | 'interrupted' | 'cut' | null;

const END_LABEL = { stopped: 'stopped here', interrupted: 'interrupted here', cut: 'cut off here' } as const;

/**
 * The model's reasoning, streaming in; follows the end until the user scrolls up, and again once back at the end.
 * With masking, each masked name shows the user's name beside it; "Raw text" shows exactly what the model wrote.
 */
export function ReasoningPanel({ text, streaming, thinkStatus, nameKey, ended = null }: { text: string; streaming: boolean; thinkStatus?: string; nameKey: Key; ended?: ReasoningEnd }) {
  const ref = useRef<HTMLPreElement>(null);
  const follow = useRef(true);
  const split = useMemo(() => createBlockSplitter(), []);
  const [raw, setRaw] = useState(false);
  const rawId = useId();
  const blocks = split(text);
  const key = raw ? null : nameKey;
  useEffect(() => {
    const el = ref.current;
    if (el && follow.current) el.scrollTop = el.scrollHeight;
  }, [text]);
  return (
    <details open className="rounded-md border border-line" data-testid="reasoning-panel">
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
        Reasoning {streaming && <span className="font-normal text-muted">(streaming…)</span>}
        {ended && (
          <span className="ml-2 font-normal text-warn" data-testid="reasoning-ended">
            {END_LABEL[ended]}
          </span>
        )}
        {!ended && thinkStatus === 'unterminated' && <span className="ml-2 font-normal text-warn">unterminated</span>}
      </summary>
      {nameKey && (
        <div className="flex items-center gap-2 border-t border-line px-3 py-1 text-xs text-muted">
          <span>The model saw masked names; each is shown with yours.</span>
          <label htmlFor={rawId} className="ml-auto flex items-center gap-1">
            <input id={rawId} type="checkbox" checked={raw} onChange={(e) => setRaw(e.target.checked)} data-testid="reasoning-raw" />
            Raw text
          </label>
        </div>
      )}
      <pre
        ref={ref}
        tabIndex={0}
        aria-label="Model reasoning"
        onScroll={(e) => {
          const el = e.currentTarget;
          follow.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 24;
        }}
        className="max-h-80 overflow-auto whitespace-pre-wrap break-words border-t border-line px-3 py-2 font-mono text-xs leading-relaxed"
        data-testid="reasoning"
      >
        {text ? blocks.map((b, i) => <Block key={i} text={b} nameKey={key} />) : streaming ? '…' : '(no reasoning)'}
      </pre>
    </details>
  );
}
