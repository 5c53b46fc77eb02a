import { knowsChatTemplate, type ChatMessage } from '../../core/index.ts';
import { EngineError, isEngineError } from '../errors.ts';
import { finishOutcome, type FinishOutcome } from '../finishReason.ts';
import { judgeStats, type TokenUsage } from '../judgeStats.ts';
import { LogprobCollector, readLogprobContent } from '../logprobs.ts';
import type { JudgeEngine, JudgeOptions, LoadInfo, LoadProgress, ModelSpec, RawJudgment, Sampling } from '../types.ts';
import type { WebLLMModelRecord } from './catalog.ts';
import { webllmChatRequest, webllmContinuationRequest } from './chatRequest.ts';
import { classifyWebLLMError, type LoadStage } from './classify.ts';
import { parseInitProgress, stageOf } from './progress.ts';
import type { CacheRequest, CacheResponse, ModelCacheStatus } from './workerProtocol.ts';
import { resolveModelBase } from './modelUrls.ts';

type Client = import('./client.ts').WebWorkerMLCEngine;
/** A streamed chunk of a chat completion or of a raw completion (a continued reply). */
type StreamChunk = import('@mlc-ai/web-llm').ChatCompletionChunk | import('@mlc-ai/web-llm').Completion;
type ClientModule = typeof import('./client.ts');

interface UsageExtra {
  time_to_first_token_s?: number;
  prefill_tokens_per_s?: number;
  decode_tokens_per_s?: number;
}

export interface WebLLMEngineOptions {
  /** A load with no progress report for this long is cut off (a reload that never answers). */
  loadStallTimeoutMs?: number;
  /** Makes the engine's worker: the app uses the bundled one, the unit tests a fake that speaks WebLLM's protocol. */
  createWorker?: () => Worker;
}

const defaultWorker = () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'webllm-engine' });

/**
 * The WebLLM engine: WebLLM's real client talking to WebLLM's real handler in a dedicated worker.
 * A crashed or stuck worker is replaced without reloading the page.
 */
export class WebLLMEngine implements JudgeEngine {
  readonly kind = 'webllm' as const;
  private worker: Worker | null = null;
  private client: Client | null = null;
  private mod: ClientModule | null = null;
  private records: WebLLMModelRecord[] = [];
  private loaded: string | null = null;
  private progressSink: ((r: { progress: number; text: string }) => void) | null = null;
  private crash: ((e: EngineError) => void) | null = null;
  private readonly opts: Required<WebLLMEngineOptions>;
  /** Called when the worker dies on its own (crash, device lost in the worker). */
  onCrash: ((e: EngineError) => void) | null = null;

  constructor(opts: WebLLMEngineOptions = {}) {
    this.opts = { loadStallTimeoutMs: opts.loadStallTimeoutMs ?? 120_000, createWorker: opts.createWorker ?? defaultWorker };
  }

  get loadedModelId(): string | null {
    return this.loaded;
  }

  setLoadStallTimeout(ms: number): void {
    this.opts.loadStallTimeoutMs = ms;
  }

  setRecords(records: WebLLMModelRecord[]): void {
    this.records = records;
    if (this.client && this.mod) this.mod.setRecords(this.client, records);
  }

  private async ensureClient(): Promise<Client> {
    if (this.client) return this.client;
    this.mod ??= await import('./client.ts');
    // Another call (a cache read while a load starts) may have started the worker while the module loaded: use that
    // one, or the model would load in one worker and judgments go to the other.
    if (this.client) return this.client;
    const worker = this.opts.createWorker();
    worker.onerror = (ev) => {
      ev.preventDefault();
      const err = new EngineError('worker-crashed', 'The engine worker crashed.', 'It has been restarted; load the model again.', { raw: ev.message });
      this.dropWorker();
      this.crash?.(err);
      this.onCrash?.(err);
    };
    this.worker = worker;
    this.client = this.mod.createClient(worker, this.records, (r) => this.progressSink?.(r));
    return this.client;
  }

