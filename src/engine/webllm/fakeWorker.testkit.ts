import type { WebLLMModelRecord } from './catalog.ts';
import { isCacheRequest, type CacheResponse } from './workerProtocol.ts';

/** One streamed chunk as WebLLM's handler sends it (the fields the engine reads). */
export interface FakeChunk {
  /** `delta` in a chat completion's chunks, `text` in a raw completion's (a continued reply). */
  choices: Array<{ delta?: { content?: string }; text?: string; finish_reason?: string | null; logprobs?: { content: Array<{ token: string; logprob: number; top_logprobs: Array<{ token: string; logprob: number }> }> } | null }>;
  usage?: { prompt_tokens: number; completion_tokens: number; extra: Record<string, number> };
}

interface Request {
  kind: string;
  uuid: string;
  content: unknown;
}

export interface FakeWorkerScript {
  /** Progress reports sent during a reload, then the reload answers (or throws `reloadError`). */
  progress?: Array<{ progress: number; text: string }>;
  reloadError?: string;
  /** A reload that never answers (no progress either). */
  reloadHangs?: boolean;
  /** The chunks of each judgment, in order; the stream ends after the last. */
  chunks?: FakeChunk[];
  /** Stop answering after this many chunks until interrupted (a generation that is still running). */
  holdAfter?: number;
}

/**
 * A stand-in for the engine worker that speaks WebLLM's worker protocol ({kind, uuid, content} requests,
 * "return" / "throw" / "initProgressCallback" answers) from a script, so the real WebLLM client can be driven
 * without a GPU.
 */
export class FakeWorker {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly requests: Request[] = [];
  private next = 0;
  private interrupted = false;
  private held: Request | null = null;

  constructor(private readonly script: FakeWorkerScript = {}) {}

  postMessage(msg: unknown, transfer?: Transferable[]): void {
    if (this.terminated) return;
    // A cache request is answered on its own port, as the real worker does (engine.worker.ts): an empty cache here.
    if (isCacheRequest(msg)) {
      const port = transfer?.[0] as MessagePort | undefined;
      const res: CacheResponse = msg.op === 'status' ? { ok: true, op: 'status', models: [] } : { ok: true, op: 'delete', modelId: msg.modelId };
      setTimeout(() => port?.postMessage(res), 0);
      return;
    }
    const req = msg as Request;
    this.requests.push(req);
    setTimeout(() => this.handle(req), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The worker dies on its own, as a real one does on an uncaught error. */
  crash(message: string): void {
    const ev = { message, preventDefault: () => undefined } as unknown as ErrorEvent;
    this.onerror?.(ev);
  }

  kinds(): string[] {
    return this.requests.map((r) => r.kind);
  }

  private reply(kind: 'return' | 'throw' | 'initProgressCallback', uuid: string, content: unknown): void {
    if (this.terminated) return;
    this.onmessage?.(new MessageEvent('message', { data: { kind, uuid, content } }));
  }

  private handle(req: Request): void {
    switch (req.kind) {
      case 'setAppConfig':
      case 'setLogLevel':
        return;
      case 'reload':
        if (this.script.reloadHangs) return;
        for (const p of this.script.progress ?? []) this.reply('initProgressCallback', req.uuid, { ...p, timeElapsed: 0 });
        if (this.script.reloadError !== undefined) return this.reply('throw', req.uuid, this.script.reloadError);
        return this.reply('return', req.uuid, null);
      case 'chatCompletionStreamInit':
      case 'completionStreamInit':
        this.next = 0;
        this.interrupted = false;
        return this.reply('return', req.uuid, null);
      case 'completionStreamNextChunk':
        return this.nextChunk(req);
      case 'interruptGenerate':
        this.interrupted = true;
        if (this.held) {
          const held = this.held;
          this.held = null;
          this.reply('return', held.uuid, { choices: [{ delta: {}, finish_reason: 'abort' }] });
        }
        return this.reply('return', req.uuid, null);
      default:
        return this.reply('return', req.uuid, null);
    }
  }

  private nextChunk(req: Request): void {
    const chunks = this.script.chunks ?? [];
    if (this.interrupted || this.next >= chunks.length) return this.reply('return', req.uuid, undefined);
    if (this.script.holdAfter !== undefined && this.next >= this.script.holdAfter) {
      this.held = req;
      return;
    }
    this.reply('return', req.uuid, chunks[this.next++]);
  }
}

export const TEST_RECORD: WebLLMModelRecord = {
  model: 'https://models.example/Qwen3-0.6B-q4f16_1-MLC/',
  model_id: 'Qwen3-0.6B-q4f16_1-MLC',
  model_lib: 'https://models.example/Qwen3-0.6B-q4f16_1.wasm',
};

export const text = (content: string): FakeChunk => ({ choices: [{ delta: { content }, finish_reason: null }] });
/** A raw completion's chunk (a continued reply streams these). */
export const completionText = (content: string): FakeChunk => ({ choices: [{ text: content, finish_reason: null }] });
export const finish = (reason: string): FakeChunk => ({ choices: [{ delta: {}, finish_reason: reason }] });
