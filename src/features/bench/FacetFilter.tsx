import { useId, useState } from 'react';

/** A group of checkboxes over the values of one field (none checked = no filter). */
export function FacetFilter({ legend, values, selected, onChange, searchable }: { legend: string; values: Array<[string, number]>; selected: readonly string[]; onChange(values: string[]): void; searchable?: boolean }) {
  const [query, setQuery] = useState('');
  const id = useId();
  const shown = query ? values.filter(([v]) => v.toLowerCase().includes(query.toLowerCase())) : values;
  const toggle = (v: string) => onChange(selected.includes(v) ? selected.filter((x) => x !== v) : [...selected, v]);
  return (
    <fieldset className="min-w-0 rounded-md border border-line p-2">
      <legend className="px-1 text-sm font-medium">
        {legend} <span className="text-xs font-normal text-muted">{selected.length ? `${selected.length} picked` : 'all'}</span>
      </legend>
      {searchable && (
        <>
          <label htmlFor={`${id}-q`} className="sr-only">
            Search {legend.toLowerCase()}s
          </label>
          <input id={`${id}-q`} className="field mb-1 py-1 text-xs" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={`Search ${values.length} ${legend.toLowerCase()}s`} />
        </>
      )}
      <div className="max-h-36 space-y-0.5 overflow-auto">
        {shown.slice(0, 300).map(([v, n]) => (
          <label key={v} className="flex items-start gap-1.5 text-xs" title={v}>
            <input type="checkbox" className="mt-0.5" checked={selected.includes(v)} onChange={() => toggle(v)} />
            <span className="line-clamp-2 break-words">
              {v} <span className="text-muted">({n})</span>
            </span>
          </label>
        ))}
      </div>
      {selected.length > 0 && (
        <button type="button" className="mt-1 text-xs text-muted underline" onClick={() => onChange([])}>
          Clear
        </button>
      )}
    </fieldset>
  );
}
