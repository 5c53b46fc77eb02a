import { useId, useState } from 'react';
import type { SavedPrinciple } from '../../core/index.ts';
import { useSuitesActions, type SuiteImportReport } from '../../state/index.ts';
import { downloadText } from '../../components/download.ts';
import { JsonFileButton } from '../../components/JsonFileButton.tsx';

const JSONL = '.jsonl,.ndjson,.json,.txt,application/jsonl,application/x-ndjson,application/json,text/plain';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'principle';
}

function importSummary(r: SuiteImportReport, file: string): string {
  const parts = [`${plural(r.added, 'case')} added`];
  if (r.rankingsAdded > 0) parts.push(`${plural(r.rankingsAdded, 'ranking')} added to cases the suite held`);
  if (r.kept > 0) parts.push(`${plural(r.kept, 'ranking')} the suite already had kept as they were`);
  return `Merged ${file} into the suite: ${parts.join(', ')}; nothing was overwritten.${r.errors.length ? ` ${plural(r.errors.length, 'line')} refused:` : ''}`;
}

/** The suite as RABench JSONL (the principle's current text on every row), and JSONL imports merged into it. */
export function SuiteFiles({ p, hasCases }: { p: SavedPrinciple; hasCases: boolean }) {
  const { exportSuite, importSuite } = useSuitesActions();
  const [msg, setMsg] = useState<{ ok: boolean; text: string; details: string[] } | null>(null);
  const [rater, setRater] = useState('');
  const raterId = useId();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn"
          disabled={!hasCases}
          onClick={() => {
            const out = exportSuite(p.id, p.text);
            if (out.text) downloadText(`${slug(p.name)}-suite.jsonl`, out.text, 'application/jsonl');
            const rows = out.text === '' ? 0 : out.text.split('\n').length - 1;
            setMsg({ ok: out.skipped.length === 0, text: `Exported ${plural(rows, 'case')} as RABench JSONL${out.skipped.length ? `; ${plural(out.skipped.length, 'case')} left out:` : '.'}`, details: out.skipped.map((s) => s.message) });
          }}
        >
          Export suite (JSONL)
        </button>
        <JsonFileButton
          label="Import suite (JSONL)…"
          inputLabel={`Import cases into the suite of ${p.name}`}
          testId="suite-import"
          accept={JSONL}
          onFile={async (file) => {
            let text: string;
            try {
              text = await file.text();
            } catch (e) {
              return setMsg({ ok: false, text: `${file.name} could not be read (${e instanceof Error ? e.message : String(e)}). Nothing was changed.`, details: [] });
            }
            try {
              const r = await importSuite(p.id, text, rater);
              setMsg({ ok: r.errors.length === 0, text: importSummary(r, file.name), details: r.errors.map((x) => `${x.where}: ${x.message}`) });
            } catch {
              setMsg({ ok: false, text: 'The imported cases were not saved (see the alert above).', details: [] });
            }
          }}
        />
        <label htmlFor={raterId} className="self-center text-xs">
          Rater of rows naming none
        </label>
        <input id={raterId} className="field w-32 py-0.5 text-xs" placeholder="ground truth" value={rater} onChange={(e) => setRater(e.target.value)} />
      </div>
      {msg && (
        <div role={msg.ok ? 'status' : 'alert'} className={`text-sm ${msg.ok ? '' : 'text-warn'}`} data-testid="suite-file-message">
          <p>{msg.text}</p>
          {msg.details.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {msg.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
