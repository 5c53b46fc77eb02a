// TypeScript source of the OpenAI-compatible snippet: a dependency-free port of the core's prompt building (CPython's
// MT19937 shuffle, Python-compatible JSON strings) and of the parser, plus one fetch call. Everything before
// EXAMPLE_MARKER is a library; the example after it runs only when the file is executed directly.

import { SYSTEM_PROMPT } from '../protocol/index.ts';
import { typescriptStringLiteral, typescriptTextExpression } from './literals.ts';
import type { TrainingSetup } from './setup.ts';
import { servedModel, snippetBaseUrl } from './setup.ts';

const FENCE = '```';

/** The line that separates the library part of the TypeScript snippet from its runnable example. */
export const EXAMPLE_MARKER = '// ---- Example: runs only when this file is executed directly ----';

/** Setup constants and the principle / system prompt literals. */
export function typescriptSetupConstants(setup: TrainingSetup): string {
  const s = setup.sampling;
  return `type Env = Record<string, string | undefined>;
const env: Env = (globalThis as { process?: { env?: Env } }).process?.env ?? {};

// ---- The setup (edit here, not below) --------------------------------------------------------------------------
export const MODEL = ${typescriptStringLiteral(servedModel(setup.modelId).name)};
// Never put a key in this file: it is read from the environment ("EMPTY" suits a local vLLM without --api-key).
export const BASE_URL = (env.REWARDANYTHING_BASE_URL ?? ${typescriptStringLiteral(snippetBaseUrl(setup.baseUrl))}).replace(/\\/+$/, "");
const API_KEY = env.OPENAI_API_KEY ?? "EMPTY";
export const CONTEXT_WINDOW = ${setup.contextWindow}; // tokens; start the server with at least this (vLLM: --max-model-len)
export const TEMPERATURE = ${s.temperature};
export const TOP_P = ${s.top_p};
export const MAX_TOKENS = ${s.max_tokens};
export const ENABLE_THINKING = ${s.enable_thinking};
export const MASK_RESPONSES = ${setup.mask};
/** Reward for a response the judge gave no usable score (unparseable answer). 0 = worst. */
export const MISSING_REWARD = 0;

export const PRINCIPLE: string = ${typescriptTextExpression(setup.principle)};

/** RewardAnything's fixed system prompt (rewardanything.processing.SYSTEM_PROMPT). Do not reformat it. */
export const SYSTEM_PROMPT: string = ${typescriptTextExpression(SYSTEM_PROMPT)};`;
}

