import { JudgeInputInvalid, countsOf, resultExpectedOf, type BenchItem, type JudgmentRecord, classifyFailure, summarizeResult, type ItemResult, type ItemSummary, type LiveItem, type RunError, type RunFigures, type RunRecord, type RunStatus } from '../../core/index.ts';
import type { JudgeEngine } from '../../engine/types.ts';
import { runJudgment } from '../judge/runJudgment.ts';
import type { LiveJudgment } from '../../core/index.ts';
import { retryingEngine, type RetryPolicy } from '../judge/retryingEngine.ts';

/** Where the runner reads items and writes results and the run (IndexedDB in the app, memory in tests). */
export interface RunStorage {
  getItem(runId: string, index: number): Promise<BenchItem>;
  putResult(result: ItemResult): Promise<void>;
  putRun(run: RunRecord): Promise<void>;
  /** Items' results and the updated run in one write (one commit for many items); putResult + putRun when absent. */
  putResultsAndRun?(results: readonly ItemResult[], run: RunRecord): Promise<void>;
}

export interface RunnerCallbacks {
  /** The run record changed (status, counts, time). Receives a copy. */
  onRun?(run: RunRecord): void;
  /** An item finished and its result is stored. */
  onResult?(summary: ItemSummary, result: ItemResult): void;
  /** What an in-flight item has streamed so far (at most once per animation frame per item). */
  onLive?(live: LiveItem): void;
  /** The item is no longer in flight (finished, failed or aborted). */
  onLiveEnd?(index: number): void;
}

export interface RunnerOptions {
  run: RunRecord;
  engine: JudgeEngine;
  storage: RunStorage;
  /** Indices to judge, in this order (resume: those without a result; retry: the ones picked). */
  pending: readonly number[];
  /** Index → failed, for every item that already has a result (for the counts and the final status). */
  finished: ReadonlyMap<number, boolean>;
  /** Requests in flight; the browser engine takes 1. */
  concurrency: number;
  /** Back-off on 429 / 5xx (servers); none when omitted. */
  retry?: RetryPolicy;
  callbacks?: RunnerCallbacks;
}

/**
 * Errors that would fail every item the same way (no model, the worker or GPU gone, the server unreachable or
 * refusing us): the run pauses with the error instead of failing items one by one, and resumes where it stopped.
 */
const FATAL_KINDS = new Set([
  'not-loaded', 'worker-crashed', 'device-lost', 'out-of-memory', 'webgpu-missing', 'shader-f16-missing',
  'model-library', 'bad-config', 'unreachable', 'cors', 'unauthorized', 'unknown-model', 'network',
]);

/** This many engine errors in a row (no output at all) pause the run too: something is wrong beyond one item. */
export const MAX_CONSECUTIVE_ENGINE_ERRORS = 3;

const REASONING_TAIL = 1500;

/** The live rates' window. */
export const RECENT_MS = 10_000;

export interface RunProgressNow {
  /** Items a worker has taken (asked for), and requests the server has open (actual). */
  inFlight: number;
  open: number;
  /** Over the last 10 s (null in the first second, or before any item finished). */
  itemsPerSec: number | null;
  tokensPerSec: number | null;
}

type Outcome = { kind: 'stored' } | { kind: 'discarded' } | { kind: 'fatal'; error: RunError };

/**
 * Runs a benchmark run's pending items through one engine. A pool of `concurrency` workers takes the next pending
 * index in order; every finished item is written at once under [runId, index] (so results keep item order whatever
 * order they finish in), then reported. Pause and cancel stop scheduling and abort the items in flight: those are
 * not stored and run again on resume. Only the runner's own work happens here; the judgment itself is runJudgment.
 */
export class BenchRunner {
  private readonly run: RunRecord;
  private readonly queue: number[];
  private readonly finished: Map<number, boolean>;
  private readonly inflight = new Map<number, AbortController>();
  private stopReason: 'pause' | 'cancel' | 'fatal' | null = null;
  private fatal: RunError | null = null;
  private consecutiveEngineErrors = 0;
  private sessionStart = 0;
  private readonly baseActiveMs: number;
  private readonly o: RunnerOptions;
  /** The next items' inputs, read while the current ones are judged (at most `concurrency` ahead). */
  private readonly prefetched = new Map<number, Promise<BenchItem>>();
  /**
   * Results waiting to be written. One write at a time commits while items go on being judged; whatever finished
   * meanwhile goes into the next write, together (with 64 in flight, tens of items per commit instead of one each).
   */
  private readonly toWrite: Array<{ result: ItemResult; summary: ItemSummary }> = [];
  private writer: Promise<void> | null = null;
  /** A write failed: nothing else will work either (quota, a closed database). */
  private writeError: unknown = null;

