import { useMemo, useState } from 'react';
import { PRINCIPLE_PRESETS, PRINCIPLE_WRITING_TIPS } from '../../core/index.ts';
import { Dialog } from '../../components/Dialog.tsx';

const CATEGORIES = ['content', 'logic', 'tone', 'style', 'structure'] as const;

export function PresetPicker({ open, onClose, onPick }: { open: boolean; onClose(): void; onPick(text: string): void }) {
  const [q, setQ] = useState('');
  const [cat, setCat] = useState<string>('all');
  const list = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return PRINCIPLE_PRESETS.filter(
      (p) => (cat === 'all' || p.category === cat) && (!needle || `${p.title} ${p.text} ${p.tags.join(' ')}`.toLowerCase().includes(needle)),
    );
  }, [q, cat]);
  return (
    <Dialog open={open} onClose={onClose} title="Principle presets" wide>
      <div className="grid gap-4 md:grid-cols-[1fr_16rem]">
        <div className="space-y-3">
          <div className="flex flex-wrap gap-2">
            <label className="sr-only" htmlFor="preset-search">
              Search presets
            </label>
            <input id="preset-search" className="field max-w-xs" placeholder="Search presets" value={q} onChange={(e) => setQ(e.target.value)} />
            <label className="sr-only" htmlFor="preset-cat">
              Category
            </label>
            <select id="preset-cat" className="field w-auto" value={cat} onChange={(e) => setCat(e.target.value)}>
              <option value="all">All categories</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <ul className="max-h-[60vh] space-y-2 overflow-auto pr-1" aria-label="Presets">
            {list.map((p) => (
              <li key={p.id} className="rounded-md border border-line p-3">
                <div className="flex items-center gap-2">
                  <h3 className="font-semibold">{p.title}</h3>
                  <span className="rounded bg-sunken px-1.5 text-xs text-muted">{p.category}</span>
                  <span className="rounded bg-sunken px-1.5 text-xs text-muted">{p.shape}</span>
                  <button
                    type="button"
                    className="btn-primary ml-auto"
                    onClick={() => {
                      onPick(p.text);
                      onClose();
                    }}
                    aria-label={`Use preset ${p.title}`}
                  >
                    Use
                  </button>
                </div>
                <p className="mt-1 whitespace-pre-wrap text-sm text-muted">{p.text}</p>
              </li>
            ))}
            {list.length === 0 && <li className="hint">No preset matches.</li>}
          </ul>
        </div>
        <aside className="rounded-md bg-sunken p-3 text-sm" aria-labelledby="tips-title">
          <h3 id="tips-title" className="mb-2 font-semibold">
            Writing good principles
          </h3>
          <ul className="list-disc space-y-1 pl-4">
            {PRINCIPLE_WRITING_TIPS.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </aside>
      </div>
    </Dialog>
  );
}
