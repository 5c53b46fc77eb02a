/**
 * Test-only fakes for the bench runner (imported by *.test.ts files only; nothing in the app imports this file).
 */
import type { BenchItem, ChatMessage } from '../../core/index.ts';
import { EngineError } from '../../engine/errors.ts';
import type { JudgeEngine, JudgeOptions, RawJudgment, Sampling } from '../../engine/types.ts';
import type { EngineRef } from '../records.ts';
import type { RunStorage } from './runner.ts';
import { summarizeResult } from './summarize.ts';
import type { ItemResult, ItemSummary, RunRecord } from './types.ts';

/**
 * A fake judge. It reads the masked names from the user message and scores them by name order (model-1 best),
 * unless the prompt holds a directive: `delay:N` (ms before answering, abortable), `garbage` (prose, no JSON),
 * `ctx` (throws context-exceeded), `fatal` (throws not-loaded), `429once` (rate-limited on the first call),
 * `down` (always server-error), `cutonce` (the first stream breaks before the answer).
 */
export class FakeEngine implements JudgeEngine {
  readonly kind: 'webllm' | 'openai';
  active = 0;
  maxActive = 0;
  started: string[] = [];
  calls = 0;
  private readonly seen429 = new Set<string>();
  private readonly seenCut = new Set<string>();

  constructor(kind: 'webllm' | 'openai' = 'openai') {
    this.kind = kind;
  }

  async load() {
    return { modelId: 'fake', contextWindow: 8192, loadMs: 0 };
  }
  async unload() {}

  async judge(messages: ChatMessage[], _sampling: Sampling, opts: JudgeOptions): Promise<RawJudgment> {
    this.calls++;
    const user = JSON.parse(messages[1]!.content) as { prompt: string; responses: Record<string, string> };
    const prompt = user.prompt;
    this.started.push(prompt);
    const names = Object.keys(user.responses).sort();
    if (prompt.includes('ctx')) throw new EngineError('context-exceeded', 'Too long.', 'Shorten it.');
    if (prompt.includes('fatal')) throw new EngineError('not-loaded', 'No model.', 'Load one.');
    if (prompt.includes('down')) throw new EngineError('server-error', 'Server error 500.', 'Try later.');
    if (prompt.includes('429once') && !this.seen429.has(prompt)) {
      this.seen429.add(prompt);
      throw new EngineError('rate-limited', 'Too many requests.', 'Wait.');
    }
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      const delay = Number(/delay:(\d+)/.exec(prompt)?.[1] ?? 0);
      const head = '<think>thinking</think>';
      opts.onDelta(head);
      if (delay > 0) {
        const aborted = await new Promise<boolean>((resolve) => {
          const t = setTimeout(() => resolve(false), delay);
          opts.signal.addEventListener('abort', () => {
            clearTimeout(t);
            resolve(true);
          }, { once: true });
        });
        if (aborted) return { text: head, finishReason: 'abort', stats: stats() };
      }
      if (prompt.includes('cutonce') && !this.seenCut.has(prompt)) {
        this.seenCut.add(prompt);
        return { text: head, finishReason: 'incomplete', errorMessage: 'The server closed the stream.', stats: stats() };
      }
      const body = prompt.includes('garbage')
        ? 'I cannot decide.'
        : JSON.stringify({ scores: Object.fromEntries(names.map((n, i) => [n, Math.max(1, 5 - i)])), 'best-to-worst': names });
      opts.onDelta(body);
      return { text: head + body, finishReason: 'stop', stats: stats() };
    } finally {
      this.active--;
    }
  }
}

function stats() {
  return { timeToFirstTokenMs: 1, prefillTokensPerSec: 1000, decodeTokensPerSec: 50, endToEndMs: 2, promptTokens: 10, completionTokens: 20 };
}

export class MemoryStorage implements RunStorage {
  items = new Map<string, BenchItem>();
  results = new Map<string, ItemResult>();
  runs = new Map<string, RunRecord>();
  writes: number[] = [];

  addItems(runId: string, items: BenchItem[]): void {
    items.forEach((item, i) => this.items.set(`${runId}:${i}`, item));
  }
  async getItem(runId: string, index: number): Promise<BenchItem> {
    const item = this.items.get(`${runId}:${index}`);
    if (!item) throw new Error(`no item ${index}`);
    return item;
  }
  async putResult(result: ItemResult): Promise<void> {
    this.writes.push(result.index);
    this.results.set(`${result.runId}:${result.index}`, structuredClone(result));
  }
  async putRun(run: RunRecord): Promise<void> {
    this.runs.set(run.id, structuredClone(run));
  }
  finishedOf(runId: string): Map<number, boolean> {
    const m = new Map<number, boolean>();
    for (const r of this.results.values()) if (r.runId === runId) m.set(r.index, r.failed);
    return m;
  }
}

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
  return {
    id,
    name: 'test run',
    createdAt: 0,
    updatedAt: 0,
    dataset: { id: 'ds', name: 'test', kind: 'rabench', origin: 'test' },
    itemIds: items.map((i) => i.id),
    principleOverride: null,
    engine: FAKE_ENGINE_REF,
    sampling: { temperature: 0, top_p: 1, max_tokens: 512, enable_thinking: true },
    mask: true,
    subset: { filter: {}, size: items.length, seed: 1, pool: items.length },
    concurrency: 1,
    status: 'paused',
    interrupted: false,
    counts: { done: 0, failed: 0 },
    activeMs: 0,
    lastError: null,
    imported: false,
    ...extra,
  };
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