  /**
   * Items whose request is open: the server has answered it (headers in) or its answer is streaming. What is really
   * in flight, whatever was asked: over HTTP/1.1 the browser holds all but 6 back before they are sent.
   */
  private readonly open = new Set<number>();
  /** When each recent item finished and its output tokens (the last RECENT_MS), for the live rates. */
  private readonly recent: Array<{ at: number; tokens: number }> = [];

  constructor(o: RunnerOptions) {
    this.o = o;
    this.run = { ...o.run, counts: { ...o.run.counts }, figures: copyFigures(o.run.figures) };
    this.queue = [...o.pending];
    this.finished = new Map(o.finished);
    this.baseActiveMs = o.run.activeMs;
  }

  get runId(): string {
    return this.run.id;
  }

  /** The protocol the browser speaks to the server, once known (kept in the run's figures). */
  setProtocol(protocol: string): void {
    this.figures.protocol = protocol;
  }

  private get figures(): RunFigures {
    return (this.run.figures ??= copyFigures(undefined));
  }

  /** Indices judged right now. */
  get inFlight(): number[] {
    return [...this.inflight.keys()];
  }

  /** The run as it goes: requests taken and open now, and items and tokens per second over the last 10 s. */
  progress(now = performance.now()): RunProgressNow {
    while (this.recent.length > 0 && this.recent[0]!.at < now - RECENT_MS) this.recent.shift();
    // Early in a session the window is the time since it started (not yet 10 s).
    const seconds = Math.min(RECENT_MS, now - this.sessionStart) / 1000;
    let tokens = 0;
    for (const r of this.recent) tokens += r.tokens;
    const rates = seconds >= 1 && this.recent.length > 0;
    return {
      inFlight: this.inflight.size,
      open: this.open.size,
      itemsPerSec: rates ? this.recent.length / seconds : null,
      tokensPerSec: rates ? tokens / seconds : null,
    };
  }

  /** Runs until every pending item is done, or pause / cancel / a fatal error; resolves with the final run. */
  async start(): Promise<RunRecord> {
    const previous = this.run.status;
    this.sessionStart = performance.now();
    this.run.status = 'running';
    this.run.interrupted = false;
    this.run.lastError = null;
    await this.saveRun();
    const workers = Math.max(1, Math.min(this.o.concurrency, this.queue.length));
    await Promise.all(Array.from({ length: workers }, () => this.worker()));
    await this.writer;
    if (this.writeError !== null) {
      this.fatal ??= storageError(this.writeError);
      this.stopReason ??= 'fatal';
    }
    this.run.status = this.finalStatus(previous);
    this.run.lastError = this.fatal;
    await this.saveRun();
    return { ...this.run };
  }

  /** Stop scheduling, abort what is in flight (it runs again on resume); the run ends "paused". */
  pause(): void {
    this.stop('pause');
  }

  /** As pause, but the run ends "cancelled" (it can still be resumed later). */
  cancel(): void {
    this.stop('cancel');
  }

  private stop(reason: 'pause' | 'cancel' | 'fatal'): void {
    if (this.stopReason === null || reason === 'cancel') this.stopReason = reason;
    for (const c of this.inflight.values()) c.abort();
  }

  private finalStatus(previous: RunStatus): RunStatus {
    if (this.stopReason === 'cancel') return 'cancelled';
    if (this.stopReason !== null) return 'paused';
    if (this.finished.size >= this.run.itemIds.length) return 'done';
    return previous === 'cancelled' ? 'cancelled' : 'paused';
  }

  private async worker(): Promise<void> {
    while (this.stopReason === null) {
      const index = this.queue.shift();
      if (index === undefined) return;
      const controller = new AbortController();
      this.inflight.set(index, controller);
      let outcome: Outcome;
      try {
        outcome = await this.judgeOne(index, controller.signal);
      } catch (e) {
        // Storage failed (quota, a closed database): nothing else will work either.
        outcome = { kind: 'fatal', error: storageError(e) };
      } finally {
        this.inflight.delete(index);
        this.o.callbacks?.onLiveEnd?.(index);
      }
      if (outcome.kind === 'fatal') {
        this.queue.unshift(index);
        this.fatal ??= outcome.error;
        this.stop('fatal');
      }
    }
  }

