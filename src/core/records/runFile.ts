import * as v from 'valibot';
import type { BenchItem } from '../bench/index.ts';
import { DEFAULT_SAMPLING } from './sampling.ts';
import type { ItemResult, RunRecord } from './run.ts';
import { checkRunFigures } from './runFigures.ts';
import { checkResultExpected } from './resultExpected.ts';

export const RUN_EXPORT_KIND = 'rewardanything-bench-run';
export const RUN_EXPORT_VERSION = 1;

/** One exported item: its inputs and ground truth, and its result (null when it was never judged). */
export interface ExportedItem {
  index: number;
  item: BenchItem;
  result: ItemResult | null;
}

export interface RunExport {
  kind: typeof RUN_EXPORT_KIND;
  version: typeof RUN_EXPORT_VERSION;
  exportedAt: string;
  run: RunRecord;
  items: ExportedItem[];
}

/**
 * A run as one JSON document: the run record, and every item with its inputs, ground truth, raw output, parsed
 * result, diagnostics and timings. Holds no API key (run records keep the server's base URL only).
 */
export function buildRunExport(run: RunRecord, items: readonly BenchItem[], results: ReadonlyMap<number, ItemResult>, now = new Date()): string {
  const doc: RunExport = {
    kind: RUN_EXPORT_KIND,
    version: RUN_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    run,
    items: items.map((item, index) => ({ index, item, result: results.get(index) ?? null })),
  };
  return JSON.stringify(doc, null, 1);
}

const Named = v.tuple([v.string(), v.number()]);
const ItemSchema = v.looseObject({
  id: v.string(),
  source: v.string(),
  principle: v.string(),
  prompt: v.string(),
  responses: v.array(v.looseObject({ name: v.string(), text: v.string() })),
  gt: v.looseObject({ scores: v.array(Named), ranking: v.array(v.string()) }),
  category: v.optional(v.string()),
  domain: v.optional(v.string()),
});
const ResultSchema = v.looseObject({
  index: v.number(),
  raw: v.string(),
  failed: v.boolean(),
  parsed: v.nullable(v.looseObject({ reasoning: v.string(), scores: v.array(Named), ranking: v.array(v.string()) })),
  ms: v.number(),
});
const RunSchema = v.looseObject({
  id: v.string(),
  name: v.string(),
  createdAt: v.number(),
  status: v.picklist(['running', 'paused', 'done', 'cancelled']),
  engine: v.looseObject({ kind: v.picklist(['webllm', 'openai']), modelId: v.string() }),
});
const ExportSchema = v.looseObject({
  kind: v.literal(RUN_EXPORT_KIND),
  version: v.number(),
  run: RunSchema,
  items: v.array(v.looseObject({ index: v.number(), item: ItemSchema, result: v.nullable(ResultSchema) })),
});

export type ParsedRunImport = { ok: true; run: RunRecord; items: BenchItem[]; results: ItemResult[]; note: string | null } | { ok: false; error: string };

/**
 * Reads an exported run for viewing and comparing. The run gets a new id (so importing twice, or into the browser
 * that made it, never overwrites anything) and is marked imported; a run exported while running comes in paused.
 */
export function parseRunExport(text: string, newId: string): ParsedRunImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind !== RUN_EXPORT_KIND) {
    return { ok: false, error: `not an exported benchmark run (expected "kind": "${RUN_EXPORT_KIND}")` };
  }
  const parsed = v.safeParse(ExportSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `the file does not have the expected shape${path ? ` at ${path}` : ''}: ${issue.message}` };
  }
  if (parsed.output.version > RUN_EXPORT_VERSION) return { ok: false, error: `made by a newer version of the app (format ${parsed.output.version})` };
  const doc = data as RunExport;
  const sorted = [...doc.items].sort((a, b) => a.index - b.index);
  if (sorted.some((e, i) => e.index !== i)) return { ok: false, error: 'item indices are not 0, 1, 2, … in order' };
  const items = sorted.map((e) => e.item);
  const results: ItemResult[] = [];
  for (const e of sorted) {
    if (!e.result) continue;
    results.push(checkResultExpected({ ...e.result, runId: newId, index: e.index, itemId: e.item.id, attempts: e.result.attempts ?? 1, failure: e.result.failure ?? (e.result.failed ? 'unparseable' : null) }));
  }
  const src = doc.run;
  let failed = 0;
  for (const r of results) if (r.failed) failed++;
  const run: RunRecord = {
    ...src,
    id: newId,
    name: src.name,
    itemIds: items.map((i) => i.id),
    principleOverride: src.principleOverride ?? null,
    sampling: src.sampling ?? { ...DEFAULT_SAMPLING },
    mask: src.mask ?? true,
    subset: src.subset ?? { filter: {}, size: items.length, seed: 0, pool: items.length },
    concurrency: src.concurrency ?? 1,
    dataset: src.dataset ?? { id: 'imported', name: 'imported', kind: 'rabench', origin: 'imported' },
    status: src.status === 'running' ? 'paused' : src.status,
    interrupted: false,
    counts: { done: results.length, failed },
    activeMs: src.activeMs ?? 0,
    lastError: null,
    imported: true,
    updatedAt: Date.now(),
  };
  const checked = checkRunFigures(run);
  return { ok: true, run: checked.run, items, results, note: checked.problem };
}
