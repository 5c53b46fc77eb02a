/**
 * Test-only fakes for the bench runner (imported by *.test.ts files only; nothing in the app imports this file).
 */
import type { BenchItem, ChatMessage, ItemResult, RunRecord, TokenLogprob } from '../../core/index.ts';
import { EngineError } from '../../engine/errors.ts';
import type { JudgeEngine, JudgeOptions, RawJudgment, Sampling } from '../../engine/types.ts';
import type { RunStorage } from './runner.ts';

/**
 * A fake judge. It reads the masked names from the user message and scores them by name order (model-1 best),
 * unless the prompt holds a directive: `delay:N` (ms before answering, abortable), `garbage` (prose, no JSON),
 * `ctx` (throws context-exceeded), `fatal` (throws not-loaded), `429once` (rate-limited on the first call),
 * `down` (always server-error), `cutonce` (the first stream breaks before the answer), `longthink` (the reasoning runs to
 * max_tokens; continued after it, the answer alone is written). Asked for log probabilities, it
 * sends one token per character, each score digit with the written score at 70% and the next one down (up for 1) at
 * 30%, unless the prompt holds `nologprobs`.
 */
export class FakeEngine implements JudgeEngine {
  readonly kind: 'webllm' | 'openai';
  active = 0;
  maxActive = 0;
  started: string[] = [];
  calls = 0;
  /** The grammar and log-probability count of each request, in order. */
  asked: Array<{ grammar: boolean; topLogprobs: number | null }> = [];
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
    this.asked.push({ grammar: typeof opts.grammar === 'string', topLogprobs: opts.topLogprobs ?? null });
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
      const head = opts.continueFrom ? '' : '<think>thinking</think>';
      if (prompt.includes('longthink') && !opts.continueFrom) {
        opts.onDelta('<think>thinking on and on');
        return { text: '<think>thinking on and on', finishReason: 'length', stats: stats() };
      }
      if (this.kind === 'openai') opts.onOpen?.();
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
      const logprobs = opts.topLogprobs && !prompt.includes('nologprobs') ? characterLogprobs(head + body) : undefined;
      return { text: head + body, finishReason: 'stop', stats: stats(), ...(logprobs ? { logprobs } : {}) };
    } finally {
      this.active--;
    }
  }
}

function characterLogprobs(text: string): TokenLogprob[] {
  return [...text].map((token, i) => {
    if (!/[1-5]/.test(token) || text[i - 1] !== ':') return { token, logprob: 0, top_logprobs: [{ token, logprob: 0 }] };
    const other = String(token === '1' ? 2 : Number(token) - 1);
    return { token, logprob: Math.log(0.7), top_logprobs: [{ token, logprob: Math.log(0.7) }, { token: other, logprob: Math.log(0.3) }] };
  });
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

export { benchItem, FAKE_ENGINE_REF, runRecord, itemResult, sampleSummaries } from '../../core/records/records.testkit.ts';
