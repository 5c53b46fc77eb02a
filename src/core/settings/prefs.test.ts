import { describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLING } from '../records/sampling.ts';
import { readEngineKindPref, readIntPref, readNumberPref, readSamplingPref, readServerPref, readUserModelsPref, readDeviceSpeedsPref, readLoadOptionsPref, resetFields } from './prefs.ts';

describe('stored preferences', () => {
  it('keep every valid field and give each broken one its default', () => {
    expect(readSamplingPref({ temperature: 'hot', top_p: 0.9, max_tokens: -5, enable_thinking: false })).toEqual({ ...DEFAULT_SAMPLING, top_p: 0.9, enable_thinking: false });
    expect(readSamplingPref({ temperature: 0.7, top_p: 1, max_tokens: 2048, enable_thinking: true, seed: 7 })).toEqual({ temperature: 0.7, top_p: 1, max_tokens: 2048, enable_thinking: true, seed: 7 });
    expect(readServerPref({ baseUrl: 'http://gpu:8000/v1', model: 42, concurrency: 1e9 })).toEqual({ baseUrl: 'http://gpu:8000/v1', model: '', rememberKey: false, concurrency: 4, contextLength: 8192, dialect: 'none', splitsReasoning: false, topLogprobs: 0 });
  });

  it('fall back whole when what is stored is not an object at all', () => {
    expect(readSamplingPref('[1,2]')).toEqual(DEFAULT_SAMPLING);
    expect(readSamplingPref(null)).toEqual(DEFAULT_SAMPLING);
    expect(readServerPref([1])).toMatchObject({ model: '', concurrency: 4 });
  });

  it('read single values only when they are what the setting allows', () => {
    expect(readEngineKindPref('openai')).toBe('openai');
    expect(readEngineKindPref('gpu')).toBe('webllm');
    expect(readIntPref(16384, 512, 131072, 8192)).toBe(16384);
    expect(readIntPref('16384', 512, 131072, 8192)).toBe(8192);
    expect(readIntPref(1.5, 512, 131072, 8192)).toBe(8192);
    expect(readNumberPref(7.5, 5, 3600, 120)).toBe(7.5);
    expect(readNumberPref(1e9, 5, 3600, 120)).toBe(120);
  });
});

describe('stored user models', () => {
  it('drop a broken custom model and keep the others, so a bad entry cannot take the Models page down', () => {
    const good = { id: 'My-q4f16_1-MLC', weightsUrl: 'https://h/w', modelLibUrl: 'https://h/lib.wasm', requiredFeatures: ['shader-f16'] };
    expect(readUserModelsPref({ rewardAnything: { weightsUrl: 'https://h/ra', quant: 'q4f32_1' }, custom: [good, { id: 3 }, 'x'] })).toEqual({ rewardAnything: { weightsUrl: 'https://h/ra', quant: 'q4f32_1' }, custom: [good] });
    expect(readUserModelsPref({ rewardAnything: { weightsUrl: 1 }, custom: 'x' })).toEqual({ rewardAnything: null, custom: [] });
  });
});

describe('stored benchmark preferences', () => {
  it('keep valid load options and speeds, and drop or default the broken ones', () => {
    expect(readLoadOptionsPref({ kind: 'rmbench', format: 'xml', principle: 5, domain: 'code' }, { principle: 'P' })).toEqual({ kind: 'rmbench', format: 'auto', principle: 'P', domain: 'code' });
    const ok = { prefillTokensPerSec: 900, decodeTokensPerSec: 30, completionTokens: 400, date: '2026-12-01' };
    expect(readDeviceSpeedsPref({ 'webllm:a': ok, 'webllm:b': { ...ok, decodeTokensPerSec: 'fast' } })).toEqual({ 'webllm:a': ok });
  });
});

describe('resetFields', () => {
  it('names the stored fields a read replaced, so the user can be told', () => {
    const raw = { temperature: 'hot', top_p: 0.5, max_tokens: 2048, enable_thinking: true };
    expect(resetFields(raw, readSamplingPref(raw))).toEqual(['temperature']);
    expect(resetFields({ ...raw, temperature: 0 }, readSamplingPref({ ...raw, temperature: 0 }))).toEqual([]);
    expect(resetFields('gpu', readEngineKindPref('gpu'))).toEqual(['']);
    expect(resetFields(null, readEngineKindPref(null))).toEqual([]);
    expect(resetFields({ rewardAnything: null, custom: [1] }, readUserModelsPref({ rewardAnything: null, custom: [1] }))).toEqual(['custom']);
  });
});