  /** Starts reading the next pending item, so its read overlaps the engine's work on this one. */
  private prefetchNext(): void {
    const next = this.queue[0];
    if (next === undefined || this.prefetched.has(next)) return;
    const p = this.o.storage.getItem(this.run.id, next);
    p.catch(() => {}); // a failed read surfaces when the item is taken
    this.prefetched.set(next, p);
  }

  private takeItem(index: number): Promise<BenchItem> {
    const p = this.prefetched.get(index);
    this.prefetched.delete(index);
    return p ?? this.o.storage.getItem(this.run.id, index);
  }

  private async judgeOne(index: number, signal: AbortSignal): Promise<Outcome> {
    const run = this.run;
    const item = await this.takeItem(index);
    this.prefetchNext();
    if (signal.aborted) return { kind: 'discarded' };
    const input = { principle: run.principleOverride ?? item.principle, prompt: item.prompt, responses: item.responses.map((r) => ({ name: r.name, text: r.text })) };
    let attempts = 0;
    const engine = this.o.retry
      ? retryingEngine(this.o.engine, this.o.retry, {
          onAttempt: () => {
            attempts++;
          },
          onRetry: ({ error }) => {
            this.figures.retries++;
            this.countError(error.kind);
          },
        })
      : countingEngine(this.o.engine, () => attempts++);
    const startedAt = Date.now();
    const t0 = performance.now();
    let ended = false;
    const opened = () => {
      if (ended || signal.aborted || this.open.has(index)) return;
      this.open.add(index);
      this.figures.peakInFlight = Math.max(this.figures.peakInFlight, this.open.size);
    };
    const onLive = (live: LiveJudgment) => {
      // A frame scheduled before the end may still fire: the item is no longer live then.
      if (ended || signal.aborted) return;
      if (live.chars > 0) opened(); // engines that do not report the request opening (the browser's own)
      this.o.callbacks?.onLive?.({ index, itemId: item.id, phase: live.phase, reasoningTail: live.reasoning.slice(-REASONING_TAIL), chars: live.chars, startedAt });
    };
    this.o.callbacks?.onLive?.({ index, itemId: item.id, phase: 'thinking', reasoningTail: '', chars: 0, startedAt });

    let record: JudgmentRecord | null = null;
    let inputError: RunError | null = null;
    const judgeOnce = () => runJudgment({ engine, engineRef: run.engine, input, mask: run.mask, sampling: run.sampling, signal, persist: false, onLive, onOpen: opened, ...(run.constraint ? { constraint: run.constraint } : {}) });
    try {
      record = await this.judgeResendingCuts(judgeOnce, signal);
    } catch (e) {
      if (!(e instanceof JudgeInputInvalid)) throw e;
      inputError = { kind: 'invalid-input', message: e.message, advice: 'Fix the item in the file; it cannot be judged as it is.' };
    } finally {
      ended = true;
      this.open.delete(index);
    }
    if (signal.aborted) return { kind: 'discarded' };
    const error = record?.error ?? inputError;
    const raw = record?.raw ?? '';
    if (error && !raw && FATAL_KINDS.has(error.kind)) return { kind: 'fatal', error };

    const parsed = record?.parsed ?? null;
    const finishReason = record?.finishReason ?? null;
    const failure = classifyFailure({ raw, parsed, error, finishReason });
    const result: ItemResult = {
      runId: run.id,
      index,
      itemId: item.id,
      input,
      mask: run.mask,
      maskedToReal: record?.maskedToReal ?? null,
      engine: run.engine,
      raw,
      parsed,
      stats: record?.stats ?? null,
      finishReason,
      error,
      failed: failure !== null,
      failure,
      startedAt,
      finishedAt: Date.now(),
      ms: performance.now() - t0,
      attempts: Math.max(1, attempts),
      ...resultExpectedOf(record?.expected),
    };
    // The server refused the constraint, so this item ran without log probabilities: that is why it has none.
    const refused = record?.constraint?.note;
    if (refused && run.constraint?.topLogprobs && !result.expected) result.expectedNote = refused;
    // As the Playground shows it: the budget cut this item's reasoning (an uncut one says nothing per item).
    if (record?.reasoningBudget?.cut) result.reasoningBudget = record.reasoningBudget;
    // An earlier write failed: this item is not stored either (the run stops; it runs again on resume).
    if (this.writeError !== null) throw this.writeError;
    const tokens = result.stats?.completionTokens ?? Math.round(raw.length / 4);
    this.figures.tokens += tokens;
    this.recent.push({ at: performance.now(), tokens });
    if (failure !== null) this.countError(error?.kind ?? failure);
    this.finished.set(index, result.failed);
    this.run.counts = countsOf(this.finished);
    // The item counts as done when it is stored: a reload before its write commits only means judging it again on
    // resume, as for an item in flight.
    this.toWrite.push({ result, summary: summarizeResult(item, result) });
    this.writer ??= this.drainWrites();

    if (failure === 'engine-error') {
      this.consecutiveEngineErrors++;
      if (this.consecutiveEngineErrors >= MAX_CONSECUTIVE_ENGINE_ERRORS && error) {
        this.fatal ??= {
          kind: error.kind,
          message: `${MAX_CONSECUTIVE_ENGINE_ERRORS} items in a row failed with an engine error: ${error.message}`,
          advice: `${error.advice} The run is paused; the failed items can be retried.`,
        };
        this.stop('fatal');
      }
    } else {
      this.consecutiveEngineErrors = 0;
    }
    return { kind: 'stored' };
  }

