import { answerGrammar, buildJudgeMessages, closeReasoning, createStreamParser, expectedScores, inputKeyOf, liveJudgment, type ExpectedScores, type JudgeInput, type LiveJudgment, type EngineRef, type JudgmentRecord, type ParsedJudgeOutput, type RunConstraint } from '../../core/index.ts';
import type { JudgeEngine, RawJudgment, Sampling } from '../../engine/types.ts';
import { isEngineError } from '../../engine/errors.ts';
import { putJudgment } from '../persist/judgments.ts';
import { thisTab } from '../tabLocks.ts';
import { newId } from '../newId.ts';

export interface RunJudgmentOptions {
  engine: JudgeEngine;
  engineRef: EngineRef;
  input: JudgeInput;
  mask: boolean;
  sampling: Sampling;
  signal: AbortSignal;
  tag?: string;
  /** Called at most once per animation frame with what has streamed so far. */
  onLive?(live: LiveJudgment): void;
  /** The engine's request is open (servers: the answer's headers are in). */
  onOpen?(): void;
  /** Persist the record (default true). Benchmarks store their own items instead. */
  persist?: boolean;
  /** Hold the answer to the protocol and ask for log probabilities (the engine's settings); absent: neither. */
  constraint?: JudgeConstraint;
  /** Keep when each piece streamed, so the judgment can be replayed (default: when it is persisted). */
  keepTimeline?: boolean;
}

/** How the judgment holds its answer to the protocol and asks for log probabilities (core's RunConstraint). */
export type JudgeConstraint = RunConstraint;

const nextFrame: (cb: () => void) => void =
  typeof requestAnimationFrame === 'function' ? (cb) => requestAnimationFrame(() => cb()) : (cb) => setTimeout(cb, 16);

const STREAM_ADVICE = "The server's stream was damaged on the way (a proxy that buffers or rewrites it, or a server bug); run again, and check the server's log if it keeps happening.";


/**
 * One judgment end to end: build the messages (core), stream from the engine, parse as it streams (core),
 * then parse the whole output for parity with the reference, un-mask, and persist. Never loses what streamed:
 * a stop, a broken stream or an engine error still yields a record with the raw output so far.
 */
