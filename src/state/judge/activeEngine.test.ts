import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store.ts';
import { memoryStorage } from '../persist/memoryStorage.testkit.ts';
import { judgeConstraint } from './activeEngine.ts';

function store() {
  vi.stubGlobal('localStorage', memoryStorage({}));
  return createAppStore();
}
afterEach(() => vi.unstubAllGlobals());

describe('judgeConstraint', () => {
  it('holds the browser engine’s answer by default and asks for no log probabilities at temperature 0, wanting them', () => {
    const s = store();
    expect(judgeConstraint(s.getState(), 'webllm')).toMatchObject({ grammar: true, coversReasoning: true, topLogprobs: null, temperatureScaled: true, wantedLogprobs: true });
  });

  it('asks WebLLM for 5 log probabilities once the temperature lets them be read', () => {
    const s = store();
    s.getState().settingsActions.setSampling({ temperature: 0.7 });
    expect(judgeConstraint(s.getState(), 'webllm')).toMatchObject({ grammar: true, topLogprobs: 5 });
  });

  it('sends nothing to the browser engine when the user turns both off', () => {
    const s = store();
    s.getState().settingsActions.setAnswer({ browserGrammar: false, browserLogprobs: false });
    expect(judgeConstraint(s.getState(), 'webllm')).toBeUndefined();
  });

  it('leaves a server unconstrained until its kind is set, whatever the browser setting', () => {
    const s = store();
    expect(judgeConstraint(s.getState(), 'openai')).toBeUndefined();
    s.getState().settingsActions.setServer({ dialect: 'vllm', splitsReasoning: true });
    expect(judgeConstraint(s.getState(), 'openai')).toMatchObject({ grammar: true, coversReasoning: false, topLogprobs: null });
  });

  it('carries each engine’s own thinking budget, off by default, even with no grammar or log probabilities', () => {
    const s = store();
    expect(judgeConstraint(s.getState(), 'webllm')?.thinkingBudget).toBeNull();
    s.getState().settingsActions.setAnswer({ browserGrammar: false, browserLogprobs: false, browserThinkingBudget: 512, serverThinkingBudget: 2048 });
    expect(judgeConstraint(s.getState(), 'webllm')).toMatchObject({ grammar: false, thinkingBudget: 512 });
    expect(judgeConstraint(s.getState(), 'openai')).toMatchObject({ grammar: false, thinkingBudget: 2048 });
  });

  it('leaves the budget to a vLLM or SGLang server that splits the reasoning off, and to the app otherwise', () => {
    const s = store();
    s.getState().settingsActions.setAnswer({ serverThinkingBudget: 1024 });
    s.getState().settingsActions.setServer({ dialect: 'vllm', splitsReasoning: true });
    expect(judgeConstraint(s.getState(), 'openai')).toMatchObject({ coversReasoning: false, thinkingBudget: 1024, serverBudget: true });
    s.getState().settingsActions.setServer({ dialect: 'sglang', splitsReasoning: true });
    expect(judgeConstraint(s.getState(), 'openai')?.serverBudget).toBe(true);
    s.getState().settingsActions.setServer({ dialect: 'vllm', splitsReasoning: false });
    expect(judgeConstraint(s.getState(), 'openai')?.serverBudget).toBeUndefined();
    s.getState().settingsActions.setServer({ dialect: 'vllm-legacy', splitsReasoning: true });
    expect(judgeConstraint(s.getState(), 'openai')?.serverBudget).toBeUndefined();
  });
});
