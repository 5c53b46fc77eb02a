import { detectRMBenchDomain, fromRMBenchDetailed, type RMBenchDomain } from './rmbench.ts';
import { fromPairwise } from './pairwise-dataset.ts';
import { fromRewardBench2 } from './rewardbench2.ts';
import { parseBenchFileAsync } from './parse-bench-file.ts';
import type { BenchItem, LoadError } from './types.ts';
import type { DatasetFormat, DatasetKind } from '../records/run.ts';
import { readParquetRowsAsync } from './parquet-rows.ts';

export interface ParseFile {
  name: string;
  bytes: Uint8Array;
}

export interface ParseOptions {
  /**
   * 'auto' looks at the file: RABench rows have responses, RewardBench 2 rows `num_correct` and `subset`, RM-Bench rows
   * three chosen and three rejected, pairs one each.
   */
  kind: DatasetKind | 'auto';
  format: DatasetFormat | 'auto';
  /** Principle given to every RM-Bench / RewardBench 2 / pairwise item (they have none). */
  principle: string;
  /** Domain for RM-Bench files whose name does not say it, and for pairwise items ('' = none). */
  domain: string;
  /** `source` of every item; default by kind (`file:<name>`, `rm-bench`, `pairwise`). */
  source?: string;
}

export interface ParseRequest extends ParseOptions {
  files: ParseFile[];
}

export interface ParsedFile {
  name: string;
  kind: DatasetKind;
  format: DatasetFormat;
  items: number;
  errors: number;
}

export interface ParseResponse {
  items: BenchItem[];
  errors: LoadError[];
  notes: string[];
  /** The kind shared by the files, or 'rabench' when they differ. */
  kind: DatasetKind;
  files: ParsedFile[];
}

const RM_DOMAINS: readonly string[] = ['chat', 'code', 'math', 'safety'];

/** Format from the name, then from the bytes (Parquet magic; one JSON object per line → JSONL). */
export function detectFormat(name: string, bytes: Uint8Array): DatasetFormat {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31) return 'parquet';
  const lower = name.toLowerCase();
  if (lower.endsWith('.parquet')) return 'parquet';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] !== 0x7b /* { */) return 'json';
  // An object first: JSONL when its first line is a whole JSON value and more follows.
  const nl = bytes.indexOf(0x0a, i);
  if (nl < 0) return 'json';
  const first = new TextDecoder().decode(bytes.subarray(i, nl));
  try {
    JSON.parse(first);
  } catch {
    return 'json';
  }
  const rest = new TextDecoder().decode(bytes.subarray(nl, Math.min(bytes.length, nl + 4096))).trim();
  return rest.startsWith('{') ? 'jsonl' : 'json';
}