  /** Ends the worker (and whatever it was doing); the next call starts a fresh one. */
  private dropWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    this.client = null;
    this.loaded = null;
  }

  async load(model: ModelSpec, opts: { onProgress(p: LoadProgress): void; signal: AbortSignal }): Promise<LoadInfo> {
    const record = this.records.find((r) => r.model_id === model.id);
    if (!record) throw new EngineError('bad-config', `The model ${model.id} is not in the catalog.`, 'Add it on the Models page first.');
    const records = this.records.map((r) => (r.model_id === model.id ? { ...r, overrides: { ...r.overrides, context_window_size: model.contextWindow } } : r));
    this.setRecords(records);
    const client = await this.ensureClient();
    const started = performance.now();
    let last: LoadProgress | null = null;
    let stage: LoadStage = 'config';

    return new Promise<LoadInfo>((resolve, reject) => {
      let stallTimer: ReturnType<typeof setTimeout> | undefined;
      const settle = (fn: () => void) => {
        clearTimeout(stallTimer);
        this.progressSink = null;
        this.crash = null;
        opts.signal.removeEventListener('abort', onAbort);
        fn();
      };
      const armStall = () => {
        clearTimeout(stallTimer);
        stallTimer = setTimeout(() => {
          this.dropWorker();
          settle(() =>
            reject(
              new EngineError(
                'load-timeout',
                `Loading stopped answering: no progress for ${Math.round(this.opts.loadStallTimeoutMs / 1000)} s${last ? ` (last step: ${last.text})` : ''}.`,
                'The engine was restarted. Load again; files that finished downloading are kept. If it stalls again, try a smaller model.',
                { call: 'load' },
              ),
            ),
          );
        }, this.opts.loadStallTimeoutMs);
      };
      const onAbort = () => {
        // Cancelling a download ends the worker at once; finished shards stay in the cache, so a later load resumes.
        this.dropWorker();
        settle(() => reject(new EngineError('aborted', 'Loading cancelled.', 'Files that finished downloading are kept; loading again resumes from there.', { call: 'load' })));
      };
      if (opts.signal.aborted) return onAbort();
      opts.signal.addEventListener('abort', onAbort);
      this.crash = (e) => settle(() => reject(e));
      this.progressSink = (r) => {
        armStall();
        last = parseInitProgress(r);
        stage = stageOf(last);
        opts.onProgress(last);
      };
      armStall();
      opts.onProgress({ phase: 'config', fraction: null, text: 'Fetching the model configuration…' });
      client
        .reload(model.id, { context_window_size: model.contextWindow })
        .then(() => {
          this.loaded = model.id;
          settle(() => resolve({ modelId: model.id, contextWindow: model.contextWindow, loadMs: performance.now() - started }));
        })
        .catch(async (raw: unknown) => {
          if (opts.signal.aborted) return;
          const failed = last === null ? await probeFailedFile(record) : null;
          const err = classifyWebLLMError(raw, {
            call: 'load',
            stage: failed?.stage ?? stage,
            modelId: model.id,
            failedUrl: failed?.url,
            failedStatus: failed?.status,
          });
          // A failed load can leave WebLLM half-initialised; start clean next time.
          this.dropWorker();
          settle(() => reject(err));
        });
    });
  }

  async judge(messages: ChatMessage[], sampling: Sampling, opts: JudgeOptions): Promise<RawJudgment> {
    const client = this.client;
    if (!client || !this.loaded) throw new EngineError('not-loaded', 'No model is loaded in the browser engine.', 'Load a model on the Models page first.', { call: 'judge' });
    const started = performance.now();
    let firstTokenAt: number | null = null;
    let text = '';
    let outcome: FinishOutcome = { finishReason: 'incomplete' };
    let usage: TokenUsage | null = null;
    const collected = new LogprobCollector();
    const onAbort = () => client.interruptGenerate();
    opts.signal.addEventListener('abort', onAbort);
    // A dead worker never answers the pending request, so every wait races the crash.
    let onCrashed: (e: EngineError) => void = () => undefined;
    const crashed = new Promise<never>((_, reject) => {
      onCrashed = reject;
    });
    crashed.catch(() => undefined);
    this.crash = (e) => onCrashed(e);
    try {
      // A reply to continue (the thinking budget's second step) goes as a raw prompt: WebLLM's chat refuses a last
      // message from the assistant. Its grammar is honoured by the worker's engine (grammarCompletionEngine.ts).
      const created: Promise<AsyncIterable<StreamChunk>> =
        opts.continueFrom != null
          ? client.completions.create(webllmContinuationRequest(messages, opts.continueFrom, sampling, opts))
          : client.chat.completions.create(webllmChatRequest(messages, sampling, opts));
      const chunks = (await Promise.race([created, crashed]))[Symbol.asyncIterator]();
      for (;;) {
        const step = await Promise.race([chunks.next(), crashed]);
        if (step.done) break;
        const chunk = step.value;
        const choice = chunk.choices[0];
        const delta = choice === undefined ? undefined : 'text' in choice ? choice.text : choice.delta?.content;
        if (delta) {
          firstTokenAt ??= performance.now();
          text += delta;
          opts.onDelta(delta);
        }
        collected.add(delta ?? '', readLogprobContent(choice));
        if (choice?.finish_reason) outcome = finishOutcome(choice.finish_reason, 'browser engine');
        if (chunk.usage) usage = readUsage(chunk.usage);
      }
    } catch (raw) {
      if (isEngineError(raw)) throw raw;
      const err = classifyWebLLMError(raw, { call: 'judge', modelId: this.loaded ?? undefined });
      if (err.kind === 'device-lost' || err.kind === 'out-of-memory') {
        // The model is gone with the device: say so where the model state is shown, and start clean next time.
        this.dropWorker();
        this.onCrash?.(err);
      }
      if (text && err.kind !== 'context-exceeded') {
        const logprobs = collected.result;
        return {
          text,
          finishReason: 'error',
          stats: judgeStats({ start: started, firstToken: firstTokenAt, end: performance.now() }, usage),
          errorMessage: err.message,
          ...(logprobs !== null ? { logprobs } : {}),
        };
      }
      throw err;
    } finally {
      opts.signal.removeEventListener('abort', onAbort);
      this.crash = null;
    }
    if (opts.signal.aborted) outcome = { finishReason: 'abort' };
    const logprobs = collected.result;
    return {
      text,
      ...outcome,
      stats: judgeStats({ start: started, firstToken: firstTokenAt, end: performance.now() }, usage),
      ...(logprobs !== null ? { logprobs } : {}),
    };
  }

  /** A reply can be continued, held to the answer grammar, for models whose chat template the app writes (Qwen3's). */
  continueSupport(): { grammar: boolean } | { reason: string } {
    const id = this.loaded;
    if (id && knowsChatTemplate(id)) return { grammar: true };
    return { reason: `the browser engine can continue a reply only for Qwen3-family models, whose chat template the app writes${id ? `; ${id} is not one` : ''}` };
  }

  async unload(): Promise<void> {
    if (!this.client) return;
    try {
      await this.client.unload();
    } catch {
      this.dropWorker();
    }
    this.loaded = null;
  }

  /** Cache management runs in the worker (WebLLM's cache functions); answers come back on a private port. */
  private async cacheRequest(req: CacheRequest): Promise<CacheResponse> {
    await this.ensureClient();
    const worker = this.worker;
    if (!worker) throw new EngineError('worker-crashed', 'The engine worker is not running.', 'Try again.');
    const channel = new MessageChannel();
    return new Promise<CacheResponse>((resolve) => {
      channel.port1.onmessage = (e: MessageEvent<CacheResponse>) => {
        channel.port1.close();
        resolve(e.data);
      };
      worker.postMessage(req, [channel.port2]);
    });
  }

  async cacheStatus(): Promise<ModelCacheStatus[]> {
    const res = await this.cacheRequest({ __ra: 'cache', op: 'status', records: this.records });
    if (!res.ok) throw new EngineError('unknown', `Reading the model cache failed: ${res.error}`, 'Reload the page and try again.', { call: 'cache', raw: res.error });
    return res.op === 'status' ? res.models : [];
  }

  async deleteFromCache(modelId: string): Promise<void> {
    if (this.loaded === modelId) await this.unload();
    const res = await this.cacheRequest({ __ra: 'cache', op: 'delete', records: this.records, modelId });
    if (!res.ok) throw new EngineError('unknown', `Deleting ${modelId} from the cache failed: ${res.error}`, 'Reload the page and try again.', { call: 'cache', raw: res.error });
  }
}

