import { useEffect, useMemo, useState } from 'react';
import { describeLibraryMerge, libraryFile, readLibraryFile } from '../../core/index.ts';
import { useLibrary, useLibraryActions, useLibraryLoaded } from '../../state/index.ts';
import { downloadText } from '../../components/download.ts';
import { JsonFileButton, readJsonFile } from '../../components/JsonFileButton.tsx';
import { PrincipleCard } from './PrincipleCard.tsx';

export function LibraryPage() {
  const library = useLibrary();
  const loaded = useLibraryLoaded();
  const load = useLibraryActions().loadLibrary;
  const importPrinciples = useLibraryActions().importPrinciples;
  const [q, setQ] = useState('');
  const [tag, setTag] = useState('');
  const [msg, setMsg] = useState<{ ok: boolean; text: string; outcome?: string[]; details?: string[] } | null>(null);
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  const tags = useMemo(() => [...new Set(library.flatMap((p) => p.tags))].sort(), [library]);
  const needle = q.trim().toLowerCase();
  const list = library.filter((p) => (!tag || p.tags.includes(tag)) && (!needle || `${p.name} ${p.text} ${p.tags.join(' ')}`.toLowerCase().includes(needle)));
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <h1 id="page-title" className="text-xl font-semibold">
          Library
        </h1>
        <div className="ml-auto flex gap-2">
          <button type="button" className="btn" onClick={() => downloadText('principles.json', JSON.stringify(libraryFile(library), null, 2))} disabled={library.length === 0}>
            Export JSON
          </button>
          <JsonFileButton
            label="Import JSON…"
            inputLabel="Import a principle library"
            testId="library-import"
            onFile={async (file) => {
              const json = await readJsonFile(file);
              if (!json.ok) return setMsg({ ok: false, text: json.message });
              const r = readLibraryFile(json.data);
              const merged = r.principles.length ? describeLibraryMerge(await importPrinciples(r.principles)) : [];
              const n = r.principles.length;
              setMsg({
                ok: r.errors.length === 0,
                text: `Merged ${n} principle${n === 1 ? '' : 's'} from ${file.name} into the library; nothing in it was overwritten${r.errors.length ? `. ${r.errors.length} skipped.` : '.'}`,
                outcome: merged,
                details: r.errors.map((x) => `${x.where}: ${x.message}`),
              });
            }}
          />
        </div>
      </div>
      {msg && (
        <div role={msg.ok ? 'status' : 'alert'} className={`card text-sm ${msg.ok ? '' : 'border-warn'}`} data-testid="library-message">
          <p>{msg.text}</p>
          {msg.outcome && msg.outcome.length > 0 && (
            <ul className="mt-1 list-disc pl-5" data-testid="library-merge">
              {msg.outcome.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          {msg.details && msg.details.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-warn">
              {msg.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <label htmlFor="lib-search" className="sr-only">
          Search the library
        </label>
        <input id="lib-search" className="field max-w-sm" placeholder="Search name, text or tag" value={q} onChange={(e) => setQ(e.target.value)} />
        <label htmlFor="lib-tag" className="sr-only">
          Filter by tag
        </label>
        <select id="lib-tag" className="field w-auto" value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </div>
      {library.length === 0 && loaded && <p className="text-muted">Your library is empty. In the playground, “Save…” next to the principle stores it here with its versions.</p>}
      <ul className="space-y-3">
        {list.map((p) => (
          <PrincipleCard key={p.id} p={p} />
        ))}
      </ul>
    </section>
  );
}
