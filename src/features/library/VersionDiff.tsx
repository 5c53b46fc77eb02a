import { useMemo, useState } from 'react';
import { diffWordsWithSpace } from 'diff';
import type { SavedPrinciple } from '../../core/index.ts';

/** A readable word diff between any two versions of a saved principle. */
export function VersionDiff({ p }: { p: SavedPrinciple }) {
  const n = p.versions.length;
  const [from, setFrom] = useState(Math.max(0, n - 2));
  const [to, setTo] = useState(n - 1);
  const parts = useMemo(() => diffWordsWithSpace(p.versions[from]?.text ?? '', p.versions[to]?.text ?? ''), [p, from, to]);
  if (n < 2) return <p className="hint">Only one version so far. Saving a changed text adds a version.</p>;
  const opt = (i: number) => `v${i + 1} · ${new Date(p.versions[i]!.savedAt).toLocaleString()}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-3 text-sm">
        <label>
          From{' '}
          <select className="field w-auto" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
            {p.versions.map((_, i) => (
              <option key={i} value={i}>
                {opt(i)}
              </option>
            ))}
          </select>
        </label>
        <label>
          To{' '}
          <select className="field w-auto" value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {p.versions.map((_, i) => (
              <option key={i} value={i}>
                {opt(i)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="whitespace-pre-wrap rounded bg-sunken p-2 font-mono text-sm" data-testid="version-diff">
        {parts.map((part, i) =>
          part.added ? (
            <ins key={i} className="bg-ok/20 text-ok no-underline">
              {part.value}
            </ins>
          ) : part.removed ? (
            <del key={i} className="bg-bad/20 text-bad">
              {part.value}
            </del>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </p>
      <p className="hint">
        <ins className="text-ok no-underline">Green</ins> was added, <del className="text-bad">red</del> was removed.
      </p>
    </div>
  );
}
