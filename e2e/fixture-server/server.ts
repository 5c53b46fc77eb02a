/**
 * An OpenAI-compatible HTTP server on 127.0.0.1 that streams scripted judgments (e2e/fixtures/scripted-judge.ts), with
 * fault injection (faults.ts). Start it from Playwright's globalSetup or from a Vitest suite; it holds no global state.
 *
 * Routes: GET /v1/models, POST /v1/chat/completions (streamed or not), OPTIONS (CORS preflight) on any path, each also
 * under a `/ctx-<n>/` or `/ctx-none/` prefix that sets the reported context length. Anything
 * else answers 404 `{"detail": "Not Found"}` as vLLM (FastAPI) does, so a wrong base URL can be told from a wrong model.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { parseCompletionRequest, serveCompletion } from './completions.ts';
import type { CompletionRequest } from './completions.ts';
import { FAULTS, faultFromPath, isFault, mixedFault } from './faults.ts';
import type { Fault } from './faults.ts';
import { errorBody, modelList } from './openai-format.ts';
import type { FixtureServer, FixtureServerOptions, RecordedRequest, StartFixtureServer } from './types.ts';

export type { FixtureServer, FixtureServerOptions, RecordedRequest } from './types.ts';
export { FAULTS } from './faults.ts';
export type { Fault } from './faults.ts';

const MAX_BODY = 20 * 1024 * 1024;

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '0',
};

/** The CORS headers, with the preflight cache lifetime the test asked for (0 by default: every request preflights). */
const corsHeaders = (maxAgeS = 0): Record<string, string> => (maxAgeS === 0 ? CORS_HEADERS : { ...CORS_HEADERS, 'Access-Control-Max-Age': String(maxAgeS) });

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (b: Buffer) => {
      size += b.length;
      if (size <= MAX_BODY) parts.push(b);
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: object, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

interface State {
  opts: Required<Pick<FixtureServerOptions, 'models' | 'maxModelLen' | 'slowTokenMs' | 'cutHoldMs'>> & FixtureServerOptions;
  /** Releases of the fault-cut streams now holding their half. */
  heldCuts: Set<() => void>;
  requests: RecordedRequest[];
  /** Bodies already answered with a 429 by fault-429. */
  rateLimited: Set<string>;
  /** Bodies fault-mixed has already seen (only a first request faults). */
  mixedSeen: Set<string>;
  nextId: number;
}

/** Answers the faults that behave the same on every route; returns false when the request should go on. */
function answerCommonFault(fault: Fault | null, key: string, res: ServerResponse, headers: Record<string, string>, s: State): boolean {
  switch (fault) {
    case 'fault-hang':
      return true; // never answer: the request ends when the client disconnects or the server closes
    case 'fault-401':
      sendJson(res, 401, errorBody('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'), headers);
      return true;
    case 'fault-500':
      sendJson(res, 500, errorBody('Internal server error (fixture fault-500): the engine crashed.', 'server_error', null), headers);
      return true;
    case 'fault-503':
      sendJson(res, 503, errorBody('The server is overloaded (fixture fault-503).', 'server_error', null), { ...headers, 'Retry-After': '3' });
      return true;
    case 'fault-429':
      if (s.rateLimited.has(key)) return false;
      s.rateLimited.add(key);
      sendJson(res, 429, errorBody('Rate limit reached, retry after 1 second.', 'rate_limit_error', 'rate_limit_exceeded'), { ...headers, 'Retry-After': '1' });
      return true;
    default:
      return false;
  }
}

/** Holds a fault-cut stream until cutHoldMs passes, `POST /__fixture/cut` arrives or the client goes away. */
function holdCut(s: State, closed: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const release = () => {
      clearTimeout(timer);
      s.heldCuts.delete(release);
      closed.removeEventListener('abort', release);
      resolve();
    };
    const timer = setTimeout(release, s.opts.cutHoldMs);
    s.heldCuts.add(release);
    closed.addEventListener('abort', release);
  });
}

/** fault-mixed: the first request of a body the seeded hash picks gets a 429, a 503 or a dropped stream. */
function serveMixed(res: ServerResponse, o: { req: CompletionRequest; key: string; headers: Record<string, string>; closed: AbortSignal; id: string; s: State }): Promise<void> | void {
  const first = !o.s.mixedSeen.has(o.key);
  o.s.mixedSeen.add(o.key);
  const fault = first ? mixedFault(o.key, o.s.opts.faultSeed ?? 1) : null;
  if (fault === '429') return sendJson(res, 429, errorBody('Rate limit reached (fixture fault-mixed).', 'rate_limit_error', 'rate_limit_exceeded'), { ...o.headers, 'Retry-After': '1' });
  if (fault === '503') return sendJson(res, 503, errorBody('The server is overloaded (fixture fault-mixed).', 'server_error', null), { ...o.headers, 'Retry-After': '1' });
  return serveCompletion(res, {
    req: o.req,
    fault: fault === 'cut' ? 'fault-cut' : null,
    headers: o.headers,
    closed: o.closed,
    id: o.id,
    slowTokenMs: o.s.opts.slowTokenMs,
    cutSignal: () => Promise.resolve(),
  });
}

