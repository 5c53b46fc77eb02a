import { EngineError } from '../errors.ts';
import type { EngineErrorDetails } from '../errors.ts';
import { BASE_URL_ADVICE } from './advice.ts';
import { parseRetryAfter } from './retry-after.ts';
import { readServerMessage, readTextSafely } from './server-message.ts';

export interface HttpErrorContext {
  /** 'list-models', 'load' or 'judge'. */
  call: string;
  url: string;
  /** The model asked for, when the call names one. */
  model?: string;
}

const MODEL_NOT_FOUND = /model.*(not (exist|found)|does ?n.t exist|unknown|no such)|(unknown|invalid) model/i;
const CONTEXT_EXCEEDED = /context (length|window)|maximum context|too (long|many tokens)|max_model_len|exceeds? .*(context|tokens)/i;

const UNAUTHORIZED_ADVICE =
  'Check the API key in the server settings: it must match the key the server was started with (vLLM and llama.cpp: --api-key). ' +
  'Ollama and LM Studio need none unless a proxy in front of them asks for one.';
const SERVER_ERROR_ADVICE =
  "The server's log says why. Retrying may help if it was overloaded; if it keeps failing, check that the model fits in its " +
  'memory and that the prompt plus max_tokens fits its context (vLLM --max-model-len).';
const CONTEXT_ADVICE =
  'Lower max_tokens, shorten or remove candidates, or give the server a larger context (vLLM --max-model-len, llama.cpp -c, Ollama num_ctx).';
const unknownModelAdvice = (model: string) =>
  `Pick a model the server lists (Settings → Server → List models), or use the exact name it serves “${model}” under ` +
  '(vLLM --served-model-name, an Ollama tag such as qwen3:8b).';

/**
 * Turns a non-2xx response into an EngineError with the server's own message. A 429 or 5xx carries `retryAfterMs` in its
 * details when the server said how long to wait (read it with retryAfterOf).
 */
export async function errorFromResponse(res: Response, ctx: HttpErrorContext): Promise<EngineError> {
  const body = await readTextSafely(res);
  const { message, code, html } = readServerMessage(body);
  const status = res.status;
  const said = message !== '' ? `: ${message}` : html ? ' (an HTML page, not an API error)' : res.statusText ? `: ${res.statusText}` : '';
  const details: EngineErrorDetails = { call: ctx.call, url: ctx.url, status, raw: body.slice(0, 2000) };
  const modelMissing = ctx.model !== undefined && (code === 'model_not_found' || MODEL_NOT_FOUND.test(message));

  if (status === 401 || status === 403) {
    return new EngineError('unauthorized', `The server refused the request (HTTP ${status})${said}`, UNAUTHORIZED_ADVICE, details);
  }
  if (modelMissing && (status === 404 || status === 400)) {
    return new EngineError('unknown-model', `The server has no model named “${ctx.model}”${said}`, unknownModelAdvice(ctx.model ?? ''), details);
  }
  if (status === 404 || status === 405) {
    return new EngineError('not-found', `There is no OpenAI-compatible API at ${ctx.url} (HTTP ${status}): the base URL is probably wrong.`, BASE_URL_ADVICE, details);
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), message);
    const when = retryAfterMs === null ? '' : ` It asked to retry after ${Math.ceil(retryAfterMs / 1000)} s.`;
    const advice = 'Wait a moment and try again, or lower the number of concurrent requests in benchmark runs.';
    // retryAfterMs is an extra detail EngineErrorDetails does not declare yet; retryAfterOf() reads it back.
    const withRetry: EngineErrorDetails & { retryAfterMs?: number } = retryAfterMs === null ? details : { ...details, retryAfterMs };
    return new EngineError('rate-limited', `The server is rate-limiting requests (HTTP 429)${said}.${when}`, advice, withRetry);
  }
  if (status >= 500) {
    // A 503 may say when to come back (vLLM behind a proxy, a server starting up), as a 429 does.
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), message);
    const withRetry: EngineErrorDetails & { retryAfterMs?: number } = retryAfterMs === null ? details : { ...details, retryAfterMs };
    return new EngineError('server-error', `The server failed (HTTP ${status})${said}`, SERVER_ERROR_ADVICE, withRetry);
  }
  if (CONTEXT_EXCEEDED.test(message)) {
    return new EngineError('context-exceeded', `The request does not fit in the server's context window${said}`, CONTEXT_ADVICE, details);
  }
  if (status >= 400) {
    return new EngineError(
      'bad-config',
      `The server rejected the request (HTTP ${status})${said}`,
      'Check the sampling settings (temperature, top_p, max_tokens) against what this server accepts.',
      details,
    );
  }
  return new EngineError('unknown', `Unexpected answer from the server (HTTP ${status})${said}`, BASE_URL_ADVICE, details);
}
