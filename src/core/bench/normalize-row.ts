import type { LoadNotes } from './load-notes.ts';
import { parseOrderedJson, repeatedKeysOf } from './ordered-json.ts';
import { asRecord, typeName } from './record.ts';
import type { RecordView } from './record.ts';
import { BENCH_CATEGORIES, BENCH_DOMAINS } from './types.ts';
import type { BenchItem, BenchResponse } from './types.ts';

/** RewardAnything scores each response 1–5; ground truth outside it is reported (and kept). */
const MODEL_SCALE = { min: 1, max: 5 } as const;

/** Field names of the RABench format and the aliases accepted for each (canonical first). */
export const FIELD_ALIASES = {
  id: ['id', 'item_id', 'uid'],
  principle: ['principle', 'rubric'],
  prompt: ['prompt', 'question', 'query', 'instruction'],
  responses: ['responses', 'candidates', 'outputs', 'answers'],
  gt: ['gt', 'ground_truth', 'label', 'gt_scores'],
  category: ['category'],
  domain: ['domain'],
  rationale: ['rationale', 'explanation'],
} as const;

/** Keys of the ranking inside `gt` (canonical first). */
export const RANKING_ALIASES = ['best-to-worst', 'best-to-worse', 'best_to_worst', 'ranking'] as const;
const SCORES_KEY = 'scores';
const RESPONSE_NAME_KEYS = ['name', 'model', 'id'] as const;
const RESPONSE_TEXT_KEYS = ['text', 'response', 'content', 'output'] as const;

export interface RowContext {
  /** Where the row is, for messages: `line 12`, `item 3`, `row 7`. */
  where: string;
  /** Id used when the row has none (the row's position). */
  fallbackId: string;
  source: string;
}

export type RowOutcome = { ok: true; item: BenchItem } | { ok: false; reasons: string[] };

/** Validate one raw row of a RABench-format file and turn it into a {@link BenchItem}, or list what is wrong. */
export function normalizeBenchRow(row: unknown, ctx: RowContext, notes: LoadNotes): RowOutcome {
  const record = asRecord(row);
  if (!record) return { ok: false, reasons: [`expected an object, got ${typeName(row)}`] };
  const reasons: string[] = [];
  const used = new Set<string>();

  const field = (name: keyof typeof FIELD_ALIASES): unknown => {
    const found = pick(record, FIELD_ALIASES[name]);
    if (!found) return undefined;
    used.add(found.key);
    if (found.key !== name) notes.alias(name, found.key, ctx.where);
    return found.value;
  };

  const id = readId(field('id'), ctx, notes, reasons);
  const principle = readText(field('principle'), 'principle', reasons);
  const prompt = readText(field('prompt'), 'prompt', reasons);
  const responses = readResponses(field('responses'), ctx, notes, reasons);
  const category = readLabel(field('category'), 'category', BENCH_CATEGORIES, ctx, notes, reasons);
  const domain = readLabel(field('domain'), 'domain', BENCH_DOMAINS, ctx, notes, reasons);
  const rationaleValue = field('rationale');
  const rationale = typeof rationaleValue === 'string' ? rationaleValue : undefined;

  let gtValue = field('gt');
  if (gtValue === undefined && (record.has(SCORES_KEY) || RANKING_ALIASES.some((k) => record.has(k)))) {
    // Ground truth written at the top level, in the model's own output format.
    gtValue = new Map<string, unknown>(
      [SCORES_KEY, ...RANKING_ALIASES].filter((k) => record.has(k)).map((k) => [k, record.get(k)]),
    );
    for (const k of [SCORES_KEY, ...RANKING_ALIASES]) if (record.has(k)) used.add(k);
    notes.add('ground truth read from top-level "scores" / "best-to-worst" (no "gt" field)', ctx.where);
  }
  const gt = responses ? readGt(gtValue, responses, ctx, notes, reasons) : null;

  if (reasons.length > 0 || id === null || principle === null || prompt === null || !responses || !gt) {
    return { ok: false, reasons };
  }
  const item: BenchItem = { id, source: ctx.source, principle, prompt, responses, gt };
  if (category !== undefined) item.category = category;
  if (domain !== undefined) item.domain = domain;
  if (rationale !== undefined) item.rationale = rationale;
  const meta = readMeta(record, used);
  if (meta) item.meta = meta;
  return { ok: true, item };
}

function pick(record: RecordView, keys: readonly string[]): { key: string; value: unknown } | undefined {
  for (const key of keys) {
    const value = record.get(key);
    if (value !== undefined && value !== null) return { key, value };
  }
  return undefined;
}

function readId(value: unknown, ctx: RowContext, notes: LoadNotes, reasons: string[]): string | null {
  if (value === undefined) {
    notes.add('no "id": the row position was used as id', ctx.where);
    return ctx.fallbackId;
  }
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  reasons.push(`id must be a non-empty string or a number, got ${typeName(value)}`);
  return null;
}

