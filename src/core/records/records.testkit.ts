// Record factories for tests: bench items, run records, item results and summaries.
import type { BenchItem } from '../bench/index.ts';
import type { EngineRef } from './judgmentRecord.ts';
import { summarizeResult } from './itemSummary.ts';
import type { ItemResult, ItemSummary, RunRecord } from './run.ts';
import { newRunRecord } from './newRun.ts';

export function benchItem(id: string, prompt: string, extra: Partial<BenchItem> = {}): BenchItem {
  return {
    id,
    source: 'test',
    principle: 'Prefer the better answer.',
    prompt,
    responses: [
      { name: 'A', text: 'first' },
      { name: 'B', text: 'second' },
      { name: 'C', text: 'third' },
    ],
    gt: { scores: [['A', 3], ['B', 2], ['C', 1]], ranking: ['A', 'B', 'C'] },
    ...extra,
  };
}

export const FAKE_ENGINE_REF: EngineRef = { kind: 'openai', modelId: 'fake', baseUrl: 'http://fake/v1', contextWindow: 8192 };

export function runRecord(id: string, items: BenchItem[], extra: Partial<RunRecord> = {}): RunRecord {
  const run = newRunRecord({
    id,
    now: 0,
    name: 'test run',
    dataset: { id: 'ds', name: 'test', kind: 'rabench', origin: 'test' },
    items,
    principleOverride: null,
    engine: FAKE_ENGINE_REF,
    sampling: { temperature: 0, top_p: 1, max_tokens: 512, enable_thinking: true },
    mask: true,
    subset: { filter: {}, size: items.length, seed: 1, pool: items.length },
    concurrency: 1,
  });
  return { ...run, ...extra };
}

/** A finished item's result with the given scores and ranking (or a failure). */
export function itemResult(index: number, scores: Array<[string, number]>, ranking: string[], failed = false): ItemResult {
  return {
    runId: 'r', index, itemId: `i${index}`, input: { principle: 'p', prompt: 'q', responses: [] }, mask: true, maskedToReal: null,
    engine: { kind: 'webllm', modelId: 'm', contextWindow: 8192 }, raw: 'x', finishReason: 'stop', error: null,
    parsed: failed ? null : { reasoning: '', scores, ranking, diagnostics: {} as never },
    stats: null, failed, failure: failed ? 'unparseable' : null, startedAt: 0, finishedAt: 0, ms: 10, attempts: 1,
  };
}

/** Twelve summaries over two domains and two categories: 8 right, 3 reversed, 1 failed (24 of 36 pairs right). */
export function sampleSummaries(): ItemSummary[] {
  const out: ItemSummary[] = [];
  for (let i = 0; i < 12; i++) {
    const item = benchItem(`i${i}`, 'q', { domain: i % 2 ? 'chat' : 'code', category: i % 3 ? 'tone' : 'logic' });
    const good = i % 4 !== 0;
    const r = itemResult(i, good ? [['A', 5], ['B', 3], ['C', 1]] : [['A', 1], ['B', 3], ['C', 5]], good ? ['A', 'B', 'C'] : ['C', 'B', 'A'], i === 11);
    out.push(summarizeResult(item, r));
  }
  return out;
}