function readUsage(u: { prompt_tokens: number; completion_tokens: number; extra?: UsageExtra }): TokenUsage {
  const extra = u.extra ?? {};
  return {
    promptTokens: u.prompt_tokens,
    completionTokens: u.completion_tokens,
    measured: {
      timeToFirstTokenMs: extra.time_to_first_token_s !== undefined ? extra.time_to_first_token_s * 1000 : undefined,
      prefillTokensPerSec: extra.prefill_tokens_per_s,
      decodeTokensPerSec: extra.decode_tokens_per_s,
    },
  };
}

/** After a load fails before any progress, find which file it was by asking for them in WebLLM's load order. */
async function probeFailedFile(record: WebLLMModelRecord): Promise<{ url: string; status?: number; stage: LoadStage } | null> {
  const config = new URL('mlc-chat-config.json', resolveModelBase(record.model)).href;
  const attempts: Array<[string, LoadStage]> = [
    [config, 'config'],
    [record.model_lib, 'library'],
  ];
  for (const [url, stage] of attempts) {
    try {
      const res = await fetch(url, { method: 'GET', cache: 'no-store' });
      if (!res.ok) return { url, status: res.status, stage };
      if (stage === 'config') {
        try {
          JSON.parse(await res.text());
        } catch {
          return { url, stage };
        }
      } else {
        await res.body?.cancel();
      }
    } catch {
      return { url, stage };
    }
  }
  return { url: record.model_lib, stage: 'library' };
}
