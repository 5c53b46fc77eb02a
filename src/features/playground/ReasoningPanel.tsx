import { memo, useEffect, useMemo, useRef } from 'react';
import { createBlockSplitter } from './textBlocks.ts';

const Block = memo(function Block({ text }: { text: string }) {
  return <span className="block">{text}</span>;
});

/** The model's reasoning, streaming in; follows the end until the user scrolls up, and again once back at the end. */
export function ReasoningPanel({ text, streaming, thinkStatus }: { text: string; streaming: boolean; thinkStatus?: string }) {
  const ref = useRef<HTMLPreElement>(null);
  const follow = useRef(true);
  const split = useMemo(() => createBlockSplitter(), []);
  const blocks = split(text);
  useEffect(() => {
    const el = ref.current;
    if (el && follow.current) el.scrollTop = el.scrollHeight;
  }, [text]);
  return (
    <details open className="rounded-md border border-line" data-testid="reasoning-panel">
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
        Reasoning {streaming && <span className="font-normal text-muted">(streaming…)</span>}
        {thinkStatus === 'unterminated' && <span className="ml-2 font-normal text-warn">unterminated</span>}
      </summary>
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
        {text ? blocks.map((b, i) => <Block key={i} text={b} />) : streaming ? '…' : '(no reasoning)'}
      </pre>
    </details>
  );
}
