import { useRef, useState, type DragEvent } from 'react';
import { useBenchActions, useBenchLoadError, useBenchLoading, useBenchLoadNote, useBenchLoadOptions } from '../../state/index.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { fmtBytes } from './formatBench.ts';

const KINDS = [
  ['auto', 'Detect from the file'],
  ['rabench', 'RABench format'],
  ['rmbench', 'RM-Bench data file'],
  ['rewardbench2', 'RewardBench 2 (Parquet, JSON or JSONL)'],
  ['pairwise', 'Pairwise preferences (prompt, chosen, rejected)'],
] as const;
const FORMATS = [
  ['auto', 'Detect'],
  ['json', 'JSON array'],
  ['jsonl', 'JSON Lines'],
  ['parquet', 'Parquet'],
] as const;
const DOMAINS = ['', 'chat', 'code', 'math', 'safety'] as const;

/** Load a dataset: the shipped spot-check set, files (picker or drag-and-drop) or a URL. */
export function DatasetLoader() {
  const loading = useBenchLoading();
  const loadError = useBenchLoadError();
  const loadNote = useBenchLoadNote();
  const opts = useBenchLoadOptions();
  const setOpts = useBenchActions().setLoadOptions;
  const loadFiles = useBenchActions().loadFiles;
  const loadUrl = useBenchActions().loadUrl;
  const loadSpotcheck = useBenchActions().loadSpotcheck;
  const cancel = useBenchActions().cancelLoad;
  const fileRef = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) void loadFiles(files);
  };

  const busy = loading !== null;
  const pct = loading?.bytesTotal ? Math.min(100, (loading.bytesDone / loading.bytesTotal) * 100) : null;

  return (
    <div className="space-y-3">
      <div
        className={`rounded-md border-2 border-dashed p-4 text-center ${over ? 'border-accent bg-accent-soft' : 'border-line'}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <div className="flex flex-wrap items-center justify-center gap-2">
          <button type="button" className="btn-primary" onClick={() => void loadSpotcheck()} disabled={busy}>
            Load the spot-check set
          </button>
          <button type="button" className="btn" onClick={() => fileRef.current?.click()} disabled={busy}>
            Open files…
          </button>
        </div>
        <p className="hint mt-2">or drop JSON, JSONL or Parquet files here (several RM-Bench files at once pool into one set)</p>
        <input
          ref={fileRef}
          type="file"
          multiple
          accept=".json,.jsonl,.ndjson,.parquet,application/json"
          className="hidden"
          aria-label="Open benchmark files"
          data-testid="bench-file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void loadFiles(files);
          }}
        />
      </div>

      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (url.trim()) void loadUrl(url);
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="bench-url" className="label">
            Load from a URL
          </label>
          <input id="bench-url" type="url" className="field font-mono" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://huggingface.co/datasets/<org>/<name>/resolve/main/<file>" />
        </div>
        <button type="submit" className="btn" disabled={busy || !url.trim()}>
          Download
        </button>
      </form>

      <details className="text-sm">
        <summary className="cursor-pointer text-muted">Reading options</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="bench-kind" className="label">
              File kind
            </label>
            <select id="bench-kind" className="field" value={opts.kind} onChange={(e) => setOpts({ kind: e.target.value as typeof opts.kind })}>
              {KINDS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="bench-format" className="label">
              Format
            </label>
            <select id="bench-format" className="field" value={opts.format} onChange={(e) => setOpts({ format: e.target.value as typeof opts.format })}>
              {FORMATS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="bench-domain" className="label">
              Domain (RM-Bench, pairs)
            </label>
            <select id="bench-domain" className="field" value={opts.domain} onChange={(e) => setOpts({ domain: e.target.value })}>
              {DOMAINS.map((d) => (
                <option key={d} value={d}>
                  {d === '' ? 'From the file name / none' : d}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="hint mt-1">RM-Bench, RewardBench 2 and pairwise files have no principle: you pick it once they are loaded (default: ours, correctness first).</p>
      </details>

      {loading && (
        <div role="status" className="space-y-1 text-sm" data-testid="dataset-loading" data-phase={loading.phase}>
          <div className="flex flex-wrap items-center gap-2">
            <span>
              {loading.phase === 'download' ? 'Downloading' : loading.phase === 'read' ? 'Reading' : 'Checking'} {loading.name}
              {loading.phase === 'download' && ` — ${fmtBytes(loading.bytesDone)}${loading.bytesTotal ? ` of ${fmtBytes(loading.bytesTotal)}` : ''}`}
              {loading.phase === 'parse' && ' (off the main thread)…'}
            </span>
            <button type="button" className="btn" onClick={cancel}>
              Cancel
            </button>
          </div>
          {loading.phase === 'download' && (
            <div className="h-2 w-full rounded bg-sunken" role="progressbar" aria-label="Download progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct === null ? undefined : Math.round(pct)}>
              <div className={`h-2 rounded bg-accent ${pct === null ? 'w-1/3 animate-pulse' : ''}`} style={pct === null ? undefined : { width: `${pct}%` }} />
            </div>
          )}
        </div>
      )}
      {loadError && <ErrorNotice error={loadError} testId="dataset-error" />}
      {loadNote && (
        <p role="status" className="text-sm text-muted" data-testid="dataset-note">
          {loadNote}
        </p>
      )}
    </div>
  );
}
