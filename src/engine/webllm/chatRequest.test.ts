// The request the browser engine gives WebLLM passes WebLLM's own request check (no model needed to run it).
import { describe, expect, it } from 'vitest';
import { ModelType, postInitAndCheckFieldsChatCompletion, postInitAndCheckFieldsCompletion } from '@mlc-ai/web-llm';
import { answerGrammar } from '../../core/index.ts';
import { DEFAULT_SAMPLING } from '../types.ts';
import { webllmChatRequest, webllmContinuationRequest } from './chatRequest.ts';

const messages = [
  { role: 'system' as const, content: '\nYou are an evaluator.' },
  { role: 'user' as const, content: '{"principle": "p", "prompt": "q", "responses": {"model-1": "a", "model-2": "b"}}' },
];
const grammar = answerGrammar({ names: ['model-1', 'model-2'], thinking: true, thinkingBudget: 4000 }).ebnf;
const check = (req: ReturnType<typeof webllmChatRequest>) => postInitAndCheckFieldsChatCompletion(req, 'Qwen3-4B-q4f32_1-MLC', ModelType.LLM);

describe('webllmChatRequest', () => {
  it('with the answer grammar and log probabilities, passes WebLLM’s check', () => {
    const req = webllmChatRequest(messages, DEFAULT_SAMPLING, { grammar, topLogprobs: 5 });
    expect(() => check(req)).not.toThrow();
    expect(req.response_format).toEqual({ type: 'grammar', grammar });
    expect(req).toMatchObject({ logprobs: true, top_logprobs: 5 });
  });

  it('caps top log probabilities at what WebLLM allows', () => {
    const req = webllmChatRequest(messages, DEFAULT_SAMPLING, { topLogprobs: 20 });
    expect(req.top_logprobs).toBe(5);
    expect(() => check(req)).not.toThrow();
  });

  it('without options, is the plain request it always was', () => {
    const req = webllmChatRequest(messages, DEFAULT_SAMPLING);
    expect(() => check(req)).not.toThrow();
    expect(req.response_format).toBeUndefined();
    expect(req.logprobs).toBeUndefined();
    expect(req.extra_body).toEqual({ enable_thinking: DEFAULT_SAMPLING.enable_thinking });
  });
});

describe('webllmContinuationRequest (the thinking budget’s second step)', () => {
  const prefix = '<think>\nmodel-1 is shorter\n</think>\n\n';
  it('is a raw completion in Qwen3’s template ending at the closed reasoning, which WebLLM’s completion check accepts', () => {
    const req = webllmContinuationRequest(messages, prefix, { ...DEFAULT_SAMPLING, max_tokens: 300 }, { topLogprobs: 5 });
    expect(() => postInitAndCheckFieldsCompletion(req, 'Qwen3-4B-q4f32_1-MLC')).not.toThrow();
    expect(req.prompt.startsWith('<|im_start|>system\n\nYou are an evaluator.<|im_end|>\n<|im_start|>user\n')).toBe(true);
    expect(req.prompt.endsWith(`<|im_end|>\n<|im_start|>assistant\n${prefix}`)).toBe(true);
    expect(req).toMatchObject({ stream: true, max_tokens: 300, logprobs: true, top_logprobs: 5 });
    expect('response_format' in req).toBe(false);
  });

  it('with the answer grammar, carries it as response_format of type grammar, and WebLLM’s completion check still accepts it', () => {
    const answer = answerGrammar({ names: ['model-1', 'model-2'], thinking: false }).ebnf;
    const req = webllmContinuationRequest(messages, prefix, DEFAULT_SAMPLING, { grammar: answer });
    expect(() => postInitAndCheckFieldsCompletion(req, 'Qwen3-4B-q4f32_1-MLC')).not.toThrow();
    expect(req.response_format).toEqual({ type: 'grammar', grammar: answer });
  });
});
