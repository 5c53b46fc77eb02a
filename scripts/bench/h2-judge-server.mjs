// An OpenAI-compatible judge server over HTTP/2 (TLS, a self-signed certificate made with openssl at start) on
// 127.0.0.1, for the bench's scale measurement. It answers at once: every chat completion streams a realistic
// RewardAnything judgment of about 500 tokens, one token per SSE event as vLLM streams them, for the masked names the
// request's user message lists. It counts requests and the most streams open at once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http2 from 'node:http2';
import os from 'node:os';
import { join } from 'node:path';

export const JUDGE_MODEL = 'rewardanything-8b';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type',
  'access-control-max-age': '600',
  // Lets the page read the protocol (Resource Timing nextHopProtocol) across origins, as docs/serving.md's proxy does.
  'timing-allow-origin': '*',
};

/** A key and a self-signed certificate for 127.0.0.1, made by openssl in a temporary folder (removed at once). */
function selfSigned() {
  const dir = mkdtempSync(join(os.tmpdir(), 'ra-bench-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'pipe' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const WORDS = ('the principle asks for an answer that is complete correct and clear so each response is read for what it ' +
  'covers what it leaves out whether its reasoning holds and how well it follows the requested tone and format ' +
  'a response that states a fact without support or skips a step the user needs is marked down while one that ' +
  'explains the trade offs and gives a worked example is preferred').split(' ');

/** The judgment text for these masked names: ≈ 440 reasoning tokens (300 words), then the JSON answer. */
function judgmentText(names, seed) {
  const parts = [];
  let w = seed % WORDS.length;
  for (const name of names) {
    parts.push(`Looking at ${name}:`);
    for (let i = 0; i < Math.floor(300 / Math.max(1, names.length)); i++) parts.push(WORDS[w++ % WORDS.length]);
    parts.push('.');
  }
  const order = names.map((n, i) => [n, (i * 7 + seed) % names.length]).sort((a, b) => a[1] - b[1]).map(([n]) => n);
  const scores = order.map((n, r) => `${JSON.stringify(n)}: ${Math.max(1, 5 - r)}`).join(', ');
  const answer = `{"scores": {${scores}}, "best-to-worst": [${order.map((n) => JSON.stringify(n)).join(', ')}]}`;
  return `<think>\n${parts.join(' ')}\n</think>\n\n${answer}`;
}

/** Token-like pieces (as scripted-judge.ts streams them): up to 4 non-space characters with the space before. */
const pieces = (text) => text.match(/\s*\S{1,4}|\s+/g) ?? [];

function namesOf(body) {
  try {
    const req = JSON.parse(body);
    const user = [...req.messages].reverse().find((m) => m.role === 'user');
    const content = JSON.parse(user.content);
    return { names: Object.keys(content.responses ?? {}), includeUsage: req.stream_options?.include_usage === true, promptChars: user.content.length };
  } catch {
    return { names: ['model-1', 'model-2'], includeUsage: false, promptChars: 0 };
  }
}

function streamJudgment(stream, body, id) {
  const { names, includeUsage, promptChars } = namesOf(body);
  const tokens = pieces(judgmentText(names, id));
  const created = Math.floor(Date.now() / 1000);
  const chunk = (delta, finish = null) =>
    `data: ${JSON.stringify({ id: `chatcmpl-bench-${id}`, object: 'chat.completion.chunk', created, model: JUDGE_MODEL, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  let out = chunk({ role: 'assistant', content: '' });
  for (const t of tokens) out += chunk({ content: t });
  out += chunk({}, 'stop');
  if (includeUsage) {
    const usage = { prompt_tokens: Math.ceil(promptChars / 4), completion_tokens: tokens.length, total_tokens: Math.ceil(promptChars / 4) + tokens.length };
    out += `data: ${JSON.stringify({ id: `chatcmpl-bench-${id}`, object: 'chat.completion.chunk', created, model: JUDGE_MODEL, choices: [], usage })}\n\n`;
  }
  out += 'data: [DONE]\n\n';
  stream.respond({ ':status': 200, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...CORS });
  stream.end(out);
  return tokens.length;
}

/** Starts the server; `close()` stops it. `stats()` gives requests answered, tokens sent and the most streams open at once. */
export async function startH2JudgeServer() {
  const server = http2.createSecureServer({ ...selfSigned(), allowHTTP1: false, settings: { maxConcurrentStreams: 1000 } });
  // `open`: streams of any kind (CORS preflights included); `completionsOpen`: chat completions, from the request's
  // first byte here until its answer is written.
  const s = { requests: 0, completions: 0, preflights: 0, tokens: 0, open: 0, peakOpen: 0, completionsOpen: 0, peakCompletionsOpen: 0, protocols: new Set() };
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  server.on('stream', (stream, headers) => {
    s.requests++;
    s.open++;
    s.peakOpen = Math.max(s.peakOpen, s.open);
    stream.on('close', () => s.open--);
    stream.on('error', () => {});
    s.protocols.add(stream.session?.alpnProtocol ?? 'unknown');
    const method = headers[':method'];
    const path = headers[':path'] ?? '/';
    if (method === 'OPTIONS') {
      s.preflights++;
      stream.respond({ ':status': 204, ...CORS });
      stream.end();
      return;
    }
    if (method === 'GET' && path.startsWith('/v1/models')) {
      stream.respond({ ':status': 200, 'content-type': 'application/json', ...CORS });
      stream.end(JSON.stringify({ object: 'list', data: [{ id: JUDGE_MODEL, object: 'model', created: 1_700_000_000, owned_by: 'bench', max_model_len: 32768 }] }));
      return;
    }
    if (method === 'POST' && path.startsWith('/v1/chat/completions')) {
      s.completionsOpen++;
      s.peakCompletionsOpen = Math.max(s.peakCompletionsOpen, s.completionsOpen);
      stream.on('close', () => s.completionsOpen--);
      const parts = [];
      stream.on('data', (b) => parts.push(b));
      stream.on('end', () => {
        s.completions++;
        s.tokens += streamJudgment(stream, Buffer.concat(parts).toString('utf8'), s.completions);
      });
      return;
    }
    stream.respond({ ':status': 404, 'content-type': 'application/json', ...CORS });
    stream.end('{"detail": "Not Found"}');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `https://127.0.0.1:${port}/v1`,
    stats: () => ({ requests: s.requests, completions: s.completions, tokens: s.tokens, preflights: s.preflights, peakOpenStreams: s.peakOpen, peakOpenCompletions: s.peakCompletionsOpen, alpn: [...s.protocols] }),
    close: () => new Promise((resolve) => { server.close(() => resolve()); for (const session of sessions) session.destroy(); }),
  };
}
