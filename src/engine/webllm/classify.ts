import { EngineError } from '../errors.ts';

export type WebLLMCall = 'load' | 'judge' | 'unload' | 'cache';

/** Where a load had got to when it failed, from the progress reports seen so far. */
export type LoadStage = 'config' | 'library' | 'weights' | 'gpu' | 'shaders' | 'unknown';

export interface ClassifyContext {
  call: WebLLMCall;
  stage?: LoadStage;
  modelId?: string;
  /** The file that a probe found missing or failing, when known. */
  failedUrl?: string;
  failedStatus?: number;
}

/**
 * Errors cross the worker as strings, and production builds minify WebLLM's class names inside them
 * ("he is not loaded with a model"). So this reads stable message content and the call and stage that failed,
 * never class names.
 */
export function classifyWebLLMError(raw: unknown, ctx: ClassifyContext): EngineError {
  const text = typeof raw === 'string' ? raw : raw instanceof Error ? `${raw.name}: ${raw.message}` : String(raw);
  const details = { call: ctx.call, raw: text, url: ctx.failedUrl, status: ctx.failedStatus };

  if (/AbortError|aborted/i.test(text) && !/device/i.test(text)) {
    return new EngineError('aborted', 'Stopped.', 'Nothing to do: you stopped it.', details);
  }
  if (ctx.call === 'judge' && /EBNF|grammar|xgrammar|GrammarCompiler|GrammarMatcher/i.test(text)) {
    return new EngineError(
      'bad-config',
      'WebLLM could not use the answer grammar.',
      'The judgment runs once without it; if this keeps happening, turn the grammar off in Settings → Answer and report the model and the number of candidates.',
      details,
    );
  }
  const ctxMatch = /number of prompt tokens:\s*(\d+);\s*context window size:\s*(\d+)/i.exec(text);
  if (ctxMatch) {
    const prompt = Number(ctxMatch[1]);
    const window = Number(ctxMatch[2]);
    return new EngineError(
      'context-exceeded',
      `The input is ${prompt.toLocaleString('en-US')} tokens, ${(prompt - window).toLocaleString('en-US')} more than the model's ${window.toLocaleString('en-US')}-token context window.`,
      'Load the model with a larger context window (Models → context window), or shorten or remove candidates. Leave room for the reasoning too: about 1,500 tokens.',
      { ...details, promptTokens: prompt, contextWindow: window },
    );
  }
  if (/shader-f16/i.test(text)) {
    return new EngineError(
      'shader-f16-missing',
      'This model needs the WebGPU feature shader-f16, which this browser or GPU does not offer.',
      'Pick the q4f32_1 variant of the same model: it runs without shader-f16.',
      details,
    );
  }
  const feature = /requires feature ([\w-]+)/i.exec(text);
  if (feature) {
    return new EngineError('model-library', `This model needs the WebGPU feature ${feature[1]}, which this browser does not offer.`, 'Try another browser (recent Chrome or Edge) or another model.', details);
  }
  if (/WebGPU is not supported|Cannot find WebGPU|navigator\.gpu|requestAdapter/i.test(text)) {
    return new EngineError(
      'webgpu-missing',
      'WebGPU is not available in this browser, so the model cannot run here.',
      'Use a recent Chrome or Edge on desktop (or enable WebGPU), or judge through an OpenAI-compatible server in Settings.',
      details,
    );
  }
  if (/out of memory|\bOOM\b|allocation failed|Failed to allocate|Array buffer allocation failed|exceeds the max buffer size|maxBufferSize|maxStorageBufferBindingSize/i.test(text)) {
    return new EngineError(
      'out-of-memory',
      'The GPU ran out of memory for this model.',
      'Pick a smaller model (fewer parameters) or a shorter context window, close other GPU-heavy tabs, then load again.',
      details,
    );
  }
  if (/device (was )?lost|DeviceLost|GPUDevice.*lost|device is lost/i.test(text)) {
    return new EngineError(
      'device-lost',
      'The GPU device was lost (this usually means it ran out of memory, or the driver reset).',
      'Reload the engine. If it happens again, pick a smaller model or a shorter context window.',
      details,
    );
  }
  if (/not loaded with a model|Model not loaded/i.test(text)) {
    return new EngineError('not-loaded', 'No model is loaded in the engine.', 'Load a model on the Models page first.', details);
  }
  if (/Cannot find model record|Missing `model_lib`/i.test(text)) {
    return new EngineError('bad-config', 'The app asked WebLLM for a model it does not know.', 'Check the model record (weights URL and library URL) on the Models page.', details);
  }
  if (ctx.call === 'load') {
    const networkish = /Failed to execute 'add' on 'Cache'|Network response was not ok|Failed to fetch|NetworkError|Cannot fetch|Failed to store|Load failed/i.test(text);
    if (networkish || ctx.failedStatus !== undefined) {
      const where = ctx.failedUrl ? ` (${ctx.failedUrl})` : '';
      if (ctx.failedUrl?.endsWith('.wasm')) {
        const status = ctx.failedStatus ? `HTTP ${ctx.failedStatus}` : 'network error';
        return new EngineError(
          'model-library',
          `The model library could not be downloaded (${status}) from ${ctx.failedUrl}.`,
          fileAdvice(ctx.failedUrl),
          details,
        );
      }
      if (ctx.failedStatus === 404) {
        return new EngineError(
          'not-found',
          `A model file was not found (HTTP 404)${where}.`,
          fileAdvice(ctx.failedUrl),
          details,
        );
      }
      const status = ctx.failedStatus ? ` (HTTP ${ctx.failedStatus})` : '';
      return new EngineError(
        'network',
        `Downloading the model failed${status}${where}.`,
        'Check your connection and that the host allows this site (CORS), then load again: files that finished downloading are kept.',
        details,
      );
    }
    if (ctx.stage === 'config' && /JSON|Unexpected token|SyntaxError|Unexpected end/i.test(text)) {
      return new EngineError(
        'bad-config',
        `The model's mlc-chat-config.json is not valid JSON${ctx.failedUrl ? ` (${ctx.failedUrl})` : ''}.`,
        'Check the weights URL points at an MLC model folder (made by mlc_llm gen_config).',
        details,
      );
    }
    if (ctx.stage === 'library' || /WebAssembly|CompileError|LinkError|magic word|wasm|instantiate/i.test(text)) {
      return new EngineError(
        'model-library',
        `The model library (.wasm) could not be loaded${ctx.failedUrl ? ` from ${ctx.failedUrl}` : ''}: it is missing, not a WebAssembly file, or built for another WebLLM version.`,
        'Check the model library URL; it must be a WebLLM library compiled for this model architecture and WebLLM 0.2.86 (for RewardAnything, reuse the Qwen3-8B library).',
        details,
      );
    }
  }
  return new EngineError('unknown', `The engine failed: ${firstLine(text)}`, 'Try again; if it keeps failing, reload the engine from the Models page.', details);
}

function fileAdvice(url: string | undefined): string {
  if (!url) return 'Check the weights URL and the model library URL.';
  if (url.endsWith('mlc-chat-config.json')) return 'The weights URL must point at an MLC model folder that has mlc-chat-config.json (Hugging Face: the repository URL).';
  if (url.endsWith('.wasm')) return 'The model library URL is wrong, or the file was removed; for RewardAnything reuse the Qwen3-8B library.';
  return 'The model folder is incomplete: re-upload it with every file that mlc_llm convert_weight produced.';
}

function firstLine(s: string): string {
  const line = s.split('\n')[0] ?? s;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
