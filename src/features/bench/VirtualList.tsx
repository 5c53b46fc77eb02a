import { useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** A scrolling list that renders only the rows in view (long item and problem lists stay fast). */
export function VirtualList({ count, rowHeight, height, renderRow, label, testId }: { count: number; rowHeight: number; height: number; renderRow(index: number): ReactNode; label: string; testId?: string }) {
  const parent = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be used this way
  const v = useVirtualizer({ count, getScrollElement: () => parent.current, estimateSize: () => rowHeight, overscan: 10 });
  return (
    <div ref={parent} className="overflow-auto rounded-md border border-line" style={{ maxHeight: height }} role="list" aria-label={label} tabIndex={0} data-testid={testId}>
      <div className="relative w-full" style={{ height: v.getTotalSize() }}>
        {v.getVirtualItems().map((row) => (
          <div key={row.key} role="listitem" className="absolute left-0 top-0 w-full" style={{ height: row.size, transform: `translateY(${row.start}px)` }}>
            {renderRow(row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