  /**
   * Writes the waiting results, in batches, until none wait: each batch with the run as it is then (its counts
   * include every item in the batch) in one commit. A failed write takes its items (and any waiting) out of the
   * finished ones again and stops the run.
   */
  private async drainWrites(): Promise<void> {
    while (this.toWrite.length > 0 && this.writeError === null) {
      const batch = this.toWrite.splice(0);
      const copy = this.runSnapshot();
      try {
        const results = batch.map((b) => b.result);
        if (this.o.storage.putResultsAndRun) await this.o.storage.putResultsAndRun(results, copy);
        else {
          for (const r of results) await this.o.storage.putResult(r);
          await this.o.storage.putRun(copy);
        }
      } catch (e) {
        this.writeError = e;
        for (const b of [...batch, ...this.toWrite.splice(0)]) this.finished.delete(b.result.index);
        this.run.counts = countsOf(this.finished);
        this.stop('fatal');
        break;
      }
      for (const b of batch) this.o.callbacks?.onResult?.(b.summary, b.result);
      this.o.callbacks?.onRun?.(copy);
    }
    this.writer = null;
  }

  /** A stream dropped before the answer is sent again (bounded, as 429 / 5xx are): the server may have restarted. */
  private async judgeResendingCuts(judgeOnce: () => Promise<JudgmentRecord>, signal: AbortSignal): Promise<JudgmentRecord> {
    for (let cut = 0; ; cut++) {
      const record = await judgeOnce();
      if (!this.o.retry || cut >= this.o.retry.retries || signal.aborted || !droppedBeforeAnswer(record)) return record;
      this.figures.retries++;
      this.countError('stream-cut');
    }
  }

  private countError(kind: string): void {
    this.figures.errors[kind] = (this.figures.errors[kind] ?? 0) + 1;
  }

  private runSnapshot(): RunRecord {
    this.run.activeMs = this.baseActiveMs + (performance.now() - this.sessionStart);
    this.run.updatedAt = Date.now();
    return { ...this.run, counts: { ...this.run.counts }, figures: copyFigures(this.run.figures) };
  }

  private async saveRun(): Promise<void> {
    const copy = this.runSnapshot();
    await this.o.storage.putRun(copy);
    this.o.callbacks?.onRun?.(copy);
  }
}

/** The stream broke and what arrived has no answer in it. */
function droppedBeforeAnswer(r: JudgmentRecord): boolean {
  return r.finishReason === 'incomplete' && (r.parsed === null || (r.parsed.scores.length === 0 && r.parsed.ranking.length === 0));
}

function copyFigures(f: RunFigures | undefined): RunFigures {
  return f ? { ...f, errors: { ...f.errors } } : { retries: 0, errors: {}, tokens: 0, peakInFlight: 0, protocol: null };
}

function storageError(e: unknown): RunError {
  return { kind: 'storage', message: `Storage failed: ${e instanceof Error ? e.message : String(e)}`, advice: 'Free some storage (Models page) or reload the page, then resume: finished items are kept.' };
}

function countingEngine(engine: JudgeEngine, onAttempt: () => void): JudgeEngine {
  return {
    kind: engine.kind,
    load: (model, opts) => engine.load(model, opts),
    unload: () => engine.unload(),
    // Without it a thinking budget would find the engine unable to continue a reply.
    ...(engine.continueSupport ? { continueSupport: () => engine.continueSupport!() } : {}),
    judge: (messages, sampling, opts) => {
      onAttempt();
      return engine.judge(messages, sampling, opts);
    },
  };
}
