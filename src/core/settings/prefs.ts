import * as v from 'valibot';
import { DEFAULT_SAMPLING, type Sampling } from '../records/sampling.ts';

// Preferences come back from localStorage, where anything may have been written (an older version, an extension, a
// hand edit). Each is read through its schema: a broken field gets its default, the valid ones are kept.

const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const within = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));

/** The sampling settings, within what the Settings page allows. */
export const SamplingPrefSchema = v.object({
  temperature: v.fallback(within(0, 2), DEFAULT_SAMPLING.temperature),
  top_p: v.fallback(within(0.01, 1), DEFAULT_SAMPLING.top_p),
  max_tokens: v.fallback(int(16, 32768), DEFAULT_SAMPLING.max_tokens),
  enable_thinking: v.fallback(v.boolean(), DEFAULT_SAMPLING.enable_thinking),
  seed: v.fallback(v.optional(v.pipe(v.number(), v.integer())), undefined),
});

/** The thinking budget's bounds in tokens (the answer needs the rest of the token limit). */
export const THINKING_BUDGET_MIN = 16;
export const THINKING_BUDGET_MAX = 32768;

/** The server settings as stored (the API key is stored apart, and only when the user asks). */
export const ServerPrefSchema = v.object({
  baseUrl: v.fallback(v.string(), 'http://localhost:8000/v1'),
  model: v.fallback(v.string(), ''),
  rememberKey: v.fallback(v.boolean(), false),
  concurrency: v.fallback(int(1, 256), 4),
  contextLength: v.fallback(int(1, 10_000_000), 8192),
  /** How this server takes a grammar for the answer (core/settings/constraintDialect.ts); 'none': unconstrained. */
  dialect: v.fallback(v.picklist(['vllm', 'vllm-legacy', 'sglang', 'llamacpp', 'none']), 'none'),
  /** The server splits the reasoning off (vLLM/SGLang --reasoning-parser): the grammar then covers the answer only. */
  splitsReasoning: v.fallback(v.boolean(), false),
  /** Top log probabilities to ask for per token (expected scores); 0: none. */
  topLogprobs: v.fallback(int(0, 20), 0),
});
export type ServerPref = v.InferOutput<typeof ServerPrefSchema>;

/**
 * How a judgment's answer is held to the protocol and read (issue 14). The browser engine's grammar and log
 * probabilities are on by default; a server's are its own settings (ServerPrefSchema).
 * The thinking budgets are off by default (a budget enforced inside the grammar is too slow: see answerGrammar's
 * `thinkingBudget`; the app's budget is two requests, state/judge/runJudgment.ts).
 */
export const AnswerPrefSchema = v.object({
  /** Hold the browser engine's answer to the protocol with WebLLM's grammar. */
  browserGrammar: v.fallback(v.boolean(), true),
  /** Ask the browser engine for log probabilities (5 per token) when the temperature lets them be read. */
  browserLogprobs: v.fallback(v.boolean(), true),
  /** The thinking budget in the browser: tokens of reasoning before the app closes it and asks for the answer; null: off. */
  browserThinkingBudget: v.fallback(v.nullable(int(THINKING_BUDGET_MIN, THINKING_BUDGET_MAX)), null),
  /** The same for a server (its own setting: a server's token limit and speed differ). */
  serverThinkingBudget: v.fallback(v.nullable(int(THINKING_BUDGET_MIN, THINKING_BUDGET_MAX)), null),
});
export type AnswerPref = v.InferOutput<typeof AnswerPrefSchema>;

export const EngineKindPrefSchema = v.picklist(['webllm', 'openai']);
export type EngineKind = v.InferOutput<typeof EngineKindPrefSchema>;

const asObject = (raw: unknown): object => (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {});

/** Stored sampling settings, each broken field replaced by its default. */
export function readSamplingPref(raw: unknown): Sampling {
  const s = v.parse(SamplingPrefSchema, asObject(raw));
  return s.seed === undefined ? { temperature: s.temperature, top_p: s.top_p, max_tokens: s.max_tokens, enable_thinking: s.enable_thinking } : s;
}

/** Stored answer settings, each broken field replaced by its default. */
export function readAnswerPref(raw: unknown): AnswerPref {
  return v.parse(AnswerPrefSchema, asObject(raw));
}

