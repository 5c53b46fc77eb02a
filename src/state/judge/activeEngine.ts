import { EngineError } from '../../engine/errors.ts';
import type { JudgeEngine } from '../../engine/types.ts';
import type { EngineRef } from '../records.ts';
import { serverEngine, webllm } from '../engineHost.ts';
import type { AppState } from '../store.ts';

/** The engine the user picked, ready to judge, or a clear error saying what to set up first. */
export async function activeEngine(s: AppState): Promise<{ engine: JudgeEngine; ref: EngineRef }> {
  if (s.engineKind === 'openai') {
    const { baseUrl, model, apiKey } = s.openai;
    if (!baseUrl.trim() || !model.trim()) {
      throw new EngineError('bad-config', 'The OpenAI-compatible server is not set up.', 'Open Settings, enter the server URL and pick a model.');
    }
    const { engine, ready } = serverEngine({ baseUrl, model, apiKey: apiKey || undefined }, s.contextWindow);
    const info = await ready;
    return { engine, ref: { kind: 'openai', modelId: model, baseUrl, contextWindow: info.contextWindow } };
  }
  const engine = webllm();
  const id = engine.loadedModelId;
  if (!id || s.load.status !== 'ready') {
    throw new EngineError('not-loaded', 'No model is loaded in the browser.', 'Open Models, pick a model and load it (or switch to a server in Settings).');
  }
  return { engine, ref: { kind: 'webllm', modelId: id, contextWindow: s.load.contextWindow ?? s.contextWindow } };
}
