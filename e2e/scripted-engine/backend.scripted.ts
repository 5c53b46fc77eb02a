/**
 * The scripted WebLLM backend, used ONLY by the e2e build mode (vite.config.ts aliases @app/engine-backend here).
 * WebLLM's real WebWorkerMLCEngineHandler stays in place; only its `engine` is replaced by a scripted one that
 * behaves like MLCEngine on the calls the handler makes. SCRIPTED_ENGINE_MARKER (checked absent from production builds)
 */
import type {
  MLCEngine,
  WebWorkerMLCEngineHandler,
  InitProgressCallback,
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  ChatCompletionRequestBase,
  ChatCompletionRequestNonStreaming,
  ChatCompletionRequestStreaming,
  ChatOptions,
  Completion,
  CompletionCreateParams,
  CompletionCreateParamsNonStreaming,
  CompletionCreateParamsStreaming,
  ResponseFormat,
} from '@mlc-ai/web-llm';
import { ModelType, postInitAndCheckFieldsChatCompletion, postInitAndCheckFieldsCompletion } from '@mlc-ai/web-llm';
import { scriptContinuation, scriptJudgment, tokenizeForStreaming, countPromptTokens } from '../fixtures/scripted-judge.ts';
import { scoreLogprobs, tokenizeWithScoreDigits } from '../fixtures/score-logprobs.ts';
import { steerByGrammar } from './grammarSteer.ts';
import { resolveModelBase } from '../../src/engine/webllm/modelUrls.ts';
import { completionGrammar } from '../../src/engine/webllm/grammarCompletion.ts';

type Scripted = Pick<
  MLCEngine,
  | 'setAppConfig'
  | 'setLogLevel'
  | 'setInitProgressCallback'
  | 'getInitProgressCallback'
  | 'reload'
  | 'chatCompletion'
  | 'completion'
  | 'interruptGenerate'
  | 'unload'
  | 'resetChat'
  | 'getMessage'
  | 'runtimeStatsText'
  | 'getMaxStorageBufferBindingSize'
  | 'getGPUVendor'
>;

const SHARDS = 8;
const SHARD_BYTES = 32 * 1024 * 1024; // what the progress reports claim; the cached stand-ins are tiny
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Directives in a model id: scripted-slow (slow download), scripted-hang, scripted-crash, scripted-oom, scripted-f16,
 * scripted-online (fetches the chat config from the weights URL first, as WebLLM does, so a test can fail the network).
 */
function directive(modelId: string, name: string): boolean {
  return modelId.toLowerCase().includes(name);
}

function numberDirective(text: string, name: string): number | null {
  const m = new RegExp(`\\[\\[${name}:(\\d+)\\]\\]`).exec(text);
  return m ? Number(m[1]) : null;
}

/** The indices of a script's pieces as a model emits them; ends 'length' at max_tokens, 'abort' when interrupted. */
async function* emitPieces(count: number, o: { maxTokens: number; delay: number; interrupted(): boolean }): AsyncGenerator<number, 'stop' | 'length' | 'abort'> {
  for (let i = 0; i < count; i++) {
    if (o.interrupted()) return 'abort';
    if (i >= o.maxTokens) return 'length';
    if (o.delay) await sleep(o.delay);
    yield i;
  }
  return 'stop';
}

class ScriptedEngine implements Scripted {
  private progress: InitProgressCallback | undefined;
  private appConfig: { model_list: Array<{ model_id: string; model: string; model_lib: string; required_features?: string[] }> } = { model_list: [] };
  private loaded: string | null = null;
  private contextWindow = 4096;
  private interrupted = false;

  setAppConfig(appConfig: Parameters<MLCEngine['setAppConfig']>[0]): void {
    this.appConfig = appConfig as unknown as typeof this.appConfig;
  }
  setLogLevel(): void {}
  setInitProgressCallback(cb?: InitProgressCallback): void {
    this.progress = cb;
  }
  getInitProgressCallback(): InitProgressCallback | undefined {
    return this.progress;
  }

