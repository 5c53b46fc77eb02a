// The judging setup a training snippet reproduces: everything that decides what the judge sees and how it samples.
// There is deliberately no API key here: snippets read keys from environment variables.

import type { JudgeCandidate } from '../protocol/index.ts';
import { isPyBlank } from '../protocol/index.ts';

/** Sampling settings, passed explicitly by every snippet (server and package defaults differ). */
export interface TrainingSampling {
  temperature: number;
  top_p: number;
  max_tokens: number;
  /** Qwen3 thinking mode (`chat_template_kwargs.enable_thinking`); RewardAnything was trained with it on. */
  enable_thinking: boolean;
}

/** One judging request to embed as a runnable example (from a judgment: its prompt and candidates). */
export interface TrainingExample {
  prompt: string;
  responses: JudgeCandidate[];
}

export interface TrainingSetup {
  principle: string;
  /** The reference's `mask_responses`. */
  mask: boolean;
  sampling: TrainingSampling;
  /** The model the setup was tested with: a WebLLM build id, a server's model name or a Hugging Face id. */
  modelId: string;
  /** Context window in tokens the judgment ran with. */
  contextWindow: number;
  /** The OpenAI-compatible server the judgment ran on, if any (never with credentials). */
  baseUrl?: string;
  /** Optional: a concrete request the snippet's example reproduces (e.g. the judgment's own inputs). */
  example?: TrainingExample;
}

/** The Hugging Face id of the released model. */
export const REWARDANYTHING_HF_ID = 'WisdomShell/RewardAnything-8B-v1';
/** The base URL snippets default to when the setup has none: a local vLLM server. */
export const DEFAULT_SNIPPET_BASE_URL = 'http://localhost:8000/v1';
/** The authors' serving settings (vLLM): temperature 0, max_tokens 4096, thinking on, 8,192-token context. */
export const DEFAULT_TRAINING_SAMPLING: TrainingSampling = Object.freeze({
  temperature: 0,
  top_p: 1,
  max_tokens: 4096,
  enable_thinking: true,
});
export const DEFAULT_TRAINING_CONTEXT_WINDOW = 8192;
/** rewardanything's local mode tokenizes with `truncation=True, max_length=4096`. */
export const REFERENCE_LOCAL_INPUT_LIMIT = 4096;

/** A setup with the authors' defaults for everything not given. */
export function trainingSetup(principle: string, overrides: Partial<Omit<TrainingSetup, 'principle'>> = {}): TrainingSetup {
  return {
    principle,
    mask: overrides.mask ?? true,
    sampling: { ...DEFAULT_TRAINING_SAMPLING, ...overrides.sampling },
    modelId: overrides.modelId ?? REWARDANYTHING_HF_ID,
    contextWindow: overrides.contextWindow ?? DEFAULT_TRAINING_CONTEXT_WINDOW,
    ...(overrides.baseUrl !== undefined ? { baseUrl: overrides.baseUrl } : {}),
    ...(overrides.example !== undefined ? { example: overrides.example } : {}),
  };
}

export interface ServedModel {
  /** The model name to request from a server / load with the package. */
  name: string;
  /** True when `name` looks like a Hugging Face repo id (owner/name), so `from_pretrained` can load it. */
  isHuggingFaceId: boolean;
  /** Why `name` differs from the tested model id, when it does. */
  note: string | null;
}

const MLC_SUFFIX = /-(q\d+f\d+(?:_\d+)?)-MLC$/;

/**
 * The model a snippet should name. WebLLM builds (`…-q4f16_1-MLC`) only run in the browser: a server or the Python
 * package loads the original weights instead, so RewardAnything builds map to its Hugging Face id and Qwen3 builds to
 * `Qwen/Qwen3-…`. Server model names are kept as they are.
 */