/** Kind from the first part of a JSON / JSONL text. */
export function sniffKind(head: string): DatasetKind {
  if (/"(responses|candidates|outputs|answers)"\s*:/.test(head)) return 'rabench';
  if (/"num_correct"\s*:/.test(head) && /"subset"\s*:/.test(head)) return 'rewardbench2';
  if (/"chosen"\s*:\s*\[\s*"/.test(head)) return 'rmbench';
  if (/"chosen"\s*:/.test(head)) return 'pairwise';
  return 'rabench';
}

/** Kind from a parsed row (Parquet, or the first JSON row). */
export function rowKind(row: unknown): DatasetKind {
  if (typeof row !== 'object' || row === null) return 'rabench';
  const r = row as Record<string, unknown>;
  if (['responses', 'candidates', 'outputs', 'answers'].some((k) => k in r)) return 'rabench';
  const chosen = r.chosen;
  if (Array.isArray(chosen) && 'num_correct' in r && 'subset' in r) return 'rewardbench2';
  if (Array.isArray(chosen) && chosen.length === 3 && chosen.every((c) => typeof c === 'string')) return 'rmbench';
  if ('chosen' in r) return 'pairwise';
  return 'rabench';
}

/**
 * Reads benchmark files into items. Never throws: each file's problems are reported with where they are (prefixed
 * by the file name when there are several), the valid rows are kept, and ids repeated across files are skipped.
 */
export async function parseDatasetFiles(req: ParseRequest): Promise<ParseResponse> {
  const items: BenchItem[] = [];
  const errors: LoadError[] = [];
  const notes: string[] = [];
  const files: ParsedFile[] = [];
  const seen = new Map<string, string>();
  const many = req.files.length > 1;
  for (const file of req.files) {
    const prefix = many ? `${file.name}: ` : '';
    let out: FileOutcome;
    try {
      out = await parseOne(file, req);
    } catch (e) {
      out = { kind: 'rabench', format: 'json', items: [], errors: [{ where: 'file', message: `could not read the file: ${e instanceof Error ? e.message : String(e)}` }], notes: [] };
    }
    let kept = 0;
    for (const item of out.items) {
      const first = seen.get(item.id);
      if (first !== undefined) {
        out.errors.push({ where: 'file', message: `duplicate id "${item.id}" (already in ${first}); row skipped` });
        continue;
      }
      seen.set(item.id, file.name);
      items.push(item);
      kept++;
    }
    errors.push(...out.errors.map((e) => ({ where: `${prefix}${e.where}`, message: e.message })));
    notes.push(...out.notes.map((n) => `${prefix}${n}`));
    files.push({ name: file.name, kind: out.kind, format: out.format, items: kept, errors: out.errors.length });
  }
  const kinds = new Set(files.map((f) => f.kind));
  return { items, errors, notes, files, kind: kinds.size === 1 ? files[0]!.kind : 'rabench' };
}

interface FileOutcome {
  kind: DatasetKind;
  format: DatasetFormat;
  items: BenchItem[];
  errors: LoadError[];
  notes: string[];
}

async function parseOne(file: ParseFile, req: ParseOptions): Promise<FileOutcome> {
  const format = req.format === 'auto' ? detectFormat(file.name, file.bytes) : req.format;
  if (format === 'parquet') {
    let kind = req.kind;
    let rows: Array<Record<string, unknown>> | null = null;
    if (kind !== 'rabench') {
      try {
        rows = await readParquetRowsAsync(file.bytes);
      } catch (e) {
        return { kind: kind === 'auto' ? 'rabench' : kind, format, items: [], errors: [{ where: 'file', message: `could not read the Parquet file: ${e instanceof Error ? e.message : String(e)}` }], notes: [] };
      }
      if (kind === 'auto') kind = rowKind(rows[0]);
    }
    if (kind === 'rabench' || !rows) {
      const r = await parseBenchFileAsync(file.bytes, 'parquet', { source: req.source ?? `file:${file.name}` });
      return { kind: 'rabench', format, ...r };
    }
    return { kind, format, ...convertRows(rows, kind, file.name, req, (i) => `row ${i + 1}`) };
  }

  const head = new TextDecoder().decode(file.bytes.subarray(0, 256 * 1024));
  const kind = req.kind === 'auto' ? sniffKind(head) : req.kind;
  if (kind === 'rabench') {
    const r = await parseBenchFileAsync(file.bytes, format, { source: req.source ?? `file:${file.name}` });
    return { kind, format, ...r };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return { kind, format, items: [], errors: [{ where: 'file', message: 'file is not valid UTF-8 text' }], notes: [] };
  }
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { kind, format, items: [], errors: [{ where: 'file', message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` }], notes: [] };
    }
    if (!Array.isArray(data) && typeof data === 'object' && data !== null) {
      const inner = (data as Record<string, unknown>).data ?? (data as Record<string, unknown>).items;
      if (Array.isArray(inner)) data = inner;
    }
    if (!Array.isArray(data)) return { kind, format, items: [], errors: [{ where: 'file', message: `expected a JSON array of ${kind === 'rmbench' ? 'RM-Bench entries' : kind === 'rewardbench2' ? 'RewardBench 2 rows' : '{prompt, chosen, rejected} pairs'}` }], notes: [] };
    return { kind, format, ...convertRows(data, kind, file.name, req, (i) => `item ${i + 1}`) };
  }
  // JSONL: one entry per line; positions are line numbers.
  const rows: unknown[] = [];
  const lineOf: number[] = [];
  const lineErrors: LoadError[] = [];
  text.split('\n').forEach((line, n) => {
    if (line.trim() === '') return;
    try {
      rows.push(JSON.parse(line));
      lineOf.push(n + 1);
    } catch (e) {
      lineErrors.push({ where: `line ${n + 1}`, message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` });
    }
  });
  const r = convertRows(rows, kind, file.name, req, (i) => `line ${lineOf[i] ?? i + 1}`);
  return { kind, format, items: r.items, errors: [...lineErrors, ...r.errors], notes: r.notes };
}

/** RM-Bench or pairwise rows to items; `where(i)` names row i (0-based) in messages. */
function convertRows(
  rows: readonly unknown[],
  kind: 'rmbench' | 'rewardbench2' | 'pairwise',
  fileName: string,
  req: ParseOptions,
  where: (i: number) => string,
): { items: BenchItem[]; errors: LoadError[]; notes: string[] } {
  const relabel = (text: string) => text.replace(/\bitem (\d+)\b/g, (_, n: string) => where(Number(n) - 1));
  if (kind === 'rewardbench2') {
    return fromRewardBench2(rows, { principle: req.principle, source: req.source ?? `file:${fileName}`, where });
  }
  if (kind === 'pairwise') {
    const r = fromPairwise([...rows], { principle: req.principle, domain: req.domain || undefined, source: req.source });
    return { items: r.items, errors: r.errors.map((e) => ({ where: relabel(e.where), message: e.message })), notes: r.notes.map(relabel) };
  }
  const fileDomain = detectRMBenchDomain(fileName) ?? (RM_DOMAINS.includes(req.domain) ? (req.domain as RMBenchDomain) : null);
  const items: BenchItem[] = [];
  const errors: LoadError[] = [];
  const notes: string[] = [];
  let fromField = 0;
  rows.forEach((row, i) => {
    let domain = fileDomain;
    if (domain === null && typeof row === 'object' && row !== null && typeof (row as Record<string, unknown>).domain === 'string') {
      domain = detectRMBenchDomain(String((row as Record<string, unknown>).domain));
      if (domain) fromField++;
    }
    if (domain === null) {
      errors.push({ where: where(i), message: `cannot tell the RM-Bench domain: the file name "${fileName}" names none of chat, code, math, safety; pick the domain and load again` });
      return;
    }
    const r = fromRMBenchDetailed([row], { principle: req.principle, domain, source: req.source });
    // Ids use the position in the file when the entry has none.
    for (const item of r.items) {
      if (item.meta?.rmbench_id === undefined) item.id = `rm-bench-${domain}-${i + 1}`;
      items.push(item);
    }
    for (const e of r.errors) errors.push({ where: where(i), message: e.message });
  });
  if (fromField > 0) notes.push(`domain read from each entry's "domain" field (${fromField} rows)`);
  return { items, errors, notes };
}