  async reload(modelId: string | string[], chatOpts?: ChatOptions | ChatOptions[]): Promise<void> {
    const id = Array.isArray(modelId) ? modelId[0]! : modelId;
    const opts = Array.isArray(chatOpts) ? chatOpts[0] : chatOpts;
    const record = this.appConfig.model_list.find((m) => m.model_id === id);
    if (!record) throw new Error(`Cannot find model record in appConfig for ${id}. Please check if the model ID is correct and included in the model_list configuration.`);
    if (record.required_features?.includes('shader-f16')) {
      const adapter = await navigator.gpu?.requestAdapter();
      if (!adapter?.features.has('shader-f16')) {
        throw new Error('This model requires WebGPU extension shader-f16, which is not enabled in this browser. You can try to launch Chrome Canary in command line with flag "--enable-dawn-features=allow_unsafe_apis".');
      }
    }
    if (directive(id, 'hang')) return new Promise<void>(() => {});
    if (directive(id, 'crash')) {
      setTimeout(() => {
        throw new Error('scripted worker crash');
      }, 10);
      return new Promise<void>(() => {});
    }
    const slow = directive(id, 'slow') ? 1000 : 40;
    const base = resolveModelBase(record.model);
    if (directive(id, 'online')) {
      const res = await fetch(new URL('mlc-chat-config.json', base).href, { cache: 'no-store' });
      if (!res.ok) throw new Error(`Network response was not ok: ${res.status}`);
    }
    const cache = await caches.open('webllm/model');
    const manifestUrl = new URL('tensor-cache.json', base).href;
    const manifest = { records: Array.from({ length: SHARDS }, (_, i) => ({ dataPath: `params_shard_${i}.bin`, nbytes: SHARD_BYTES })) };
    await cache.put(manifestUrl, new Response(JSON.stringify(manifest)));
    const cfg = await caches.open('webllm/config');
    await cfg.put(new URL('mlc-chat-config.json', base).href, new Response(JSON.stringify({ context_window_size: 4096 })));
    const t0 = performance.now();
    this.progress?.({ progress: 0, timeElapsed: 0, text: 'Start to fetch params' });
    let fetched = 0;
    for (let i = 0; i < SHARDS; i++) {
      const url = new URL(`params_shard_${i}.bin`, base).href;
      if (!(await cache.match(url))) {
        await sleep(slow);
        await cache.put(url, new Response(new Uint8Array(16)));
      }
      fetched += SHARD_BYTES;
      const secs = Math.ceil((performance.now() - t0) / 1000);
      this.progress?.({
        progress: fetched / (SHARDS * SHARD_BYTES),
        timeElapsed: secs,
        text: `Fetching param cache[${i + 1}/${SHARDS}]: ${Math.ceil(fetched / 1048576)}MB fetched. ${Math.floor((fetched * 100) / (SHARDS * SHARD_BYTES))}% completed, ${secs} secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.`,
      });
    }
    if (directive(id, 'oom')) {
      throw new Error('The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM). To resolve this, try reloading with a model that has fewer parameters or uses a smaller context length.');
    }
    this.progress?.({ progress: 1, timeElapsed: 1, text: `Loading model from cache[${SHARDS}/${SHARDS}]: ${(SHARDS * SHARD_BYTES) / 1048576}MB loaded. 100% completed, 1 secs elapsed.` });
    for (let k = 1; k <= 4; k++) {
      await sleep(20);
      this.progress?.({ progress: k / 4, timeElapsed: 1, text: `Loading GPU shader modules[${k}/4]: ${k * 25}% completed, 1 secs elapsed.` });
    }
    this.contextWindow = opts?.context_window_size ?? 4096;
    this.loaded = id;
    this.progress?.({ progress: 1, timeElapsed: 1, text: 'Finish loading on WebGPU - scripted' });
  }

