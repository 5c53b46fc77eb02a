import type { ServerResponse } from 'node:http';
import { countPromptTokens, scriptContinuation, scriptJudgment, tokenizeForStreaming } from '../fixtures/scripted-judge.ts';
import type { ScriptMessage } from '../fixtures/scripted-judge.ts';
import type { Fault } from './faults.ts';
import { chunk, completion, usage, usageChunk } from './openai-format.ts';
import { scoreLogprobs, tokenizeWithScoreDigits } from '../fixtures/score-logprobs.ts';
import type { ChunkContext, Delta } from './openai-format.ts';

/** The fields of a chat completion request the fixture reads. */
export interface CompletionRequest {
  model: string;
  messages: ScriptMessage[];
  stream: boolean;
  includeUsage: boolean;
  maxTokens: number | null;
  /** `top_logprobs` when `logprobs: true` was asked (0 when no count was given); null when not asked. */
  topLogprobs: number | null;
  /** The grammar field the request carried (structured_outputs, guided_grammar, ebnf or grammar), if any. */
  grammarField: string | null;
  /**
   * The reply to continue: the final assistant message of a request with `continue_final_message: true` (and
   * `add_generation_prompt: false`, as vLLM requires); `messages` then holds the ones before it. Null otherwise.
   */
  continueFrom: string | null;
  /**
   * The thinking budget the request asks the server to enforce (vLLM `thinking_token_budget`, SGLang
   * `custom_params.thinking_budget`): with fault-reasoning-content the reasoning ends after this many tokens, as
   * those servers force it. Null: none.
   */
  thinkingBudget: number | null;
}

const GRAMMAR_FIELDS = ['structured_outputs', 'guided_grammar', 'ebnf', 'grammar'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the request body; returns an error message for a 400 when it is not a chat completion request. */
export function parseCompletionRequest(body: string): CompletionRequest | string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'The request body is not valid JSON.';
  }
  if (!isRecord(json)) return 'The request body must be a JSON object.';
  if (typeof json.model !== 'string') return '`model` is required.';
  if (!Array.isArray(json.messages)) return '`messages` must be an array.';
  const messages: ScriptMessage[] = [];
  for (const m of json.messages) {
    if (!isRecord(m) || typeof m.role !== 'string' || typeof m.content !== 'string') return 'Each message needs a string role and content.';
    messages.push({ role: m.role, content: m.content });
  }
  let continueFrom: string | null = null;
  if (json.continue_final_message === true) {
    // As vLLM's request check: the two cannot both be on (add_generation_prompt defaults to true there).
    if (json.add_generation_prompt !== false) return 'Cannot set both `continue_final_message` and `add_generation_prompt` to True.';
    const last = messages[messages.length - 1];
    if (last?.role !== 'assistant') return '`continue_final_message` needs a final message from the assistant.';
    continueFrom = last.content;
    messages.pop();
  }
  const max = json.max_tokens ?? json.max_completion_tokens;
  const streamOptions = isRecord(json.stream_options) ? json.stream_options : {};
  return {
    model: json.model,
    messages,
    stream: json.stream === true,
    includeUsage: streamOptions.include_usage === true,
    maxTokens: typeof max === 'number' && max >= 0 ? Math.floor(max) : null,
    topLogprobs: json.logprobs === true ? (typeof json.top_logprobs === 'number' ? json.top_logprobs : 0) : null,
    grammarField: GRAMMAR_FIELDS.find((f) => json[f] !== undefined) ?? null,
    continueFrom,
    thinkingBudget: typeof json.thinking_token_budget === 'number' ? json.thinking_token_budget : isRecord(json.custom_params) && typeof json.custom_params.thinking_budget === 'number' ? json.custom_params.thinking_budget : null,
  };
}

