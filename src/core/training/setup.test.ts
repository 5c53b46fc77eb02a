import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SNIPPET_BASE_URL,
  REWARDANYTHING_HF_ID,
  describeSetup,
  servedModel,
  snippetBaseUrl,
  trainingCaveats,
  trainingSetup,
} from './index.ts';

describe('trainingSetup', () => {
  it('defaults to the authors\' serving setup', () => {
    expect(trainingSetup('P')).toEqual({
      principle: 'P',
      mask: true,
      sampling: { temperature: 0, top_p: 1, max_tokens: 4096, enable_thinking: true },
      modelId: REWARDANYTHING_HF_ID,
      contextWindow: 8192,
    });
  });

  it('takes overrides, merging sampling', () => {
    const s = trainingSetup('P', { mask: false, sampling: { temperature: 0.3, top_p: 0.9, max_tokens: 1000, enable_thinking: false }, baseUrl: 'http://h/v1' });
    expect(s.mask).toBe(false);
    expect(s.sampling.temperature).toBe(0.3);
    expect(s.baseUrl).toBe('http://h/v1');
  });
});

describe('servedModel', () => {
  it('maps WebLLM builds to the weights a server or the package loads', () => {
    expect(servedModel('RewardAnything-8B-v1-q4f16_1-MLC')).toMatchObject({ name: REWARDANYTHING_HF_ID, isHuggingFaceId: true });
    expect(servedModel('RewardAnything-8B-v1-q4f16_1-MLC').note).toContain('q4f16_1');
    expect(servedModel('Qwen3-8B-q4f32_1-MLC')).toMatchObject({ name: 'Qwen/Qwen3-8B', isHuggingFaceId: true });
    expect(servedModel('Qwen3-0.6B-q4f16_1-MLC').name).toBe('Qwen/Qwen3-0.6B');
  });

  it('keeps server model names and Hugging Face ids as they are', () => {
    expect(servedModel('WisdomShell/RewardAnything-8B-v1')).toEqual({ name: 'WisdomShell/RewardAnything-8B-v1', isHuggingFaceId: true, note: null });
    expect(servedModel('rewardanything:8b')).toEqual({ name: 'rewardanything:8b', isHuggingFaceId: false, note: null });
    expect(servedModel('  ').name).toBe(REWARDANYTHING_HF_ID);
  });
});

describe('snippetBaseUrl', () => {
  it('normalises like the app and drops anything that could be a credential', () => {
    expect(snippetBaseUrl(undefined)).toBe(DEFAULT_SNIPPET_BASE_URL);
    expect(snippetBaseUrl('')).toBe(DEFAULT_SNIPPET_BASE_URL);
    expect(snippetBaseUrl('http://127.0.0.1:8000')).toBe('http://127.0.0.1:8000/v1');
    expect(snippetBaseUrl('http://127.0.0.1:8000/v1/')).toBe('http://127.0.0.1:8000/v1');
    expect(snippetBaseUrl('http://127.0.0.1:8000/v1/chat/completions')).toBe('http://127.0.0.1:8000/v1');
    expect(snippetBaseUrl('https://proxy.example/openai/v1')).toBe('https://proxy.example/openai/v1');
    expect(snippetBaseUrl('https://me:sk-123@h.example/v1?key=sk-1#frag')).toBe('https://h.example/v1');
    expect(snippetBaseUrl('not a url')).toBe(DEFAULT_SNIPPET_BASE_URL);
    expect(snippetBaseUrl('ftp://h/v1')).toBe(DEFAULT_SNIPPET_BASE_URL);
  });
});

describe('describeSetup and trainingCaveats', () => {
  it('describe every setting', () => {
    expect(describeSetup(trainingSetup('P', { modelId: 'Qwen3-8B-q4f16_1-MLC' }))).toEqual([
      ['model', 'Qwen/Qwen3-8B (tested as Qwen3-8B-q4f16_1-MLC)'],
      ['context window', '8192 tokens'],
      ['sampling', 'temperature=0, top_p=1, max_tokens=4096, thinking on'],
      ['masking', 'on: names hidden as model-1..model-N, order shuffled as random.seed(42); random.shuffle (depends only on N)'],
    ]);
  });

  it('warn about what makes training rewards unreliable', () => {
    const defaults = trainingCaveats(trainingSetup('P'));
    expect(defaults.join('\n')).toContain('Masking order is fixed');
    expect(defaults.join('\n')).toContain('One judge call per prompt group');
    expect(defaults.join('\n')).not.toContain('Temperature');
    const risky = trainingCaveats(
      trainingSetup(' ', {
        mask: false,
        sampling: { temperature: 0.7, top_p: 0.95, max_tokens: 512, enable_thinking: false },
        contextWindow: 4096,
        modelId: 'RewardAnything-8B-v1-q4f32_1-MLC',
      }),
    ).join('\n');
    for (const expected of ['principle is empty', 'Thinking is off', 'Temperature 0.7', 'Context window 4096', 'max_tokens 512', 'Masking is off', 'WebLLM build']) {
      expect(risky).toContain(expected);
    }
  });
});
