import { LoadNotes } from './load-notes.ts';
import { normalizeBenchRow } from './normalize-row.ts';
import { parseOrderedJson } from './ordered-json.ts';
import { checkParquetFraming, readParquetRowsAsync, readParquetRowsSync } from './parquet-rows.ts';
import { asRecord, typeName } from './record.ts';
import type { BenchItem, LoadError, LoadResult } from './types.ts';

export type BenchFileFormat = 'json' | 'jsonl' | 'parquet';

export interface ParseBenchOptions {
  /** `source` of every item, e.g. `file:rabench.jsonl`. Default `file`. */
  source?: string;
}

/** At most this many problems are listed; the rest are counted in one final entry. */
export const MAX_LISTED_ERRORS = 1000;

/** Wrapper keys accepted around the item array of a JSON file (`{"items": [...]}`). */
const WRAPPER_KEYS = ['items', 'data', 'examples', 'rows'] as const;

/**
 * Load a RABench-format file (JSON array, JSON Lines or Parquet) into benchmark items. Never throws: each bad row
 * is reported in `errors` with where it is (`item N` for JSON arrays, `line N` for JSONL, `row N` for Parquet; all
 * 1-based) and why, and the valid rows are kept. `notes` tell what was accepted but unusual (aliases, …).
 * Parquet is read synchronously through hyparquet's building blocks; {@link parseBenchFileAsync} uses its public
 * asynchronous reader instead.
 */
export function parseBenchFile(
  content: string | Uint8Array,
  format: BenchFileFormat,
  options: ParseBenchOptions = {},
): LoadResult {
  if (format === 'parquet') {
    return parseParquet(content, options, (bytes) => readParquetRowsSync(bytes));
  }
  return parseText(content, format, options);
}

/** As {@link parseBenchFile}; Parquet goes through hyparquet's public `parquetReadObjects`. Never rejects. */
export async function parseBenchFileAsync(
  content: string | Uint8Array,
  format: BenchFileFormat,
  options: ParseBenchOptions = {},
): Promise<LoadResult> {
  if (format !== 'parquet') return parseText(content, format, options);
  const framing = parquetBytes(content);
  if ('error' in framing) return failure(framing.error);
  try {
    const rows = await readParquetRowsAsync(framing.bytes);
    return collect(rows.map((row, i) => ({ row, where: `row ${i + 1}` })), options, new LoadNotes());
  } catch (error) {
    return failure(`could not read the Parquet file: ${errorMessage(error)}`);
  }
}

function parseParquet(
  content: string | Uint8Array,
  options: ParseBenchOptions,
  read: (bytes: Uint8Array) => Array<Record<string, unknown>>,
): LoadResult {
  const framing = parquetBytes(content);
  if ('error' in framing) return failure(framing.error);
  let rows: Array<Record<string, unknown>>;
  try {
    rows = read(framing.bytes);
  } catch (error) {
    return failure(`could not read the Parquet file: ${errorMessage(error)}`);
  }
  return collect(rows.map((row, i) => ({ row, where: `row ${i + 1}` })), options, new LoadNotes());
}

function parquetBytes(content: string | Uint8Array): { bytes: Uint8Array } | { error: string } {
  if (typeof content === 'string') return { error: 'Parquet is a binary format: pass the file bytes (Uint8Array), not text' };
  const problem = checkParquetFraming(content);
  return problem ? { error: problem } : { bytes: content };
}

function parseText(content: string | Uint8Array, format: 'json' | 'jsonl', options: ParseBenchOptions): LoadResult {
  const decoded = decodeText(content);
  if ('error' in decoded) return failure(decoded.error);
  const text = decoded.text;
  if (text.trim() === '') return failure('file is empty');
  return format === 'json' ? parseJsonText(text, options) : parseJsonLines(text, options);
}