  chatCompletion(request: ChatCompletionRequestNonStreaming): Promise<ChatCompletion>;
  chatCompletion(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>>;
  chatCompletion(request: ChatCompletionRequestBase): Promise<AsyncIterable<ChatCompletionChunk> | ChatCompletion>;
  chatCompletion(request: ChatCompletionRequest): Promise<AsyncIterable<ChatCompletionChunk> | ChatCompletion> {
    if (!request.stream) return Promise.reject(new Error('The scripted engine only streams (the app always streams).'));
    if (!this.loaded) return Promise.reject(new Error('MLCEngine is not loaded with a model. Did you call `engine.reload()`?'));
    try {
      // MLCEngine's own check of the request (grammar, log probabilities, sampling fields): what it refuses, this does.
      postInitAndCheckFieldsChatCompletion(request, this.loaded, ModelType.LLM);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return this.stream(request);
  }

  private async stream(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>> {
    const messages = request.messages as Array<{ role: string; content: string }>;
    const promptTokens = countPromptTokens(messages);
    if (promptTokens > this.contextWindow) {
      throw new Error(
        `Prompt tokens exceed context window size: number of prompt tokens: ${promptTokens}; context window size: ${this.contextWindow}\nConsider shortening the prompt, or increase \`context_window_size\`, or using sliding window via \`sliding_window_size\`.`,
      );
    }
    const user = messages.find((m) => m.role === 'user')?.content ?? '';
    if (user.includes('[[device-lost]]')) {
      throw new Error('Device was lost. This can happen due to insufficient memory or other GPU constraints. Detailed error: [object GPUDeviceLostInfo]. Please try to reload WebLLM with a less resource-intensive model.');
    }
    const delay = numberDirective(user, 'token-delay') ?? 0;
    const format = request.response_format;
    // Under WebLLM's grammar the output is what the mask lets through (grammarSteer.ts, the real xgrammar).
    const text = format?.type === 'grammar' && format.grammar ? await steerByGrammar(scriptJudgment(messages), format.grammar) : scriptJudgment(messages);
    const top = request.logprobs ? (request.top_logprobs ?? 0) : 0;
    const pieces = top > 0 ? tokenizeWithScoreDigits(text) : tokenizeForStreaming(text);
    const temperature = request.temperature ?? 1;
    const maxTokens = request.max_tokens ?? Infinity;
    this.interrupted = false;
    const model = this.loaded;
    const isInterrupted = () => this.interrupted;
    const base = { id: 'chatcmpl-scripted', created: Math.floor(Date.now() / 1000), model, object: 'chat.completion.chunk' as const };
    async function* gen(): AsyncGenerator<ChatCompletionChunk> {
      const t0 = performance.now();
      let n = 0;
      let firstAt = 0;
      const steps = emitPieces(pieces.length, { maxTokens, delay, interrupted: isInterrupted });
      let step;
      while (!(step = await steps.next()).done) {
        if (n === 0) firstAt = performance.now();
        n++;
        const logprobs = top > 0 ? scoreLogprobs(pieces, step.value, top, temperature) : null;
        yield { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: pieces[step.value] }, finish_reason: null, logprobs }] } as ChatCompletionChunk;
      }
      const finish = step.value;
      yield { ...base, choices: [{ index: 0, delta: {}, finish_reason: finish, logprobs: null }] } as ChatCompletionChunk;
      if (request.stream_options?.include_usage) {
        const e2e = (performance.now() - t0) / 1000;
        const ttft = Math.max(1e-3, (firstAt - t0) / 1000);
        yield {
          ...base,
          choices: [],
          usage: {
            prompt_tokens: promptTokens,
            completion_tokens: n,
            total_tokens: promptTokens + n,
            extra: {
              e2e_latency_s: e2e,
              prefill_tokens_per_s: promptTokens / ttft,
              decode_tokens_per_s: n / Math.max(1e-3, e2e - ttft),
              time_to_first_token_s: ttft,
              time_per_output_token_s: (e2e - ttft) / Math.max(1, n),
            },
          },
        } as ChatCompletionChunk;
      }
    }
    return gen();
  }

