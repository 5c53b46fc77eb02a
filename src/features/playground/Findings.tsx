import type { Finding } from '../../core/index.ts';

const ICON = { info: 'ℹ', warn: '⚠', bad: '✖' } as const;
const COLOR = { info: 'text-muted', warn: 'text-warn', bad: 'text-bad' } as const;

export function Findings({ items }: { items: Finding[] }) {
  if (items.length === 0) return <p className="text-sm text-ok" data-testid="diagnostics-clean">✓ Clean output: reasoning complete, JSON read directly, ranking agrees with the scores.</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="diagnostics">
      {items.map((f, i) => (
        <li key={i} className={COLOR[f.level]}>
          <span aria-hidden="true">{ICON[f.level]} </span>
          <span className="sr-only">{f.level === 'bad' ? 'Problem: ' : f.level === 'warn' ? 'Warning: ' : 'Note: '}</span>
          {f.text}
        </li>
      ))}
    </ul>
  );
}