/** The message builder, parser, judge call and reward helpers. */
export const TYPESCRIPT_JUDGE_FUNCTIONS = String.raw`

export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

/** Candidates as [name, text] pairs, in order. (A plain object would move integer-like names such as "2" first.) */
export type Responses = Array<[string, string]>;

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

/** Python's json.dumps(s, ensure_ascii=False) for one string, quotes included: everything but controls raw. */
export function pyJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0x20 && ch !== '"' && ch !== "\\") out += ch;
    else out += SHORT_ESCAPES[ch] ?? "\\u" + code.toString(16).padStart(4, "0");
  }
  return out + '"';
}

/**
 * CPython's random.seed(42); random.shuffle(x) with len(x) == n, bit for bit (MT19937 seeded by init_by_array([42]),
 * _randbelow by rejection on getrandbits). result[m] is the input index of the response that becomes model-(m+1).
 */
export function maskingOrder(n: number): number[] {
  const N = 624;
  const M = 397;
  const mt = new Uint32Array(N);
  mt[0] = 19650218;
  for (let i = 1; i < N; i++) mt[i] = (Math.imul(1812433253, mt[i - 1]! ^ (mt[i - 1]! >>> 30)) + i) >>> 0;
  let i = 1;
  for (let k = N; k > 0; k--) {
    mt[i] = ((mt[i]! ^ Math.imul(mt[i - 1]! ^ (mt[i - 1]! >>> 30), 1664525)) + 42) >>> 0; // key [42], j = 0
    if (++i >= N) {
      mt[0] = mt[N - 1]!;
      i = 1;
    }
  }
  for (let k = N - 1; k > 0; k--) {
    mt[i] = ((mt[i]! ^ Math.imul(mt[i - 1]! ^ (mt[i - 1]! >>> 30), 1566083941)) - i) >>> 0;
    if (++i >= N) {
      mt[0] = mt[N - 1]!;
      i = 1;
    }
  }
  mt[0] = 0x80000000;
  let index = N;
  const next = (): number => {
    if (index >= N) {
      for (let kk = 0; kk < N; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[(kk + 1) % N]! & 0x7fffffff);
        mt[kk] = mt[(kk + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      index = 0;
    }
    let y = mt[index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  };
  const order = Array.from({ length: n }, (_, k) => k);
  for (let a = n - 1; a > 0; a--) {
    const shift = Math.clz32(a + 1); // 32 - (a + 1).bit_length()
    let r = next() >>> shift;
    while (r > a) r = next() >>> shift;
    const t = order[a]!;
    order[a] = order[r]!;
    order[r] = t;
  }
  return order;
}

/**
 * The two chat messages, built exactly as the playground and rewardanything.processing.prepare_chat_messages do,
 * and the masked -> real name map (null without masking).
 */
export function buildMessages(
  prompt: string,
  responses: Responses,
  principle: string = PRINCIPLE,
  mask: boolean = MASK_RESPONSES,
): { messages: ChatMessage[]; maskedToReal: Map<string, string> | null } {
  if (new Set(responses.map(([name]) => name)).size !== responses.length) throw new Error("response names must be unique");
  let pairs = responses;
  let maskedToReal: Map<string, string> | null = null;
  if (mask) {
    const order = maskingOrder(responses.length);
    pairs = order.map((index, m): [string, string] => ["model-" + (m + 1), responses[index]![1]]);
    maskedToReal = new Map(order.map((index, m): [string, string] => ["model-" + (m + 1), responses[index]![0]]));
  }
  const user =
    '{"principle": ' + pyJsonString(principle) +
    ', "prompt": ' + pyJsonString(prompt) +
    ', "responses": {' + pairs.map(([name, text]) => pyJsonString(name) + ": " + pyJsonString(text)).join(", ") + "}}";
  return { messages: [{ role: "system", content: SYSTEM_PROMPT }, { role: "user", content: user }], maskedToReal };
}

/** Python's whitespace (str.strip, and \s in Python regexes). */
const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const IS_PY_SPACE = new RegExp("[" + PY_SPACE + "]");
const WS = "[" + PY_SPACE + "]*";

function pyStrip(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && IS_PY_SPACE.test(s[a]!)) a++;
  while (b > a && IS_PY_SPACE.test(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** A JSON value as Python's json.loads reads it; objects are Maps so the model's key order is kept. */
export type Json = null | boolean | number | string | Json[] | Map<string, Json>;

const LITERALS: Array<[string, Json]> = [
  ["null", null], ["true", true], ["false", false], ["NaN", NaN], ["Infinity", Infinity], ["-Infinity", -Infinity],
];

/** Python's json.loads: keys in the model's order (a repeated key keeps its first place and its last value),
 * NaN and Infinity accepted. Throws SyntaxError. */
export function pyJsonLoads(text: string): Json {
  let i = 0;
  const STRING = /"(?:[^"\\\x00-\x1f]|\\(?:["\\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
  const fail = (): never => {
    throw new SyntaxError("invalid JSON at offset " + i);
  };
  const skip = (): void => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const string = (): string => {
    STRING.lastIndex = i;
    const m = STRING.exec(text) ?? fail();
    i += m[0].length;
    return JSON.parse(m[0]) as string;
  };
  const value = (depth: number): Json => {
    if (depth > 1000) fail();
    skip();
    const c = text[i];
    if (c === "{" || c === "[") {
      i++;
      const object = new Map<string, Json>();
      const list: Json[] = [];
      skip();
      if (text[i] === (c === "{" ? "}" : "]")) {
        i++;
        return c === "{" ? object : list;
      }
      for (;;) {
        if (c === "{") {
          skip();
          if (text[i] !== '"') fail();
          const key = string();
          skip();
          if (text[i] !== ":") fail();
          i++;
          object.set(key, value(depth + 1));
        } else {
          list.push(value(depth + 1));
        }
        skip();
        if (text[i] === ",") i++;
        else if (text[i] === (c === "{" ? "}" : "]")) {
          i++;
          return c === "{" ? object : list;
        } else fail();
      }
    }
    if (c === '"') return string();
    for (const [word, v] of LITERALS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text) ?? fail();
    i += m[0].length;
    return Number(m[0]);
  };
  const result = value(0);
  skip();
  if (i !== text.length) fail();
  return result;
}

/** rewardanything.processing.fix_json_format. */
function fixJson(s: string): string {
  return s
    .replace(/'/g, '"')
    .replace(new RegExp("([{,])" + WS + "([a-zA-Z0-9_-]+)" + WS + ":", "g"), '$1"$2":')
    .replace(new RegExp("," + WS + "\\}", "g"), "}")
    .replace(new RegExp("," + WS + "\\]", "g"), "]")
    .replace(/"best-to-worse"/g, '"best-to-worst"');
}

/** The reference's fallbacks: as is, then repaired, then the slice from the first "{" to the last "}". */
function answerJson(answer: string): Json | undefined {
  for (const candidate of [answer, fixJson(answer)]) {
    try {
      return pyJsonLoads(candidate);
    } catch {
      // next fallback
    }
  }
  const first = answer.indexOf("{");
  const last = answer.lastIndexOf("}");
  if (first !== -1 && last > first) {
    try {
      const v = pyJsonLoads(answer.slice(first, last + 1));
      if (v instanceof Map) return v;
    } catch {
      // no JSON object
    }
  }
  return undefined;
}

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Numbers and numeric strings ("3") count; words, null, booleans, NaN and infinities do not. */
function toScore(v: Json | undefined): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && NUMERIC.test(pyStrip(v)) ? Number(pyStrip(v)) : NaN;
  return Number.isFinite(n) ? n : null;
}

export interface JudgeResult {
  reasoning: string;
  /** [name, score] in the model's order. */
  scores: Array<[string, number]>;
  /** Best first. */
  ranking: string[];
}

/**
 * The judge's raw output, parsed as the playground parses it: the reference parser's think split, fence removal and
 * JSON fallbacks, the "best-to-worse" spelling accepted, masked names mapped back; scores kept only when numeric.
 */
export function parseOutput(text: string, maskedToReal: Map<string, string> | null = null): JudgeResult {
  const start = text.indexOf("<think>");
  const end = text.indexOf("</think>");
  const reasoning = start !== -1 && end !== -1 ? pyStrip(text.slice(start + 7, end)) : "";
  const answer = pyStrip(text.replace(/<think>[\s\S]*?<\/think>/g, "").replace(/${FENCE}(?:json)?/g, ""));
  const result: JudgeResult = { reasoning, scores: [], ranking: [] };
  const data = answerJson(answer);
  if (!(data instanceof Map)) return result;
  const key = data.has("best-to-worst") ? "best-to-worst" : "best-to-worse";
  const scores = data.get("scores");
  const ranking = data.get(key);
  if ((data.has("scores") && !(scores instanceof Map)) || (data.has(key) && !Array.isArray(ranking))) return result;
  const real = (name: string): string => maskedToReal?.get(name) ?? name;
  const unmasked = new Map<string, Json>();
  if (scores instanceof Map) for (const [name, v] of scores) unmasked.set(real(name), v);
  for (const [name, v] of unmasked) {
    const score = toScore(v);
    if (score !== null) result.scores.push([name, score]);
  }
  if (Array.isArray(ranking)) for (const name of ranking) if (typeof name === "string") result.ranking.push(real(name));
  return result;
}

export interface JudgeOptions {
  principle?: string;
  /** Defaults to the global fetch (Node 18+, Deno, Bun, browsers). */
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

interface CompletionBody {
  choices?: Array<{
    finish_reason?: string | null;
    message?: { content?: string | null; reasoning_content?: string | null; reasoning?: string | null };
  }>;
}

/** One judge call over all the responses together (listwise), with the setup's sampling. */
export async function judge(
  prompt: string,
  responses: Responses,
  options: JudgeOptions = {},
): Promise<JudgeResult & { raw: string; finishReason: string | null }> {
  const { messages, maskedToReal } = buildMessages(prompt, responses, options.principle ?? PRINCIPLE);
  const response = await (options.fetch ?? fetch)(BASE_URL + "/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer " + API_KEY },
    body: JSON.stringify({
      model: MODEL,
      messages,
      temperature: TEMPERATURE,
      top_p: TOP_P,
      max_tokens: MAX_TOKENS,
      chat_template_kwargs: { enable_thinking: ENABLE_THINKING },
    }),
    signal: options.signal ?? null,
  });
  if (!response.ok) throw new Error("judge call failed: HTTP " + response.status + " " + (await response.text()).slice(0, 500));
  const choice = ((await response.json()) as CompletionBody).choices?.[0];
  const content = choice?.message?.content ?? "";
  // Servers with a reasoning parser (vLLM --reasoning-parser, llama.cpp, Ollama) return the reasoning separately.
  const thinking = choice?.message?.reasoning_content || choice?.message?.reasoning || "";
  const raw = thinking === "" || content.includes("<think>") ? content : "<think>" + thinking + "</think>" + content;
  return { ...parseOutput(raw, maskedToReal), raw, finishReason: choice?.finish_reason ?? null };
}

/** A 1-5 score -> a reward in [0, 1]: (score - 1) / 4, clipped; no score -> MISSING_REWARD. */
export function normalise(score: number | null | undefined): number {
  if (score === null || score === undefined) return MISSING_REWARD;
  return Math.min(1, Math.max(0, (score - 1) / 4));
}

/** Judge the response texts together in one call; one normalised reward per response, in order. */
export async function rewardAll(prompt: string, responses: string[], options: JudgeOptions = {}): Promise<number[]> {
  const names = responses.map((_, i) => "response-" + (i + 1));
  const result = await judge(prompt, names.map((name, i): [string, string] => [name, responses[i]!]), options);
  const scores = new Map(result.scores);
  return names.map((name) => normalise(scores.get(name)));
}

/** The reward of responses[index] when all the response texts are judged together. */
export async function reward(prompt: string, responses: string[], index: number, options: JudgeOptions = {}): Promise<number> {
  if (!Number.isInteger(index) || index < 0 || index >= responses.length) throw new RangeError("no response " + index);
  return (await rewardAll(prompt, responses, options))[index]!;
}
`;

