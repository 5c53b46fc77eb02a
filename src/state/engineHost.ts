import { WebLLMEngine } from '../engine/webllm/webllmEngine.ts';

/** The one browser engine of the page (one worker, one GPU device). */
let instance: WebLLMEngine | null = null;

export function webllm(): WebLLMEngine {
  instance ??= new WebLLMEngine();
  return instance;
}
