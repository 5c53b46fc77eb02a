import { describe, expect, it } from 'vitest';
import { prebuiltAppConfig, modelVersion } from '@mlc-ai/web-llm';
import { PREBUILT_QWEN3, WEBLLM_MODEL_VERSION, rewardAnythingModel, toModelRecord } from './catalog.ts';

describe('model catalog', () => {
  it("mirrors WebLLM's own prebuilt Qwen3 records (ids, weights, libraries, memory)", () => {
    expect(WEBLLM_MODEL_VERSION).toBe(modelVersion);
    for (const m of PREBUILT_QWEN3) {
      const rec = prebuiltAppConfig.model_list.find((r) => r.model_id === m.id);
      expect(rec, m.id).toBeDefined();
      expect(m.weightsUrl).toBe(rec!.model);
      expect(m.modelLibUrl).toBe(rec!.model_lib);
      expect(m.vramMB).toBe(rec!.vram_required_MB);
    }
    expect(PREBUILT_QWEN3.map((m) => m.params)).toEqual(['0.6B', '0.6B', '1.7B', '1.7B', '4B', '4B', '8B', '8B']);
  });
  it('requires shader-f16 for f16 variants only', () => {
    for (const m of PREBUILT_QWEN3) expect(m.requiredFeatures.includes('shader-f16')).toBe(m.quant === 'q4f16_1');
  });
  it("builds RewardAnything on the user's weights with the Qwen3-8B library and an 8,192 window", () => {
    const ra = rewardAnythingModel('https://huggingface.co/me/RA-MLC', 'q4f32_1');
    const qwen8 = PREBUILT_QWEN3.find((m) => m.id === 'Qwen3-8B-q4f32_1-MLC')!;
    expect(ra.modelLibUrl).toBe(qwen8.modelLibUrl);
    const rec = toModelRecord(ra, 8192);
    expect(rec).toMatchObject({ model: 'https://huggingface.co/me/RA-MLC', model_id: 'RewardAnything-8B-v1-q4f32_1-MLC', overrides: { context_window_size: 8192 } });
  });
});
