import { describe, expect, it } from 'vitest';
import { errorFromResponse } from './http-errors.ts';
import { parseRetryAfter, retryAfterOf } from './retry-after.ts';

const ctx = { call: 'judge', url: 'http://h/v1/chat/completions', model: 'm' };
const json = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('errorFromResponse', () => {
  it('401/403 → unauthorized with the server message', async () => {
    const e = await errorFromResponse(json(401, { error: { message: 'Incorrect API key provided.', code: 'invalid_api_key' } }), ctx);
    expect(e.kind).toBe('unauthorized');
    expect(e.message).toContain('Incorrect API key');
    expect(e.details.status).toBe(401);
    expect((await errorFromResponse(json(403, {}), ctx)).kind).toBe('unauthorized');
  });

  it('404 about the model → unknown-model (OpenAI, vLLM and Ollama wordings)', async () => {
    const bodies = [
      { error: { message: 'The model `m` does not exist.', code: 'model_not_found' } },
      { object: 'error', message: 'The model `m` does not exist.', type: 'NotFoundError', code: 404 },
      { error: { message: 'model "m" not found, try pulling it first', type: 'api_error' } },
      { error: 'model "m" not found, try pulling it first' },
    ];
    for (const body of bodies) expect((await errorFromResponse(json(404, body), ctx)).kind).toBe('unknown-model');
  });

  it('404 on the path → not-found, with base URL advice', async () => {
    const e = await errorFromResponse(json(404, { detail: 'Not Found' }), ctx);
    expect(e.kind).toBe('not-found');
    expect(e.advice).toMatch(/\/v1/);
    expect((await errorFromResponse(json(404, { error: { message: 'The model does not exist', code: 'model_not_found' } }), { call: 'list-models', url: 'u' })).kind).toBe('not-found');
  });

  it('429 → rate-limited carrying the Retry-After delay', async () => {
    const e = await errorFromResponse(json(429, { error: { message: 'Slow down' } }, { 'Retry-After': '2' }), ctx);
    expect(e.kind).toBe('rate-limited');
    expect(retryAfterOf(e.details)).toBe(2000);
    const noHeader = await errorFromResponse(json(429, { error: { message: 'Rate limit reached. Please try again in 1.5s.' } }), ctx);
    expect(retryAfterOf(noHeader.details)).toBe(1500);
    expect(retryAfterOf((await errorFromResponse(json(429, {}), ctx)).details)).toBeNull();
  });

  it('503 → server-error carrying the Retry-After delay too', async () => {
    const e = await errorFromResponse(json(503, { error: { message: 'Overloaded' } }, { 'Retry-After': '4' }), ctx);
    expect(e.kind).toBe('server-error');
    expect(retryAfterOf(e.details)).toBe(4000);
  });

  it('5xx → server-error, HTML pages are described, not dumped', async () => {
    const e = await errorFromResponse(json(500, { error: { message: 'engine crashed' } }), ctx);
    expect(e).toMatchObject({ kind: 'server-error', details: { status: 500 } });
    expect(e.message).toContain('engine crashed');
    const html = await errorFromResponse(new Response('<!DOCTYPE html><html><body>Bad gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }), ctx);
    expect(html.kind).toBe('server-error');
    expect(html.message).toContain('HTML page');
  });

  it('400 about the context → context-exceeded; other 400 → bad-config', async () => {
    const ctxMsg = "This model's maximum context length is 8192 tokens. However, you requested 9000 tokens.";
    expect((await errorFromResponse(json(400, { object: 'error', message: ctxMsg }), ctx)).kind).toBe('context-exceeded');
    expect((await errorFromResponse(json(400, { detail: [{ msg: 'temperature must be >= 0' }] }), ctx)).kind).toBe('bad-config');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', '')).toBe(3000);
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', '', now)).toBe(5000);
    expect(parseRetryAfter(null, 'please try again in 250ms')).toBe(250);
    expect(parseRetryAfter('soon', '')).toBeNull();
  });
});
