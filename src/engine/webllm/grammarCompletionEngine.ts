import {
  MLCEngine,
  type ChatCompletionChunk,
  type ChatCompletionRequestStreaming,
  type Completion,
  type CompletionCreateParamsBase,
  type CompletionCreateParamsNonStreaming,
  type CompletionCreateParamsStreaming,
} from '@mlc-ai/web-llm';
import { completionGrammar } from './grammarCompletion.ts';

// WebLLM keeps its pipeline and chat config types to itself; TypeScript reads these from asyncGenerate's last overload.
type GenerateArgs = Parameters<MLCEngine['asyncGenerate']>;
type Pipeline = GenerateArgs[2];
type ChatConfig = GenerateArgs[3];
type GenerationConfig = GenerateArgs[4];
type Journal = GenerateArgs[6];

/**
 * MLCEngine whose streamed raw completions honour `response_format`, as its chat completions do. WebLLM 0.2.86's
 * `completion()` builds the generation config without it, so the grammar a continuation asks for was dropped; the
 * pipeline reads the grammar only from that config (at prefill, at every sampled token). This puts it there, so the
 * answer written after the thinking budget's cut is held to the answer grammar. Everything else is MLCEngine's.
 */
export class GrammarCompletionEngine extends MLCEngine {
  /** A grammar on a completion that is not streamed would be dropped (that path is WebLLM's own): refused instead. */
  override completion(request: CompletionCreateParamsNonStreaming): Promise<Completion>;
  override completion(request: CompletionCreateParamsStreaming): Promise<AsyncIterable<Completion>>;
  override completion(request: CompletionCreateParamsBase): Promise<AsyncIterable<Completion> | Completion>;
  override completion(request: CompletionCreateParamsBase): Promise<AsyncIterable<Completion> | Completion> {
    try {
      completionGrammar(request);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return super.completion(request);
  }

  override asyncGenerate(request: ChatCompletionRequestStreaming, model: string, pipeline: Pipeline, chatConfig: ChatConfig, genConfig: GenerationConfig, timeReceived: number, journal?: Journal): AsyncGenerator<ChatCompletionChunk, void, void>;
  override asyncGenerate(request: CompletionCreateParamsStreaming, model: string, pipeline: Pipeline, chatConfig: ChatConfig, genConfig: GenerationConfig, timeReceived: number, journal?: Journal): AsyncGenerator<Completion, void, void>;
  override asyncGenerate(
    request: ChatCompletionRequestStreaming | CompletionCreateParamsStreaming,
    model: string,
    pipeline: Pipeline,
    chatConfig: ChatConfig,
    genConfig: GenerationConfig,
    timeReceived: number,
    journal?: Journal,
  ): AsyncGenerator<ChatCompletionChunk | Completion, void, void> {
    if ('messages' in request) return super.asyncGenerate(request, model, pipeline, chatConfig, genConfig, timeReceived, journal);
    const format = completionGrammar(request);
    const config = format ? { ...genConfig, response_format: format } : genConfig;
    return super.asyncGenerate(request, model, pipeline, chatConfig, config, timeReceived, journal);
  }
}
