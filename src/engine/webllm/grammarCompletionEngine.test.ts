// The worker's engine is WebLLM's real MLCEngine with one override: a streamed raw completion (the thinking budget's
// second step) keeps its grammar all the way to the pipeline, where WebLLM's sampler reads it. The model cannot load
// here (no weights or model library), so a recording pipeline stands in for the GPU one at the point WebLLM hands it
// the generation config; everything above it (completion(), asyncGenerate, prefill) is WebLLM's own code.
import { beforeAll, describe, expect, it } from 'vitest';
import { MLCEngine, WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';
import { answerGrammar } from '../../core/index.ts';
import { qwen3Kit, replay, type Qwen3Kit } from '../../core/protocol/qwen3Grammar.testkit.ts';
import { DEFAULT_SAMPLING } from '../types.ts';
import { installBackend } from './backend.real.ts';
import { webllmContinuationRequest } from './chatRequest.ts';
import type { GrammarCompletionParams } from './grammarCompletion.ts';
import { GrammarCompletionEngine } from './grammarCompletionEngine.ts';

const MODEL = 'Qwen3-4B-q4f32_1-MLC';
const messages = [
  { role: 'system' as const, content: '\nYou are an evaluator.' },
  { role: 'user' as const, content: '{"principle": "p", "prompt": "q", "responses": {"model-1": "a", "model-2": "b"}}' },
];
const prefix = '<think>\nmodel-1 is shorter\n</think>\n\n';
const answer = answerGrammar({ names: ['model-1', 'model-2'], thinking: false }).ebnf;

class Prefilled extends Error {}

interface Handed {
  prompt: unknown;
  genConfig: { response_format?: { type?: string; grammar?: string }; max_tokens?: number };
}

/**
 * Makes `engine` look loaded with a pipeline that records what WebLLM hands its prefill, then stops. Narrow boundary:
 * WebLLM keeps its loaded-model maps private and checks the pipeline's class, so the test reaches them by cast.
 */
function loadRecording(engine: MLCEngine): Handed[] {
  const handed: Handed[] = [];
  const pipeline = {
    resetChat: () => undefined,
    setConversation: () => undefined,
    setSeed: () => undefined,
    stopped: () => true,
    triggerStop: () => undefined,
    prefillStep: (prompt: unknown, _role: unknown, _name: unknown, genConfig: Handed['genConfig']) => {
      handed.push({ prompt, genConfig });
      return Promise.reject(new Prefilled());
    },
  };
  const chatConfig = { conv_template: { system_template: '', system_message: '', roles: {}, role_templates: {}, seps: [''], role_content_sep: '', role_empty_sep: '', stop_str: [], stop_token_ids: [] }, conv_config: {} };
  const internals = engine as unknown as {
    getLLMStates: () => [string, unknown, unknown];
    loadedModelIdToLock: Map<string, { acquire(): Promise<void>; release(): Promise<void> }>;
  };
  internals.getLLMStates = () => [MODEL, pipeline, chatConfig];
  internals.loadedModelIdToLock.set(MODEL, { acquire: () => Promise.resolve(), release: () => Promise.resolve() });
  return handed;
}

async function continueReply(engine: MLCEngine, grammar: string | null): Promise<Handed> {
  const handed = loadRecording(engine);
  const request = webllmContinuationRequest(messages, prefix, { ...DEFAULT_SAMPLING, max_tokens: 300 }, { grammar });
  const chunks = await engine.completion(request);
  await expect(chunks[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(Prefilled);
  expect(handed).toHaveLength(1);
  return handed[0]!;
}

let kit: Qwen3Kit;
beforeAll(async () => {
  kit = await qwen3Kit();
}, 60_000);

describe('GrammarCompletionEngine (the browser engine’s worker)', () => {
  it('hands the continuation’s answer grammar to the pipeline with the prompt that ends at the closed reasoning', async () => {
    const got = await continueReply(new GrammarCompletionEngine(), answer);
    expect(got.genConfig.response_format).toEqual({ type: 'grammar', grammar: answer });
    expect(got.genConfig.max_tokens).toBe(300);
    expect(String(got.prompt).endsWith(`<|im_start|>assistant\n${prefix}`)).toBe(true);
  });

  it('is the engine the production worker runs', async () => {
    const handler = new WebWorkerMLCEngineHandler();
    installBackend(handler);
    expect(handler.engine).toBeInstanceOf(GrammarCompletionEngine);
    const got = await continueReply(handler.engine as MLCEngine, answer);
    expect(got.genConfig.response_format?.grammar).toBe(answer);
  });

  it('without a grammar, the continuation is WebLLM’s own, unconstrained', async () => {
    const got = await continueReply(new GrammarCompletionEngine(), null);
    expect(got.genConfig.response_format).toBeUndefined();
  });

  it('WebLLM’s own engine drops a completion’s grammar (why this class exists; if this fails, WebLLM fixed it)', async () => {
    const got = await continueReply(new MLCEngine(), answer);
    expect(got.genConfig.response_format).toBeUndefined();
  });

  it('refuses a grammar it would drop: on a completion that is not streamed, or of another kind', async () => {
    const engine = new GrammarCompletionEngine();
    loadRecording(engine);
    const streamed = webllmContinuationRequest(messages, prefix, DEFAULT_SAMPLING, { grammar: answer });
    await expect(engine.completion({ ...streamed, stream: false, stream_options: undefined })).rejects.toThrow('only by a streamed completion');
    const jsonKind: GrammarCompletionParams = { ...streamed, response_format: { type: 'json_object' } };
    await expect(engine.completion(jsonKind)).rejects.toThrow('response_format must be');
  });

  it('what it hands the pipeline holds the answer: the real grammar engine over Qwen3’s tokens takes a valid answer and refuses prose', async () => {
    const got = await continueReply(new GrammarCompletionEngine(), answer);
    const compiled = await kit.compile(got.genConfig.response_format!.grammar!);
    const valid = await replay(kit, compiled, kit.encode('```json\n{"scores": {"model-1": 4, "model-2": 2}, "best-to-worst": ["model-1", "model-2"]}\n```'));
    expect(valid).toMatchObject({ accepted: true, canEnd: true });
    const prose = await replay(kit, compiled, kit.encode('I would pick model-1.'));
    expect(prose).toMatchObject({ accepted: false, rejectedAt: 0 });
    compiled.dispose();
  }, 60_000);
});