export async function runJudgment(o: RunJudgmentOptions): Promise<JudgmentRecord> {
  const { messages, maskedToReal } = buildJudgeMessages(o.input, { mask: o.mask });
  const persist = o.persist ?? true;
  const record: JudgmentRecord = {
    id: newId(),
    createdAt: Date.now(),
    finishedAt: null,
    inputKey: inputKeyOf(o.input, o.mask, o.engineRef, o.sampling),
    input: { principle: o.input.principle, prompt: o.input.prompt, responses: o.input.responses.map((r) => ({ name: r.name, text: r.text })) },
    mask: o.mask,
    maskedToReal,
    messages: messages.map((m) => ({ role: m.role, content: m.content })),
    engine: o.engineRef,
    sampling: { ...o.sampling },
    status: 'running',
    raw: '',
    parsed: null,
    stats: null,
    finishReason: null,
    error: null,
    tag: o.tag,
  };
  // While it streams, other tabs must not take the saved "running" record for one cut off by a reload.
  if (persist) record.tabId = thisTab();
  // Saved at once, but without holding up the request: the write overlaps the engine's prefill. A reload in the middle
  // still finds the record (marked interrupted). Awaited before the final write, so the two stay in order.
  const started = persist ? putJudgment(record) : null;
  started?.catch(() => {});

  // The names the model sees, in the prompt's order: the masked ones when masked.
  const seen = maskedToReal ? maskedToReal.map(([m]) => m) : o.input.responses.map((r) => r.name);
  const c = o.constraint;
  const grammar = c?.grammar ? answerGrammar({ names: seen, thinking: o.sampling.enable_thinking && c.coversReasoning }).ebnf : null;
  const topLogprobs = c?.topLogprobs ? c.topLogprobs : null;
  if (c && (c.grammar || topLogprobs || c.wantedLogprobs)) record.constraint = { grammar: grammar !== null, thinkingBudget: null };
  const budget = thinkingBudgetPlan(o, c);
  if (budget.record) record.reasoningBudget = budget.record;
  let parser = createStreamParser(maskedToReal, o.input.responses.map((r) => r.name));
  const pieces: string[] = [];
  const timeline: Array<[number, number]> | null = (o.keepTimeline ?? persist) ? [] : null;
  let requestedAt = 0;
  let chars = 0;
  let framePending = false;
  let lastSaved = performance.now();
  const flush = () => {
    framePending = false;
    o.onLive?.(liveJudgment(parser.snapshot(), chars, maskedToReal));
    // Keep what has streamed safe against a reload, about once a second.
    if (persist && performance.now() - lastSaved > 1000) {
      lastSaved = performance.now();
      record.raw = pieces.join('');
      void putJudgment(record);
    }
  };

  const emit = (text: string) => {
    pieces.push(text);
    timeline?.push([Math.round(performance.now() - requestedAt), text.length]);
    chars += text.length;
    parser.push(text);
    if (!framePending) {
      framePending = true;
      nextFrame(flush);
    }
  };
  /** What streamed so far is cut back to its first `keep` characters (a partial answer dropped before the continuation). */
  const rewind = (keep: number) => {
    const kept = pieces.join('').slice(0, keep);
    pieces.length = 0;
    pieces.push(kept);
    chars = kept.length;
    if (timeline) timeline.splice(0, timeline.length, ...truncateTimeline(timeline, keep));
    parser = createStreamParser(maskedToReal, o.input.responses.map((r) => r.name));
    parser.push(kept);
  };

  let result: RawJudgment | null = null;
  let constrainedRun = true;
  const judge = (constrained: boolean) => {
    requestedAt = performance.now();
    constrainedRun = constrained;
    const sampling = budget.tokens !== null ? { ...o.sampling, max_tokens: budget.tokens } : o.sampling;
    return o.engine.judge(messages, sampling, {
      signal: o.signal,
      grammar: constrained ? grammar : null,
      topLogprobs: constrained ? topLogprobs : null,
      thinkingBudget: constrained ? budget.serverTokens : null,
      ...(o.onOpen ? { onOpen: o.onOpen } : {}),
      onDelta: emit,
    });
  };
  // Only the continuation's own tokens carry the answer's log probabilities: expected scores are read from them.
  let answerPart: { text: string; logprobs: RawJudgment['logprobs'] } | null = null;
  try {
    try {
      result = await judge(true);
    } catch (e) {
      // A server that refuses the constraint fields (before any output): judge once without them, and say so.
      if (!(grammar || topLogprobs || budget.serverTokens !== null) || chars > 0 || !isEngineError(e) || e.kind !== 'bad-config') throw e;
      if (budget.serverTokens !== null) record.reasoningBudget = { tokens: budget.serverTokens, cut: false, note: 'The server refused the request with the thinking budget, so this judgment ran without it.' };
      record.constraint = {
        grammar: false,
        thinkingBudget: null,
        note:
          o.engine.kind === 'openai'
            ? `The server refused the constraint (${e.message}); this judgment ran without it. Check the server kind in Settings.`
            : `WebLLM could not use the answer grammar (${firstLine(e.details.raw ?? e.message)}); this judgment ran without it. If it keeps happening, turn the grammar off in Settings → Answer.`,
      };
      result = await judge(false);
    }
    if (budget.tokens !== null && result.finishReason === 'length' && !o.signal.aborted) {
      const first = result;
      const firstText = first.text || pieces.join('');
      const { prefix, cut } = closeReasoning(firstText);
      const common = prefix.startsWith(firstText) ? firstText.length : prefix.lastIndexOf('\n\n');
      rewind(common);
      emit(prefix.slice(common));
      record.reasoningBudget = { ...record.reasoningBudget!, cut };
      const answerGrammarText = constrainedRun && grammar !== null && budget.continuationGrammar ? answerGrammar({ names: seen, thinking: false }).ebnf : null;
      const answerBudget = Math.max(o.sampling.max_tokens - budget.tokens, MIN_ANSWER_TOKENS);
      let second: RawJudgment;
      try {
        second = await o.engine.judge(messages, { ...o.sampling, max_tokens: answerBudget }, {
          signal: o.signal,
          grammar: answerGrammarText,
          topLogprobs: constrainedRun ? topLogprobs : null,
          continueFrom: prefix,
          onDelta: emit,
        });
      } catch (e) {
        // The reply so far (the closed reasoning) is kept; the judgment ends as an error, or as stopped.
        result = { ...first, text: prefix, finishReason: o.signal.aborted ? 'abort' : 'error' };
        if (!o.signal.aborted) {
          const why = isEngineError(e) ? e.message : e instanceof Error ? e.message : String(e);
          record.reasoningBudget = { ...record.reasoningBudget, note: `The engine could not continue the reply after the budget (${firstLine(why)}), so no answer was written.` };
        }
        throw e;
      }
      answerPart = { text: second.text, logprobs: second.logprobs };
      result = { ...second, text: prefix + second.text, stats: joinStats(first.stats, second.stats) };
      if (!answerGrammarText && grammar !== null && constrainedRun && !record.reasoningBudget.note) {
        record.reasoningBudget.note = 'The answer after the cut was not held to the grammar (this engine continues a reply without one); it is parsed as usual.';
      }
    }
  } catch (e) {
    record.error = isEngineError(e)
      ? { kind: e.kind, message: e.message, advice: e.advice }
      : { kind: 'unknown', message: e instanceof Error ? e.message : String(e), advice: 'Try again.' };
  }

  const raw = result?.text ?? pieces.join('');
  record.raw = raw;
  const final = parser.finish();
  const parsed: ParsedJudgeOutput = { reasoning: final.reasoning, scores: final.scores, ranking: final.ranking, diagnostics: final.diagnostics };
  record.parsed = raw ? parsed : null;
  record.stats = result?.stats ?? null;
  if (timeline && timeline.length > 0) record.timeline = timeline;
  if ((topLogprobs || c?.wantedLogprobs) && record.constraint?.note === undefined) {
    record.expected = unmaskedExpected(expectedScores(answerPart ? answerPart.logprobs : result?.logprobs, answerPart ? answerPart.text : raw, { names: seen, temperature: c?.temperatureScaled ? o.sampling.temperature : null }), maskedToReal);
  }
  record.finishReason = result?.finishReason ?? (record.error ? 'error' : null);
  // A stop is the user's own act, not an error; its status says it.
  if (result?.errorMessage && !record.error && result.finishReason !== 'abort') {
    record.error = { kind: result.finishReason === 'incomplete' ? 'stream-cut' : 'engine', message: result.errorMessage, advice: 'Run again for a complete judgment.' };
  }
  const streamWarnings = result?.warnings ?? [];
  const answered = parsed.scores.length > 0 || parsed.ranking.length > 0;
  // A damaged stream whose answer still reads is done (with the warning); one whose answer does not is an error, and
  // the damage is the reason given rather than the parser's "no JSON object".
  if (streamWarnings.length > 0 && !answered && !record.error) record.error = { kind: 'bad-stream', message: streamWarnings.join(' '), advice: STREAM_ADVICE };
  else if (streamWarnings.length > 0) record.warnings = streamWarnings;
  record.status =
    record.error && !result && o.signal.aborted ? 'stopped'
    : record.error && (!result || record.error.kind === 'bad-stream') ? 'error'
    : result?.finishReason === 'abort' || o.signal.aborted ? 'stopped'
    : result?.finishReason === 'incomplete' || result?.finishReason === 'error' ? 'error'
    : 'done';
  record.finishedAt = Date.now();
  delete record.tabId;
  o.onLive?.({ phase: 'done', reasoning: parsed.reasoning, scores: parsed.scores, ranking: parsed.ranking, chars: raw.length, maskedToReal });
  if (persist) {
    await started;
    await putJudgment(record);
  }
  return record;
}