export function servedModel(modelId: string): ServedModel {
  const id = modelId.trim();
  const mlc = MLC_SUFFIX.exec(id);
  if (mlc) {
    const base = id.slice(0, mlc.index);
    const name = base.startsWith('RewardAnything-8B-v1')
      ? REWARDANYTHING_HF_ID
      : /^Qwen3-[\d.]+B$/.test(base)
        ? `Qwen/${base}`
        : base;
    return {
      name,
      isHuggingFaceId: name.includes('/'),
      note: `tested in the browser with the ${mlc[1]} WebLLM build ${id}; a server or the Python package runs the original weights, so scores can differ slightly`,
    };
  }
  if (id === '') return { name: REWARDANYTHING_HF_ID, isHuggingFaceId: true, note: 'no model recorded; the released model is assumed' };
  return { name: id, isHuggingFaceId: /^[\w.-]+\/[\w.-]+$/.test(id), note: null };
}

const ENDPOINT_SUFFIX = /\/(chat\/completions|completions|models)\/?$/;

/**
 * The base URL a snippet defaults to: the setup's server normalised as the app does (`…/v1` when the path is empty, a
 * pasted endpoint cut back), or a local vLLM server. User names, passwords, queries and fragments are dropped so no
 * credential can reach a snippet.
 */
export function snippetBaseUrl(baseUrl: string | undefined): string {
  const text = (baseUrl ?? '').trim();
  if (text === '') return DEFAULT_SNIPPET_BASE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return DEFAULT_SNIPPET_BASE_URL;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return DEFAULT_SNIPPET_BASE_URL;
  let path = url.pathname.replace(/\/+$/, '').replace(ENDPOINT_SUFFIX, '').replace(/\/+$/, '');
  if (path === '') path = '/v1';
  return `${url.protocol}//${url.host}${path}`;
}

/** The setup in words, one line per setting (for snippet headers and the dialog). */
export function describeSetup(setup: TrainingSetup): Array<[string, string]> {
  const served = servedModel(setup.modelId);
  const s = setup.sampling;
  return [
    ['model', served.name + (served.name !== setup.modelId ? ` (tested as ${setup.modelId})` : '')],
    ['context window', `${setup.contextWindow} tokens`],
    ['sampling', `temperature=${s.temperature}, top_p=${s.top_p}, max_tokens=${s.max_tokens}, thinking ${s.enable_thinking ? 'on' : 'off'}`],
    [
      'masking',
      setup.mask
        ? 'on: names hidden as model-1..model-N, order shuffled as random.seed(42); random.shuffle (depends only on N)'
        : 'off: the real names are shown to the judge, in the given order',
    ],
  ];
}

/** What a user should know before training with this setup; the first entries are the most severe. */
export function trainingCaveats(setup: TrainingSetup): string[] {
  const out: string[] = [];
  const s = setup.sampling;
  if (isPyBlank(setup.principle)) out.push('The principle is empty: the judge has nothing to follow. Write one before training.');
  if (!s.enable_thinking) {
    out.push('Thinking is off. RewardAnything was trained to reason before it scores; rewards are less reliable without it.');
  }
  if (s.temperature > 0) {
    out.push(
      `Temperature ${s.temperature}: the same response can get different rewards from one call to the next. Use 0 for training rewards, and check stability with repeat probes in the playground.`,
    );
  }
  if (setup.contextWindow < DEFAULT_TRAINING_CONTEXT_WINDOW) {
    out.push(
      `Context window ${setup.contextWindow} tokens: the prompt, all candidates and the reasoning must fit. The authors served with 8192.`,
    );
  }
  if (s.max_tokens < 2048) out.push(`max_tokens ${s.max_tokens} may cut the reasoning before the JSON answer; 4096 is the authors' setting.`);
  if (!setup.mask) out.push('Masking is off: the judge sees the candidates’ names, which it was not trained with and which can bias it.');
  else {
    out.push(
      'Masking order is fixed: the shuffle is seeded with 42 on every call, so the n-th candidate always lands in the same place for a given number of candidates. Position bias is systematic, not averaged out.',
    );
  }
  const served = servedModel(setup.modelId);
  if (served.note) out.push(`Model: ${served.note}.`);
  out.push('One judge call per prompt group: budget a full reasoning generation (often 300–1,500 tokens) per training prompt.');
  return out;
}
