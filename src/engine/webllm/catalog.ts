/**
 * The models the app offers. Records mirror WebLLM 0.2.86's prebuiltAppConfig (checked by catalog.test.ts) so the
 * main thread never imports WebLLM to read them.
 */
export const WEBLLM_MODEL_VERSION = 'v0_2_86/base';
export const MODEL_LIB_PREFIX = `https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/${WEBLLM_MODEL_VERSION}/`;

export type Quant = 'q4f16_1' | 'q4f32_1';

export interface CatalogModel {
  id: string;
  label: string;
  family: 'qwen3' | 'rewardanything' | 'custom';
  params: string;
  quant: Quant | string;
  /** Weights folder (Hugging Face repo URL or any https folder with mlc-chat-config.json). Empty until supplied. */
  weightsUrl: string;
  modelLibUrl: string;
  requiredFeatures: string[];
  vramMB: number;
  /** Approximate download size; replaced by the real figure once the tensor-cache manifest is known. */
  downloadMB: number;
  /** Paper baseline or the model itself, shown as a note. */
  note?: string;
}

const qwen3 = (params: string, quant: Quant, vramMB: number, downloadMB: number, note?: string): CatalogModel => ({
  id: `Qwen3-${params}-${quant}-MLC`,
  label: `Qwen3-${params} (${quant === 'q4f16_1' ? '4-bit, f16' : '4-bit, f32'})`,
  family: 'qwen3',
  params,
  quant,
  weightsUrl: `https://huggingface.co/mlc-ai/Qwen3-${params}-${quant}-MLC`,
  modelLibUrl: `${MODEL_LIB_PREFIX}Qwen3-${params}-${quant}_cs1k-webgpu.wasm`,
  // WebLLM's records leave this out for Qwen3, but the f16 kernels need it: declaring it turns a crash at first use
  // into a clear error before any download.
  requiredFeatures: quant === 'q4f16_1' ? ['shader-f16'] : [],
  vramMB,
  downloadMB,
  note,
});

export const PREBUILT_QWEN3: CatalogModel[] = [
  qwen3('0.6B', 'q4f16_1', 1403.34, 340),
  qwen3('0.6B', 'q4f32_1', 1924.98, 420),
  qwen3('1.7B', 'q4f16_1', 2036.66, 960),
  qwen3('1.7B', 'q4f32_1', 2635.44, 1100),
  qwen3('4B', 'q4f16_1', 3431.59, 2270),
  qwen3('4B', 'q4f32_1', 4327.71, 2500),
  qwen3('8B', 'q4f16_1', 5695.78, 4610, "RewardAnything's base model and the paper's Qwen3-8B baseline row"),
  qwen3('8B', 'q4f32_1', 6852.55, 5050, "RewardAnything's base model and the paper's Qwen3-8B baseline row"),
];

export const REWARDANYTHING_ID_PREFIX = 'RewardAnything-8B-v1';

/** RewardAnything-8B-v1 converted to MLC: the user hosts the weights; the Qwen3-8B model library is reused. */
export function rewardAnythingModel(weightsUrl: string, quant: Quant): CatalogModel {
  const base = PREBUILT_QWEN3.find((m) => m.params === '8B' && m.quant === quant);
  if (!base) throw new Error(`no Qwen3-8B ${quant} record`);
  return {
    ...base,
    id: `${REWARDANYTHING_ID_PREFIX}-${quant}-MLC`,
    label: `RewardAnything-8B-v1 (${quant === 'q4f16_1' ? '4-bit, f16' : '4-bit, f32'})`,
    family: 'rewardanything',
    weightsUrl,
    note: 'The reward model itself, converted to MLC format (see docs/convert-model.md)',
  };
}

export interface CustomModelInput {
  id: string;
  weightsUrl: string;
  modelLibUrl: string;
  requiredFeatures: string[];
  vramMB?: number;
  downloadMB?: number;
}

export function customModel(input: CustomModelInput): CatalogModel {
  return {
    id: input.id,
    label: input.id,
    family: 'custom',
    params: '?',
    quant: /q\d+f\d+(_\d)?/.exec(input.id)?.[0] ?? '?',
    weightsUrl: input.weightsUrl,
    modelLibUrl: input.modelLibUrl,
    requiredFeatures: input.requiredFeatures,
    vramMB: input.vramMB ?? 0,
    downloadMB: input.downloadMB ?? 0,
  };
}

/** The shape WebLLM's appConfig expects for one model. */
export interface WebLLMModelRecord {
  model: string;
  model_id: string;
  model_lib: string;
  vram_required_MB?: number;
  required_features?: string[];
  overrides?: { context_window_size?: number };
}

export function toModelRecord(m: CatalogModel, contextWindow: number): WebLLMModelRecord {
  return {
    model: m.weightsUrl,
    model_id: m.id,
    model_lib: m.modelLibUrl,
    vram_required_MB: m.vramMB || undefined,
    required_features: m.requiredFeatures.length ? m.requiredFeatures : undefined,
    overrides: { context_window_size: contextWindow },
  };
}

/** The models the user added, as stored: RewardAnything's weights and custom MLC models. */
export interface UserModels {
  rewardAnything: { weightsUrl: string; quant: Quant } | null;
  custom: CustomModelInput[];
}

/** Every model the app offers: RewardAnything (with the user's weights URL, or none yet), Qwen3, the user's own. */
export function catalogOf(u: UserModels): CatalogModel[] {
  const ra = rewardAnythingModel(u.rewardAnything?.weightsUrl ?? '', u.rewardAnything?.quant ?? 'q4f32_1');
  return [ra, ...PREBUILT_QWEN3, ...u.custom.map(customModel)];
}