const firstLine = (text: string) => text.split('\n')[0]!.slice(0, 200);

/** The answer after a cut gets what the token limit leaves after the budget, and at least this many tokens. */
export const MIN_ANSWER_TOKENS = 256;

interface BudgetPlan {
  /** The first request's max_tokens (the budget), or null: no budget applied. */
  tokens: number | null;
  /** The budget sent for the server to enforce itself, in the one request (RunConstraint.serverBudget); null: none. */
  serverTokens: number | null;
  /** The continuation can be held to the answer-only grammar. */
  continuationGrammar: boolean;
  /** What the record says about the budget (absent: none was set). */
  record?: { tokens: number; cut: boolean; note?: string };
}

/** Whether and how the thinking budget applies to this judgment, and what the record says when it does not. */
function thinkingBudgetPlan(o: RunJudgmentOptions, c: JudgeConstraint | undefined): BudgetPlan {
  const tokens = c?.thinkingBudget ?? null;
  if (tokens === null || !o.sampling.enable_thinking) return { tokens: null, serverTokens: null, continuationGrammar: false };
  const off = (note: string): BudgetPlan => ({ tokens: null, serverTokens: null, continuationGrammar: false, record: { tokens, cut: false, note } });
  if (tokens >= o.sampling.max_tokens) return off(`The thinking budget (${tokens} tokens) is not below the token limit (${o.sampling.max_tokens}), so it cannot cut the reasoning.`);
  if (!c!.coversReasoning && c!.serverBudget) {
    return { tokens: null, serverTokens: tokens, continuationGrammar: false, record: { tokens, cut: false, note: SERVER_BUDGET_NOTE(tokens) } };
  }
  if (!c!.coversReasoning) return off('The server splits the reasoning off (its reasoning parser), so the app cannot close the reasoning and continue: the budget was not applied. A vLLM or SGLang server enforces it itself: set its kind in Settings → Server.');
  const support = o.engine.continueSupport?.() ?? { reason: 'this engine cannot continue a reply' };
  if ('reason' in support) return off(`The thinking budget was not applied: ${support.reason}.`);
  return { tokens, serverTokens: null, continuationGrammar: support.grammar, record: { tokens, cut: false } };
}