function readText(value: unknown, name: string, reasons: string[]): string | null {
  if (value === undefined) {
    reasons.push(`missing field "${name}"`);
    return null;
  }
  if (typeof value !== 'string') {
    reasons.push(`"${name}" must be a string, got ${typeName(value)}`);
    return null;
  }
  if (value.trim() === '') {
    reasons.push(`"${name}" is empty`);
    return null;
  }
  return value;
}

function readLabel(
  value: unknown,
  name: string,
  known: readonly string[],
  ctx: RowContext,
  notes: LoadNotes,
  reasons: string[],
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    reasons.push(`"${name}" must be a string, got ${typeName(value)}`);
    return undefined;
  }
  const normalized = value.trim().toLowerCase();
  if (known.includes(normalized)) return normalized;
  notes.add(`unknown ${name} "${value}" kept as given (known: ${known.join(', ')})`, ctx.where);
  return value;
}

/** A field given as a JSON string (Parquet and CSV exports often do this) is decoded, order-preserving. */
function decodeJsonString(value: unknown, name: string, ctx: RowContext, notes: LoadNotes, reasons: string[]): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return value;
  const parsed = parseOrderedJson(trimmed);
  if (!parsed.ok) {
    reasons.push(`"${name}" is a string that is not valid JSON (${parsed.error.message} at column ${parsed.error.column})`);
    return undefined;
  }
  notes.add(`"${name}" given as a JSON string (decoded)`, ctx.where);
  return parsed.value;
}

function readResponses(value: unknown, ctx: RowContext, notes: LoadNotes, reasons: string[]): BenchResponse[] | null {
  if (value === undefined) {
    reasons.push('missing field "responses"');
    return null;
  }
  const decoded = decodeJsonString(value, 'responses', ctx, notes, reasons);
  if (decoded === undefined) return null;
  const out: BenchResponse[] = [];
  const problems: string[] = [];
  const record = asRecord(decoded);
  if (record) {
    if (record.plain && hasIntegerLikeKey(record)) {
      notes.add('"responses" object has integer-like names and came without key order: listed in JavaScript key order', ctx.where);
    }
    const repeated = repeatedKeysOf(decoded);
    if (repeated.length > 0) {
      reasons.push(
        `the "responses" object names ${[...new Set(repeated)].map((n) => `"${n}"`).join(', ')} more than once (only the last text would be kept): give each response its own name`,
      );
      return null;
    }
    for (const [name, text] of record.entries) {
      if (typeof text !== 'string') problems.push(`response "${name}" must be a string, got ${typeName(text)}`);
      else out.push({ name, text });
    }
  } else if (Array.isArray(decoded)) {
    decoded.forEach((entry: unknown, index) => {
      const response = readResponseEntry(entry);
      if (typeof response === 'string') problems.push(`responses[${index}]: ${response}`);
      else out.push(response);
    });
  } else {
    reasons.push(`"responses" must be an object {name: text} or an array of {name, text}, got ${typeName(decoded)}`);
    return null;
  }
  if (problems.length > 0) {
    reasons.push(...problems);
    return null;
  }
  if (out.length === 0) {
    reasons.push('"responses" is empty');
    return null;
  }
  if (out.length < 2) {
    reasons.push('"responses" has only one response (at least 2 are needed to rank)');
    return null;
  }
  const seen = new Set<string>();
  for (const { name } of out) {
    if (name.trim() === '') {
      reasons.push('a response has an empty name');
      return null;
    }
    if (seen.has(name)) {
      reasons.push(`response name "${name}" appears twice`);
      return null;
    }
    seen.add(name);
  }
  return out;
}

function readResponseEntry(entry: unknown): BenchResponse | string {
  if (Array.isArray(entry)) {
    const [name, text] = entry as unknown[];
    if (entry.length === 2 && typeof name === 'string' && typeof text === 'string') return { name, text };
    return 'expected {name, text} or [name, text]';
  }
  const record = asRecord(entry);
  if (!record) return `expected {name, text}, got ${typeName(entry)}`;
  const name = pick(record, RESPONSE_NAME_KEYS);
  const text = pick(record, RESPONSE_TEXT_KEYS);
  if (!name) return 'missing "name"';
  if (!text) return 'missing "text"';
  const nameValue = typeof name.value === 'number' ? String(name.value) : name.value;
  if (typeof nameValue !== 'string') return `"name" must be a string, got ${typeName(name.value)}`;
  if (typeof text.value !== 'string') return `"text" must be a string, got ${typeName(text.value)}`;
  return { name: nameValue, text: text.value };
}