/** The deltas to stream (one token each) and how the generation ends. */
function plan(text: string, fault: Fault | null, maxTokens: number | null, withLogprobs = false, thinkingBudget: number | null = null): { deltas: Delta[]; finish: 'stop' | 'length' } {
  let deltas: Delta[];
  if (fault === 'fault-reasoning-content' && text.startsWith('<think>')) {
    // As vLLM's reasoning parser does: the tags are dropped, the text between them goes to reasoning_content.
    const close = text.indexOf('</think>');
    const reasoning = close < 0 ? text.slice('<think>'.length) : text.slice('<think>'.length, close);
    const content = close < 0 ? '' : text.slice(close + '</think>'.length);
    const reasoningTokens = tokenizeForStreaming(reasoning);
    deltas = [
      ...(thinkingBudget === null ? reasoningTokens : reasoningTokens.slice(0, thinkingBudget)).map((t): Delta => ({ reasoning_content: t })),
      ...tokenizeForStreaming(content).map((t): Delta => ({ content: t })),
    ];
  } else if (withLogprobs) {
    const pieces = tokenizeWithScoreDigits(text);
    // fault-logprobs-split: the first score digit is followed by ".0" in a token of its own (the score reads the same).
    const first = fault === 'fault-logprobs-split' ? scoreDigitPieces(pieces)[0] : undefined;
    if (first !== undefined) pieces.splice(first + 1, 0, '.0');
    deltas = pieces.map((t): Delta => ({ content: t }));
  } else {
    deltas = tokenizeForStreaming(text).map((t): Delta => ({ content: t }));
  }
  if (maxTokens !== null && deltas.length > maxTokens) return { deltas: deltas.slice(0, maxTokens), finish: 'length' };
  return { deltas, finish: 'stop' };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

const writeAndWait = (res: ServerResponse, data: string): Promise<void> =>
  new Promise((resolve) => res.write(data, () => resolve()));

interface ServeOptions {
  req: CompletionRequest;
  fault: Fault | null;
  headers: Record<string, string>;
  /** Aborted when the client goes away. */
  closed: AbortSignal;
  id: string;
  /** Delay between tokens for fault-slow. */
  slowTokenMs: number;
  /** For fault-cut: resolves when the half-sent stream should be dropped (or the client has gone). */
  cutSignal: (closed: AbortSignal) => Promise<void>;
}

/** Indices of the pieces that are a score digit written after `": ` (as score-logprobs.ts reads them). */
function scoreDigitPieces(pieces: readonly string[]): number[] {
  const out: number[] = [];
  pieces.forEach((p, i) => {
    if (/^\s*[1-5]$/.test(p) && pieces.slice(Math.max(0, i - 2), i).join('').endsWith(':')) out.push(i);
  });
  return out;
}

/** The delta that opens the answer's JSON (the first `{` after the reasoning), or -1. */
function answerOpening(deltas: Delta[]): number {
  const text = deltas.map((d) => d.content ?? '').join('');
  const at = text.indexOf('{', text.indexOf('</think>') + 1);
  if (at < 0) return -1;
  for (let i = 0, end = 0; i < deltas.length; i++) {
    end += (deltas[i].content ?? '').length;
    if (end > at) return i;
  }
  return -1;
}

/** Answers a chat completion, streamed or not, with the scripted judgment and the requested fault. */
export async function serveCompletion(res: ServerResponse, o: ServeOptions): Promise<void> {
  const text = o.req.continueFrom === null ? scriptJudgment(o.req.messages) : scriptContinuation(o.req.messages, o.req.continueFrom);
  const { deltas, finish } = plan(text, o.fault, o.req.maxTokens, o.req.topLogprobs !== null, o.req.thinkingBudget);
  const promptTokens = countPromptTokens(o.req.messages);
  const ctx: ChunkContext = { id: o.id, created: Math.floor(Date.now() / 1000), model: o.req.model, includeUsage: o.req.includeUsage };

  if (!o.req.stream) {
    const content = deltas.map((d) => d.content ?? '').join('');
    const body = JSON.stringify(completion(ctx, content, finish, usage(promptTokens, deltas.length)));
    res.writeHead(200, { ...o.headers, 'Content-Type': 'application/json' });
    res.end(body);
    return;
  }

  res.writeHead(200, { ...o.headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache' });
  const data = (payload: object | string) =>
    o.fault === 'fault-no-data-prefix' ? `${JSON.stringify(payload)}\n` : `data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`;
  const corruptAt = o.fault === 'fault-corrupt-sse' ? answerOpening(deltas) : -1;
  res.write(': fixture stream\n\n');
  res.write(data(chunk(ctx, { role: 'assistant', content: '' })));
  const half = Math.floor(deltas.length / 2);
  const pieces = deltas.map((d) => d.content ?? '');
  // fault-logprobs-gaps: the chunk of the second score digit carries no log probabilities (null), as some servers send.
  const gap = o.fault === 'fault-logprobs-gaps' ? (scoreDigitPieces(pieces)[1] ?? -1) : -1;
  for (let i = 0; i < deltas.length; i++) {
    if (o.closed.aborted) return;
    if (o.fault === 'fault-cut' && i === half) {
      await writeAndWait(res, '');
      await o.cutSignal(o.closed);
      res.socket?.destroy();
      return;
    }
    if (o.fault === 'fault-malformed-sse' && i === half) res.write('data: {not json\n\n');
    const line = data(chunk(ctx, deltas[i], null, o.req.topLogprobs === null || i === gap ? null : scoreLogprobs(pieces, i, o.req.topLogprobs)));
    res.write(i === corruptAt ? `${line.slice(0, 40)}\n\n` : line);
    if (o.fault === 'fault-slow') await sleep(o.slowTokenMs, o.closed);
  }
  if (o.closed.aborted) return;
  if (o.fault === 'fault-no-done') return void res.end();
  res.write(data(chunk(ctx, {}, finish)));
  if (o.req.includeUsage) res.write(data(usageChunk(ctx, usage(promptTokens, deltas.length))));
  res.end(data('[DONE]'));
}