  /**
   * A raw completion (the app continues a reply this way: WebLLM's chat refuses a last message from the assistant).
   * The prompt is read back as Qwen3's chat template (`<|im_start|>role\ncontent<|im_end|>\n` per message, then the
   * open assistant turn) and the script continues the reply from where the prompt leaves it. As in the app's worker
   * engine (grammarCompletionEngine.ts), a streamed completion's `response_format` holds what follows to its grammar.
   */
  completion(request: CompletionCreateParamsNonStreaming): Promise<Completion>;
  completion(request: CompletionCreateParamsStreaming): Promise<AsyncIterable<Completion>>;
  completion(request: CompletionCreateParams): Promise<AsyncIterable<Completion> | Completion>;
  completion(request: CompletionCreateParams): Promise<AsyncIterable<Completion> | Completion> {
    if (!request.stream) return Promise.reject(new Error('The scripted engine only streams (the app always streams).'));
    if (!this.loaded) return Promise.reject(new Error('MLCEngine is not loaded with a model. Did you call `engine.reload()`?'));
    let format: ResponseFormat | undefined;
    try {
      postInitAndCheckFieldsCompletion(request, this.loaded);
      format = completionGrammar(request);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return this.streamCompletion(request, format);
  }

  private async streamCompletion(request: CompletionCreateParamsStreaming, format: ResponseFormat | undefined): Promise<AsyncIterable<Completion>> {
    const model = this.loaded ?? '';
    const turns = request.prompt.split('<|im_start|>').slice(1);
    const last = turns.pop() ?? '';
    const messages = turns.map((t) => {
      const nl = t.indexOf('\n');
      return { role: t.slice(0, nl), content: t.slice(nl + 1).replace(/<\|im_end\|>\n?$/, '') };
    });
    const prefix = last.startsWith('assistant\n') ? last.slice('assistant\n'.length) : '';
    const wanted = scriptContinuation(messages, prefix);
    const text = format?.grammar ? await steerByGrammar(wanted, format.grammar) : wanted;
    const top = request.logprobs ? (request.top_logprobs ?? 0) : 0;
    const pieces = top > 0 ? tokenizeWithScoreDigits(text) : tokenizeForStreaming(text);
    const maxTokens = request.max_tokens ?? Infinity;
    const temperature = request.temperature ?? 1;
    const promptTokens = Math.ceil(request.prompt.length / 4);
    const includeUsage = request.stream_options?.include_usage === true;
    this.interrupted = false;
    const isInterrupted = () => this.interrupted;
    const base = { id: 'cmpl-scripted', created: Math.floor(Date.now() / 1000), model, object: 'text_completion' as const };
    async function* gen(): AsyncGenerator<Completion> {
      let n = 0;
      const steps = emitPieces(pieces.length, { maxTokens, delay: 0, interrupted: isInterrupted });
      let step;
      while (!(step = await steps.next()).done) {
        n++;
        const logprobs = top > 0 ? (scoreLogprobs(pieces, step.value, top, temperature) as Completion['choices'][number]['logprobs']) : null;
        yield { ...base, choices: [{ index: 0, text: pieces[step.value]!, finish_reason: null, logprobs }] };
      }
      const finish = step.value;
      yield { ...base, choices: [{ index: 0, text: '', finish_reason: finish, logprobs: null }] };
      if (includeUsage) yield { ...base, choices: [], usage: { prompt_tokens: promptTokens, completion_tokens: n, total_tokens: promptTokens + n } as Completion['usage'] };
    }
    return gen();
  }

  async interruptGenerate(): Promise<void> {
    this.interrupted = true;
  }
  async unload(): Promise<void> {
    this.loaded = null;
  }
  async resetChat(): Promise<void> {}
  async getMessage(): Promise<string> {
    return '';
  }
  async runtimeStatsText(): Promise<string> {
    return 'scripted engine';
  }
  async getMaxStorageBufferBindingSize(): Promise<number> {
    return 128 * 1024 * 1024;
  }
  async getGPUVendor(): Promise<string> {
    return 'scripted';
  }
}

export function installBackend(handler: WebWorkerMLCEngineHandler): void {
  const scripted = new ScriptedEngine();
  // The handler gave its own engine the callback that forwards progress to the page; hand it over.
  scripted.setInitProgressCallback(handler.engine.getInitProgressCallback());
  handler.engine = scripted as unknown as MLCEngine;
}