/** The runnable example: judges EXAMPLE_RESPONSES, or prints the messages with --messages. */
export function typescriptExample(prompt: string, responses: ReadonlyArray<readonly [string, string]>): string {
  const pairs = responses
    .map(([name, text]) => `  [${typescriptStringLiteral(name)}, ${typescriptTextExpression(text, '    ')}],`)
    .join('\n');
  return `${EXAMPLE_MARKER}
export const EXAMPLE_PROMPT: string = ${typescriptTextExpression(prompt)};
export const EXAMPLE_RESPONSES: Responses = [
${pairs}
];

async function main(args: string[]): Promise<void> {
  if (args.includes("--messages")) {
    console.log(JSON.stringify(buildMessages(EXAMPLE_PROMPT, EXAMPLE_RESPONSES).messages, null, 2));
    return;
  }
  const result = await judge(EXAMPLE_PROMPT, EXAMPLE_RESPONSES);
  console.log(result.raw);
  console.log("scores:", result.scores, "ranking:", result.ranking, "finish:", result.finishReason);
}

const argv = (globalThis as { process?: { argv?: string[] } }).process?.argv ?? [];
const thisFile = decodeURIComponent(import.meta.url.slice(import.meta.url.lastIndexOf("/") + 1));
if (argv[1] !== undefined && argv[1].split(/[\\\\/]/).pop() === thisFile) {
  main(argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    (globalThis as { process?: { exitCode?: number } }).process!.exitCode = 1;
  });
}
`;
}