/** Stored server settings, each broken field replaced by its default. */
export function readServerPref(raw: unknown): ServerPref {
  return v.parse(ServerPrefSchema, asObject(raw));
}

/** A stored whole number within [min, max], else `fallback`. */
export function readIntPref(raw: unknown, min: number, max: number, fallback: number): number {
  return v.parse(v.fallback(int(min, max), fallback), raw);
}

/** A stored number within [min, max], else `fallback`. */
export function readNumberPref(raw: unknown, min: number, max: number, fallback: number): number {
  return v.parse(v.fallback(within(min, max), fallback), raw);
}

export function readEngineKindPref(raw: unknown): EngineKind {
  return v.parse(v.fallback(EngineKindPrefSchema, 'webllm'), raw);
}

const CustomModelPrefSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  weightsUrl: v.string(),
  modelLibUrl: v.string(),
  requiredFeatures: v.fallback(v.array(v.string()), []),
  vramMB: v.fallback(v.optional(within(0, 1e7)), undefined),
  downloadMB: v.fallback(v.optional(within(0, 1e7)), undefined),
});

/** The models the user added: RewardAnything's weights URL and custom MLC models. */
export const UserModelsPrefSchema = v.object({
  rewardAnything: v.fallback(v.nullable(v.object({ weightsUrl: v.string(), quant: v.picklist(['q4f16_1', 'q4f32_1']) })), null),
  custom: v.fallback(v.array(v.unknown()), []),
});

export interface UserModelsPref {
  rewardAnything: { weightsUrl: string; quant: 'q4f16_1' | 'q4f32_1' } | null;
  custom: Array<v.InferOutput<typeof CustomModelPrefSchema>>;
}

/** Stored user models: a broken RewardAnything entry is dropped, and so is each broken custom model (the others stay). */
export function readUserModelsPref(raw: unknown): UserModelsPref {
  const s = v.parse(UserModelsPrefSchema, asObject(raw));
  const custom = s.custom.flatMap((c) => {
    const r = v.safeParse(CustomModelPrefSchema, c);
    return r.success ? [r.output] : [];
  });
  return { rewardAnything: s.rewardAnything, custom };
}

/** The Benchmark page's load options, as stored. */
export function readLoadOptionsPref(raw: unknown, defaults: { principle: string }) {
  return v.parse(
    v.object({
      kind: v.fallback(v.picklist(['auto', 'rabench', 'rmbench', 'rewardbench2', 'pairwise']), 'auto'),
      format: v.fallback(v.picklist(['auto', 'json', 'jsonl', 'parquet']), 'auto'),
      principle: v.fallback(v.string(), defaults.principle),
      domain: v.fallback(v.string(), ''),
    }),
    asObject(raw),
  );
}

const speed = v.object({
  prefillTokensPerSec: v.pipe(v.number(), v.finite(), v.gtValue(0)),
  decodeTokensPerSec: v.pipe(v.number(), v.finite(), v.gtValue(0)),
  completionTokens: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
  date: v.string(),
});

/** Stored device-benchmark speeds by engine and model; a broken entry is dropped (an estimate from it would be NaN). */
export function readDeviceSpeedsPref(raw: unknown): Record<string, v.InferOutput<typeof speed>> {
  const out: Record<string, v.InferOutput<typeof speed>> = {};
  for (const [key, value] of Object.entries(asObject(raw))) {
    const r = v.safeParse(speed, value);
    if (r.success) out[key] = r.output;
  }
  return out;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Which stored fields a schema read replaced with a default or dropped ("temperature", "custom[1]"), so the user can
 * be told; '' when the stored value as a whole was replaced. Fields the read does not keep at all are not reported.
 */
export function resetFields(raw: unknown, value: unknown, path = ''): string[] {
  if (raw === null || raw === undefined) return [];
  if (isRecord(raw) && isRecord(value)) return Object.keys(value).flatMap((k) => (k in raw ? resetFields(raw[k], value[k], path ? `${path}.${k}` : k) : []));
  if (Array.isArray(raw) && Array.isArray(value) && raw.length === value.length) return raw.flatMap((x, i) => resetFields(x, value[i], `${path}[${i}]`));
  return JSON.stringify(raw) === JSON.stringify(value) ? [] : [path];
}
