import { EngineError } from '../errors.ts';
import { finishOutcome, type FinishOutcome } from '../finishReason.ts';
import { judgeStats } from '../judgeStats.ts';
import type { RawJudgment } from '../types.ts';
import { CompletionAccumulator } from './accumulator.ts';
import { errorFromResponse } from './http-errors.ts';
import { errorFromFetchFailure } from './network-errors.ts';
import { RequestControl } from './request-control.ts';
import { readServerMessage, readTextSafely } from './server-message.ts';
import { SseParser } from './sse.ts';
import { timeoutError } from './timeout-error.ts';

export interface CompletionCall {
  url: string;
  /** A GET-able URL on the same server (its /models), for telling CORS from unreachable. */
  probeUrl: string;
  headers: Record<string, string>;
  body: string;
  model: string;
  timeoutMs: number;
  signal: AbortSignal;
  onDelta(text: string): void;
  /** Called once the server has answered with a success status (the request is open on the server). */
  onOpen?(): void;
}

export interface CompletionResult {
  judgment: RawJudgment;
}

type Break = 'abort' | 'timeout' | 'cut' | null;

const CUT_MESSAGE = 'The server closed the stream before the judgment finished.';
const STOPPED_MESSAGE = 'Stopped before the judgment finished.';

function outcome(acc: CompletionAccumulator, broke: Break, silentMs: number): FinishOutcome {
  if (acc.streamError !== null) return { finishReason: 'error', errorMessage: `The server reported an error during generation: ${acc.streamError}` };
  if (acc.finishReason !== null) return finishOutcome(acc.finishReason, 'server');
  if (broke === 'abort') return { finishReason: 'abort', errorMessage: STOPPED_MESSAGE };
  if (broke === 'timeout') {
    return { finishReason: 'incomplete', errorMessage: `The server sent nothing for ${Math.round(silentMs / 1000)} s, so the request was dropped.` };
  }
  // A stream that ended cleanly (no [DONE], no finish_reason) is taken as it arrived; streamWarnings says so.
  if (acc.done || broke === null) return { finishReason: 'stop' };
  return { finishReason: 'incomplete', errorMessage: CUT_MESSAGE };
}

/** What was odd about a stream that ended: corrupt events skipped, no end marker. */
function streamWarnings(acc: CompletionAccumulator, broke: Break): string[] {
  const out: string[] = [];
  if (acc.malformed > 0) {
    out.push(
      `The server sent ${acc.malformed} corrupt event(s) in its stream (the first: “${acc.firstMalformed ?? ''}”); ` +
        'they were skipped, so any text they carried is missing from the answer.',
    );
  }
  if (broke === null && !acc.done && acc.finishReason === null && acc.streamError === null) {
    out.push('The server ended the stream without a finish_reason or “data: [DONE]”; the answer is kept as it arrived.');
  }
  return out;
}

function notAnEventStream(sse: SseParser, url: string): EngineError {
  return new EngineError(
    'bad-response',
    `The server's answer is not an event stream: none of its ${sse.foreignLines} line(s) starts with “data:” (the first: “${sse.firstForeignLine ?? ''}”).`,
    'Check that the base URL points at an OpenAI-compatible API, and that no proxy in front of it rewrites the stream.',
    { call: 'judge', url, raw: sse.firstForeignLine ?? '' },
  );
}

async function readStream(body: ReadableStream<Uint8Array>, acc: CompletionAccumulator, ctl: RequestControl): Promise<{ broke: Break; sse: SseParser }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const sse = new SseParser();
  let broke: Break = null;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      ctl.activity();
      for (const data of sse.push(decoder.decode(value, { stream: true }))) acc.event(data);
      if (acc.done) break;
    }
    if (!acc.done) for (const data of [...sse.push(decoder.decode()), ...sse.end()]) acc.event(data);
  } catch {
    broke = ctl.userAborted ? 'abort' : ctl.timedOut ? 'timeout' : 'cut';
  }
  reader.cancel().catch(() => undefined);
  return { broke, sse };
}

async function readJson(res: Response, acc: CompletionAccumulator, url: string): Promise<void> {
  const text = await readTextSafely(res);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (json === undefined || !acc.completion(json)) {
    throw new EngineError('bad-response', 'The server answered with something that is not an OpenAI chat completion.', 'Check that the base URL points at an OpenAI-compatible API.', {
      call: 'judge',
      url,
      raw: text.slice(0, 2000),
    });
  }
}

/**
 * POSTs one chat completion and reads the answer (SSE, or plain JSON from a server that ignores `stream`).
 * Returns partial output with finishReason 'abort' (caller stopped it) or 'incomplete' (stream broke or went silent);
 * throws EngineError when there is no answer at all (unreachable, CORS, HTTP error, timeout before the first byte).
 */
export async function runCompletion(c: CompletionCall): Promise<CompletionResult> {
  const now = () => performance.now();
  const start = now();
  const ctl = new RequestControl(c.signal, c.timeoutMs);
  const acc = new CompletionAccumulator(c.onDelta, now);
  const result = (o: FinishOutcome, warnings: string[] = []): CompletionResult => ({
    judgment: {
      text: acc.text,
      ...o,
      stats: judgeStats({ start, firstToken: acc.firstTokenAt, end: now() }, acc.usage),
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(acc.logprobs !== null ? { logprobs: acc.logprobs } : {}),
    },
  });
  try {
    let res: Response;
    try {
      // No `cache` option: a POST's answer is never cached anyway, and Chromium skips its CORS preflight cache for
      // 'no-store', which cost every judgment a preflight round trip (twice the requests of a benchmark run).
      res = await fetch(c.url, { method: 'POST', headers: c.headers, body: c.body, signal: ctl.signal });
    } catch (err) {
      if (ctl.userAborted) return result({ finishReason: 'abort', errorMessage: STOPPED_MESSAGE });
      if (ctl.timedOut) throw timeoutError('judge', c.url, c.timeoutMs);
      throw await errorFromFetchFailure(err, { call: 'judge', url: c.url, probeUrl: c.probeUrl });
    }
    if (!res.ok) {
      const error = await errorFromResponse(res, { call: 'judge', url: c.url, model: c.model });
      if (ctl.userAborted) return result({ finishReason: 'abort', errorMessage: STOPPED_MESSAGE });
      throw error;
    }
    c.onOpen?.();
    const type = res.headers.get('content-type') ?? '';
    if (/json/i.test(type)) {
      await readJson(res, acc, c.url);
      return result(acc.finishReason === null ? { finishReason: 'stop' } : finishOutcome(acc.finishReason, 'server'));
    }
    if (/html/i.test(type) || res.body === null) {
      const text = await readTextSafely(res);
      const what = readServerMessage(text).html ? 'a web page' : 'an empty or unknown answer';
      throw new EngineError('bad-response', `The server answered with ${what} instead of a completion stream.`, 'Check that the base URL points at an OpenAI-compatible API.', {
        call: 'judge',
        url: c.url,
        raw: text.slice(0, 2000),
      });
    }
    const { broke, sse } = await readStream(res.body, acc, ctl);
    if (broke === 'timeout' && !ctl.gotBytes) throw timeoutError('judge', c.url, c.timeoutMs);
    if (broke !== 'abort' && sse.dataLines === 0 && sse.foreignLines > 0) throw notAnEventStream(sse, c.url);
    return result(outcome(acc, broke, c.timeoutMs), streamWarnings(acc, broke));
  } finally {
    ctl.dispose();
  }
}