function readGt(
  value: unknown,
  responses: readonly BenchResponse[],
  ctx: RowContext,
  notes: LoadNotes,
  reasons: string[],
): BenchItem['gt'] | null {
  if (value === undefined) {
    reasons.push('missing field "gt"');
    return null;
  }
  const before = reasons.length;
  const decoded = decodeJsonString(value, 'gt', ctx, notes, reasons);
  if (decoded === undefined) return null;

  let scoresValue: unknown;
  let rankingValue: unknown;
  const record = asRecord(decoded);
  if (Array.isArray(decoded)) {
    rankingValue = decoded;
    notes.add('"gt" given as a bare ranking list', ctx.where);
  } else if (record) {
    const ranking = pick(record, RANKING_ALIASES);
    if (record.has(SCORES_KEY) || ranking) {
      scoresValue = record.get(SCORES_KEY) ?? undefined;
      if (scoresValue === null) scoresValue = undefined;
      if (ranking) {
        rankingValue = ranking.value;
        if (ranking.key !== 'best-to-worst') notes.alias('gt.best-to-worst', ranking.key, ctx.where);
      }
    } else if (record.entries.length > 0) {
      scoresValue = decoded;
      notes.add('"gt" given as a bare {name: score} object', ctx.where);
    }
  } else {
    reasons.push(`"gt" must be an object {"scores": …, "best-to-worst": …}, got ${typeName(decoded)}`);
    return null;
  }

  const scores = scoresValue === undefined ? null : readScores(scoresValue, ctx, notes, reasons);
  const ranking = rankingValue === undefined ? null : readRanking(rankingValue, ctx, notes, reasons);
  if (reasons.length > before) return null;
  if (!scores && !ranking) {
    reasons.push('"gt" has neither "scores" nor "best-to-worst"');
    return null;
  }

  const names = new Set(responses.map((r) => r.name));
  const unknown = [...new Set([...(scores ?? []).map(([name]) => name), ...(ranking ?? [])])].filter(
    (name) => !names.has(name),
  );
  if (unknown.length > 0) {
    reasons.push(`gt names not among responses: ${unknown.map((n) => JSON.stringify(n)).join(', ')}`);
    return null;
  }

  let finalScores = scores;
  if (!finalScores) {
    const r = ranking ?? [];
    finalScores = r.map((name, index): [string, number] => [name, r.length - index]);
    notes.add('gt scores derived from the ranking (best = N … worst = 1)', ctx.where);
  }
  if (finalScores.length < 2) {
    reasons.push('"gt" scores fewer than 2 responses');
    return null;
  }
  if (finalScores.some(([, score]) => score < MODEL_SCALE.min || score > MODEL_SCALE.max)) {
    notes.add(`gt scores outside ${MODEL_SCALE.min}–${MODEL_SCALE.max}, the scale the model scores on (kept as given: metrics compare their order, not their values)`, ctx.where);
  }
  return { scores: finalScores, ranking: ranking ?? [] };
}

function readScores(value: unknown, ctx: RowContext, notes: LoadNotes, reasons: string[]): Array<[string, number]> | null {
  const decoded = decodeJsonString(value, 'gt.scores', ctx, notes, reasons);
  if (decoded === undefined) return null;
  let entries: ReadonlyArray<readonly [string, unknown]>;
  const record = asRecord(decoded);
  if (record) {
    entries = record.entries;
    if (record.plain && hasIntegerLikeKey(record)) {
      notes.add('"gt.scores" object has integer-like names and came without key order: read in JavaScript key order', ctx.where);
    }
  } else if (Array.isArray(decoded) && decoded.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string')) {
    entries = decoded as Array<[string, unknown]>;
  } else {
    reasons.push(`"gt.scores" must be an object {name: number}, got ${typeName(decoded)}`);
    return null;
  }
  const out = new Map<string, number>();
  const bad: string[] = [];
  for (const [name, raw] of entries) {
    const score = toNumber(raw);
    if (score === null) {
      bad.push(`gt score of "${name}" is not a number (${describeValue(raw)})`);
      continue;
    }
    if (!Number.isFinite(score)) {
      bad.push(`gt score of "${name}" is not finite`);
      continue;
    }
    if (typeof raw === 'string') notes.add('gt scores given as numeric strings (converted)', ctx.where);
    out.set(name, score);
  }
  if (bad.length > 0) {
    reasons.push(...bad);
    return null;
  }
  return [...out];
}

function readRanking(value: unknown, ctx: RowContext, notes: LoadNotes, reasons: string[]): string[] | null {
  const decoded = decodeJsonString(value, 'gt.best-to-worst', ctx, notes, reasons);
  if (decoded === undefined) return null;
  if (!Array.isArray(decoded) || !decoded.every((name) => typeof name === 'string')) {
    reasons.push('"gt.best-to-worst" must be a list of response names');
    return null;
  }
  const ranking = decoded as string[];
  const seen = new Set<string>();
  for (const name of ranking) {
    if (seen.has(name)) {
      reasons.push(`"gt.best-to-worst" lists "${name}" twice`);
      return null;
    }
    seen.add(name);
  }
  return ranking;
}

/** Integer-like keys are the ones JavaScript objects re-order (array-index rule). */
function hasIntegerLikeKey(record: RecordView): boolean {
  return record.entries.some(([name]) => /^(0|[1-9]\d*)$/.test(name));
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isNaN(n) ? null : n;
  }
  return null;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
  return typeName(value);
}

function readMeta(record: RecordView, used: ReadonlySet<string>): Record<string, string | number | boolean> | null {
  const meta: Record<string, string | number | boolean> = {};
  let any = false;
  for (const [key, value] of record.entries) {
    if (used.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
      meta[key] = value;
      any = true;
    } else if (typeof value === 'bigint') {
      meta[key] = Number(value);
      any = true;
    }
  }
  return any ? meta : null;
}
