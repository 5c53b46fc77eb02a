import type { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';
import { GrammarCompletionEngine } from './grammarCompletionEngine.ts';

/**
 * The production backend: WebLLM's MLCEngine, with streamed completions that keep their grammar
 * (grammarCompletionEngine.ts). The handler gave its own engine the callback that forwards load progress; hand it over.
 */
export function installBackend(handler: WebWorkerMLCEngineHandler): void {
  const engine = new GrammarCompletionEngine();
  engine.setInitProgressCallback(handler.engine.getInitProgressCallback());
  handler.engine = engine;
}