function decodeText(content: string | Uint8Array): { text: string } | { error: string } {
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    if (content.length >= 4 && content[0] === 0x50 && content[1] === 0x41 && content[2] === 0x52 && content[3] === 0x31) {
      return { error: 'this is a Parquet file ("PAR1" header): load it as Parquet' };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return { error: 'file is not valid UTF-8 text' };
    }
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function parseJsonText(text: string, options: ParseBenchOptions): LoadResult {
  const parsed = parseOrderedJson(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    let hint = '';
    if (message.startsWith('unexpected content after') && looksLikeJsonLines(text)) {
      hint = ' (the file looks like JSON Lines: one object per line; load it as JSONL)';
    }
    return failure(`invalid JSON at line ${line}, column ${column}: ${message}${hint}`, `line ${line}, column ${column}`);
  }
  const notes = new LoadNotes();
  const value = parsed.value;
  if (Array.isArray(value)) {
    return collect(value.map((row, i) => ({ row, where: `item ${i + 1}` })), options, notes);
  }
  const record = asRecord(value);
  if (record) {
    for (const key of WRAPPER_KEYS) {
      const inner = record.get(key);
      if (Array.isArray(inner)) {
        notes.addFileNote(`items read from the "${key}" array of the top-level object`);
        return collect(inner.map((row, i) => ({ row, where: `item ${i + 1}` })), options, notes);
      }
    }
    if (record.has('responses') || record.has('prompt') || record.has('principle')) {
      notes.addFileNote('the file holds a single item object (not an array)');
      return collect([{ row: value, where: 'item 1' }], options, notes);
    }
  }
  return failure(
    `expected a JSON array of items (or an object with an "items" array), got ${typeName(value)}`,
  );
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.length > 1 && lines.slice(0, 3).every((line) => parseOrderedJson(line).ok);
}

function parseJsonLines(text: string, options: ParseBenchOptions): LoadResult {
  const entries: RowEntry[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    const parsed = parseOrderedJson(line);
    if (!parsed.ok) {
      entries.push({ where, error: `invalid JSON at column ${parsed.error.column}: ${parsed.error.message}` });
    } else if (Array.isArray(parsed.value)) {
      entries.push({ where, error: 'expected one JSON object per line, got an array (is this a JSON file rather than JSON Lines?)' });
    } else {
      entries.push({ where, row: parsed.value });
    }
  });
  return collect(entries, options, new LoadNotes());
}

/** A raw row with where it is, or a problem found before normalization (e.g. a line that is not JSON). */
type RowEntry = { where: string; row: unknown } | { where: string; error: string };

/** Normalize rows, drop duplicates by id, cap the error list. */
function collect(rows: readonly RowEntry[], options: ParseBenchOptions, notes: LoadNotes): LoadResult {
  const source = options.source ?? 'file';
  const items: BenchItem[] = [];
  const errors: LoadError[] = [];
  const firstWhere = new Map<string, string>();
  for (const entry of rows) {
    const { where } = entry;
    if ('error' in entry) {
      errors.push({ where, message: entry.error });
      continue;
    }
    const { row } = entry;
    const outcome = normalizeBenchRow(row, { where, fallbackId: where.replace(' ', '-'), source }, notes);
    if (!outcome.ok) {
      errors.push({ where, message: outcome.reasons.join('; ') });
      continue;
    }
    const seen = firstWhere.get(outcome.item.id);
    if (seen !== undefined) {
      errors.push({ where, message: `duplicate id "${outcome.item.id}" (first at ${seen}); row skipped` });
      continue;
    }
    firstWhere.set(outcome.item.id, where);
    items.push(outcome.item);
  }
  if (rows.length > 0 && items.length === 0 && errors.length > 0) {
    notes.addFileNote('no valid items: check the format (see the errors)');
  }
  return { items, errors: capErrors(errors), notes: notes.toStrings() };
}

function capErrors(errors: LoadError[]): LoadError[] {
  if (errors.length <= MAX_LISTED_ERRORS) return errors;
  const rest = errors.length - MAX_LISTED_ERRORS;
  return [...errors.slice(0, MAX_LISTED_ERRORS), { where: 'file', message: `… and ${rest} more problems not listed` }];
}

function failure(message: string, where = 'file'): LoadResult {
  return { items: [], errors: [{ where, message }], notes: [] };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