/**
 * A path prefix `/ctx-<n>/…` makes GET /v1/models report `max_model_len: n`, and `/ctx-none/…` report none (as
 * servers that do not say their context length), so one running server can stand in for servers of any context.
 */
function contextFromPath(path: string, fallback: number): { maxModelLen: number | null; path: string } {
  const m = /^\/ctx-(\d+|none)(\/.*)?$/.exec(path);
  if (!m) return { maxModelLen: fallback, path };
  return { maxModelLen: m[1] === 'none' ? null : Number(m[1]), path: m[2] ?? '/' };
}

async function handle(req: IncomingMessage, res: ServerResponse, s: State): Promise<void> {
  const method = req.method ?? 'GET';
  const rawPath = req.url ?? '/';
  const body = await readBody(req);
  s.requests.push({ method, path: rawPath, headers: { ...req.headers }, body: body ?? '' });

  const closed = new AbortController();
  res.once('close', () => closed.abort());

  const { maxModelLen, path } = contextFromPath(new URL(rawPath, 'http://fixture').pathname, s.opts.maxModelLen);
  const { fault: pathFault, apiPath } = faultFromPath(path);
  const headers = pathFault === 'fault-nocors' ? {} : corsHeaders(s.opts.corsMaxAgeS);

  if (method === 'OPTIONS') {
    if (pathFault === 'fault-hang') return;
    res.writeHead(204, headers);
    res.end();
    return;
  }
  if (apiPath === '/__fixture/cut' && method === 'POST') {
    const held = [...s.heldCuts];
    for (const release of held) release();
    return sendJson(res, 200, { released: held.length }, headers);
  }
  if (body === null) return sendJson(res, 413, errorBody('The request body is too large.', 'invalid_request_error'), headers);
  if (s.opts.apiKey !== undefined && req.headers.authorization !== `Bearer ${s.opts.apiKey}`) {
    return sendJson(res, 401, errorBody('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'), headers);
  }

  const key = `${method} ${apiPath} ${body}`;
  if (apiPath === '/v1/models' || apiPath === '/v1/models/') {
    if (method !== 'GET') return sendJson(res, 405, { detail: 'Method Not Allowed' }, headers);
    if (answerCommonFault(pathFault, key, res, headers, s)) return;
    const ids = [...s.opts.models, ...FAULTS];
    return sendJson(res, 200, modelList(ids, maxModelLen, 1_700_000_000), headers);
  }
  if (apiPath === '/v1/chat/completions') {
    if (method !== 'POST') return sendJson(res, 405, { detail: 'Method Not Allowed' }, headers);
    const parsed = parseCompletionRequest(body);
    if (typeof parsed === 'string') return sendJson(res, 400, errorBody(parsed, 'invalid_request_error'), headers);
    const fault = pathFault ?? (isFault(parsed.model) ? parsed.model : null);
    const replyHeaders = fault === 'fault-nocors' ? {} : headers;
    if (answerCommonFault(fault, key, res, replyHeaders, s)) return;
    const known = s.opts.models.includes(parsed.model) || isFault(parsed.model);
    if (fault === 'fault-404-model' || !known) {
      const message = `The model \`${parsed.model}\` does not exist.`;
      return sendJson(res, 404, errorBody(message, 'invalid_request_error', 'model_not_found'), replyHeaders);
    }
    if (fault === 'fault-no-grammar' && parsed.grammarField) {
      return sendJson(res, 400, errorBody(`Unknown request field \`${parsed.grammarField}\` (fixture fault-no-grammar).`, 'invalid_request_error'), replyHeaders);
    }
    const id = `chatcmpl-fixture-${s.nextId++}`;
    if (fault === 'fault-mixed') return serveMixed(res, { req: parsed, key, headers: replyHeaders, closed: closed.signal, id, s });
    return serveCompletion(res, { req: parsed, fault, headers: replyHeaders, closed: closed.signal, id, slowTokenMs: s.opts.slowTokenMs, cutSignal: (c) => holdCut(s, c) });
  }
  return sendJson(res, 404, { detail: 'Not Found' }, headers);
}

export const startFixtureServer: StartFixtureServer = (opts = {}) => {
  const state: State = {
    opts: { ...opts, models: opts.models ?? ['rewardanything-8b'], maxModelLen: opts.maxModelLen ?? 8192, slowTokenMs: opts.slowTokenMs ?? 50, cutHoldMs: opts.cutHoldMs ?? 30 },
    heldCuts: new Set(),
    requests: [],
    rateLimited: new Set(),
    mixedSeen: new Set(),
    nextId: 1,
  };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res, state).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(`Fixture server bug: ${String(err)}`, 'server_error'), CORS_HEADERS);
      else res.destroy();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return new Promise<FixtureServer>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('The fixture server has no TCP address.'));
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${host}:${address.port}`,
        port: address.port,
        requests: state.requests,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
  });
};