/** What the record says of a budget the server enforces (it splits the reasoning off, so the app sees no cut). */
export const SERVER_BUDGET_NOTE = (tokens: number) =>
  `Thinking budget ${tokens} tokens, sent to the server with the request: the server closes the reasoning there itself and the grammar holds the answer after it.`;

/** The timeline of a stream cut back to its first `keep` characters. */
function truncateTimeline(timeline: ReadonlyArray<[number, number]>, keep: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let n = 0;
  for (const [ms, len] of timeline) {
    if (n >= keep) break;
    const take = Math.min(len, keep - n);
    out.push([ms, take]);
    n += take;
  }
  return out;
}

/** The statistics of a reply written in two requests: times and tokens added, speeds of the first. */
function joinStats(a: RawJudgment['stats'], b: RawJudgment['stats']): RawJudgment['stats'] {
  const add = (x: number | null, y: number | null) => (x === null || y === null ? null : x + y);
  return { ...a, endToEndMs: a.endToEndMs + b.endToEndMs, completionTokens: add(a.completionTokens, b.completionTokens) };
}

/** Expected scores under the user's names (the model wrote the masked ones). */
function unmaskedExpected(e: ExpectedScores, maskedToReal: Array<[string, string]> | null): ExpectedScores {
  if (!maskedToReal) return e;
  const real = new Map(maskedToReal);
  const name = (n: string) => real.get(n) ?? n;
  return { ...e, distributions: e.distributions.map((d) => ({ ...d, name: name(d.name) })), unavailable: e.unavailable.map((u) => ({ ...u, name: name(u.name) })) };
}
