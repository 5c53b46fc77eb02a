import { buildJudgeMessages, createStreamParser, inputKeyOf, liveJudgment, type JudgeInput, type LiveJudgment, type EngineRef, type JudgmentRecord, type ParsedJudgeOutput } from '../../core/index.ts';
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
  /** Persist the record (default true). Benchmarks store their own items instead. */
  persist?: boolean;
}

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

  const parser = createStreamParser(maskedToReal, o.input.responses.map((r) => r.name));
  const pieces: string[] = [];
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

  let result: RawJudgment | null = null;
  try {
    result = await o.engine.judge(messages, o.sampling, {
      signal: o.signal,
      onDelta(text) {
        pieces.push(text);
        chars += text.length;
        parser.push(text);
        if (!framePending) {
          framePending = true;
          nextFrame(flush);
        }
      },
    });
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
