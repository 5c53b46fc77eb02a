import { EngineError } from '../../engine/errors.ts';
import type { JudgeEngine } from '../../engine/types.ts';
import { WEBLLM_MAX_TOP_LOGPROBS } from '../../engine/webllm/chatRequest.ts';
import { grammarCoversReasoning, serverBudgetField, type EngineRef } from '../../core/index.ts';
import type { JudgeConstraint } from './runJudgment.ts';
import { serverEngine, webllm } from '../engineHost.ts';
import type { AppState } from '../store.ts';

/** A model to judge with other than the one the user picked (a comparison's): the choice itself is left alone. */
export type ModelChoice = { kind: 'webllm'; modelId: string } | { kind: 'openai'; model: string };

/**
 * The engine for `choice` (absent: the user's), ready to judge, or a clear error saying what to set up first. Never
 * changes the user's engine choice; a browser model must already be loaded.
 */
export async function engineFor(s: AppState, choice?: ModelChoice): Promise<{ engine: JudgeEngine; ref: EngineRef }> {
  const kind = choice?.kind ?? s.settings.engineKind;
  if (kind === 'openai') {
    const { baseUrl, apiKey, contextLength, dialect } = s.settings.server;
    const model = choice?.kind === 'openai' ? choice.model : s.settings.server.model;
    if (!baseUrl.trim() || !model.trim()) {
      throw new EngineError('bad-config', 'The OpenAI-compatible server is not set up.', 'Open Settings, enter the server URL and pick a model.');
    }
    const { engine, ready } = serverEngine({ baseUrl, model, apiKey: apiKey || undefined, dialect }, contextLength);
    const info = await ready;
    return { engine, ref: { kind: 'openai', modelId: model, baseUrl, contextWindow: info.contextWindow } };
  }
  const engine = webllm();
  const id = engine.loadedModelId;
  if (!id || s.models.load.status !== 'ready' || (choice?.kind === 'webllm' && choice.modelId !== id)) {
    throw new EngineError('not-loaded', 'No model is loaded in the browser.', 'Open Models, pick a model and load it (or switch to a server in Settings).');
  }
  return { engine, ref: { kind: 'webllm', modelId: id, contextWindow: s.models.load.contextWindow ?? s.settings.contextWindow } };
}

/** The engine the user picked, ready to judge. */
export const activeEngine = (s: AppState): Promise<{ engine: JudgeEngine; ref: EngineRef }> => engineFor(s);

/** Below this temperature, probabilities reported after the temperature (WebLLM's) say nothing about the other scores. */
export const MIN_LOGPROB_TEMPERATURE = 0.05;

/**
 * How a judgment with `kind` holds its answer to the protocol and asks for log probabilities: the browser engine with
 * WebLLM's grammar and 5 log probabilities per token unless the user turned them off (and log probabilities only at a
 * temperature that lets them be read: asking costs a read-back of the vocabulary per token); a server as its kind
 * allows; each with its thinking budget (Settings → Answer), off by default.
 */
export function judgeConstraint(s: AppState, kind: 'webllm' | 'openai'): JudgeConstraint | undefined {
  const { browserGrammar, browserLogprobs, browserThinkingBudget, serverThinkingBudget } = s.settings.answer;
  if (kind === 'webllm') {
    const logprobs = browserLogprobs && s.settings.sampling.temperature >= MIN_LOGPROB_TEMPERATURE;
    if (!browserGrammar && !browserLogprobs && browserThinkingBudget === null) return undefined;
    return { grammar: browserGrammar, coversReasoning: true, thinkingBudget: browserThinkingBudget, topLogprobs: logprobs ? WEBLLM_MAX_TOP_LOGPROBS : null, temperatureScaled: true, wantedLogprobs: browserLogprobs };
  }
  const { dialect, splitsReasoning, topLogprobs } = s.settings.server;
  if (dialect === 'none' && !topLogprobs && serverThinkingBudget === null) return undefined;
  const coversReasoning = grammarCoversReasoning(dialect, splitsReasoning);
  const serverBudget = serverThinkingBudget !== null && !coversReasoning && serverBudgetField(dialect) !== null;
  return { grammar: dialect !== 'none', coversReasoning, thinkingBudget: serverThinkingBudget, ...(serverBudget ? { serverBudget } : {}), topLogprobs: topLogprobs || null, temperatureScaled: false };
}
