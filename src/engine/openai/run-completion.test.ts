// Server behaviours the fixture server does not produce, with fetch replaced by canned responses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isEngineError } from '../errors.ts';
import { runCompletion } from './run-completion.ts';
import type { CompletionCall } from './run-completion.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A Response whose body arrives in the given text pieces. */
function streamed(pieces: string[], headers: Record<string, string> = { 'Content-Type': 'text/event-stream' }): Response {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const p of pieces) controller.enqueue(enc.encode(p));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers });
}

function call(response: Response): { c: CompletionCall; deltas: string[] } {
  vi.stubGlobal('fetch', async () => response);
  const deltas: string[] = [];
  return {
    deltas,
    c: {
      url: 'http://h/v1/chat/completions',
      probeUrl: 'http://h/v1/models',
      headers: {},
      body: '{}',
      model: 'm',
      timeoutMs: 5000,
      signal: new AbortController().signal,
      onDelta: (t) => deltas.push(t),
    },
  };
}

const data = (o: object) => `data: ${JSON.stringify(o)}\r\n\r\n`;
const delta = (content: string, finish: string | null = null) => data({ choices: [{ index: 0, delta: { content }, finish_reason: finish }] });

describe('runCompletion with unusual servers', () => {
  it('CRLF events split mid-line and mid-UTF-8, finish_reason without [DONE] → stop', async () => {
    const raw = delta('<think>é') + ': ping\r\n\r\n' + delta('</think>{}', 'stop');
    const bytes = new TextEncoder().encode(raw);
    // Raw 3-byte chunks split the 2-byte "é" and the CRLF pairs: the engine must decode in streaming mode.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    const { c, deltas } = call(new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }));
    const { judgment } = await runCompletion(c);
    expect(judgment.text).toBe('<think>é</think>{}');
    expect(deltas).toEqual(['<think>é', '</think>{}']);
    expect(judgment.finishReason).toBe('stop');
    expect(judgment.stats.promptTokens).toBeNull();
    expect(judgment.stats.decodeTokensPerSec).toBeNull();
  });

  it('a server that ignores stream:true and answers JSON', async () => {
    const body = JSON.stringify({
      choices: [{ index: 0, message: { role: 'assistant', content: '\n\n{"scores": {}}', reasoning_content: '\nhmm\n' }, finish_reason: 'length' }],
      usage: { prompt_tokens: 10, completion_tokens: 4 },
    });
    const { c, deltas } = call(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    const { judgment } = await runCompletion(c);
    expect(judgment.text).toBe('<think>\nhmm\n</think>\n\n{"scores": {}}');
    expect(deltas.join('')).toBe(judgment.text);
    expect(judgment.finishReason).toBe('length');
    expect(judgment.stats.completionTokens).toBe(4);
  });

  it('an HTML page with status 200 → bad-response', async () => {
    const { c } = call(new Response('<!doctype html><html></html>', { headers: { 'Content-Type': 'text/html' } }));
    const e: unknown = await runCompletion(c).catch((x: unknown) => x);
    expect(isEngineError(e) && e.kind).toBe('bad-response');
  });

  it('an error event inside the stream ends the judgment with finishReason error, keeping the text', async () => {
    const { c } = call(streamed([delta('<think>par'), data({ error: { message: 'CUDA out of memory' } })]));
    const { judgment } = await runCompletion(c);
    expect(judgment).toMatchObject({ text: '<think>par', finishReason: 'error' });
    expect(judgment.errorMessage).toContain('CUDA out of memory');
  });

  it('a stream that breaks (no finish_reason, no [DONE]) is incomplete', async () => {
    const enc = new TextEncoder();
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(enc.encode(delta('<think>par')));
        else controller.error(new TypeError('network error'));
      },
    });
    const { c } = call(new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }));
    const { judgment } = await runCompletion(c);
    expect(judgment).toMatchObject({ text: '<think>par', finishReason: 'incomplete' });
    expect(judgment.errorMessage).toContain('closed the stream before the judgment finished');
  });

  it('a complete stream that ends cleanly without [DONE] or finish_reason is finished, with a warning', async () => {
    const { c } = call(streamed([delta('<think>ok</think>'), delta('{"scores": {"A": 5}, "best-to-worst": ["A"]}')]));
    const { judgment } = await runCompletion(c);
    expect(judgment.finishReason).toBe('stop');
    expect(judgment.errorMessage).toBeUndefined();
    expect(judgment.warnings).toEqual([expect.stringContaining('without a finish_reason or “data: [DONE]”')]);
  });

  it('a corrupt data line is skipped and named: the text it carried is missing', async () => {
    const corrupt = 'data: {"choices":[{"index":0,"delta":{"content":"{\\"sco\n\n';
    const { c } = call(streamed([delta('<think>x</think>'), corrupt, delta('res": {"A": 5}}', 'stop'), 'data: [DONE]\n\n']));
    const { judgment } = await runCompletion(c);
    expect(judgment.finishReason).toBe('stop');
    expect(judgment.text).toBe('<think>x</think>res": {"A": 5}}');
    expect(judgment.warnings).toEqual([expect.stringMatching(/1 corrupt event\(s\).*the first: “\{"choices".*missing from the answer/)]);
  });

  it('a body without data: prefixes is not an event stream, not a closed stream', async () => {
    const line = JSON.stringify({ choices: [{ index: 0, delta: { content: '{"scores": {}}' }, finish_reason: 'stop' }] });
    const { c } = call(streamed([`${line}\n${line}\n`]));
    const e: unknown = await runCompletion(c).catch((x: unknown) => x);
    expect(isEngineError(e) && e.kind).toBe('bad-response');
    expect(isEngineError(e) && e.message).toMatch(/not an event stream: none of its 2 line\(s\) starts with “data:” \(the first: “\{"choices"/);
  });

  it('a healthy stream carries no warnings', async () => {
    const { c } = call(streamed([delta('{}', 'stop'), 'data: [DONE]\n\n']));
    const { judgment } = await runCompletion(c);
    expect(judgment.warnings).toBeUndefined();
  });

  it('an unknown finish_reason is reported', async () => {
    const { c } = call(streamed([delta('x', 'content_filter'), 'data: [DONE]\n\n']));
    const { judgment } = await runCompletion(c);
    expect(judgment.finishReason).toBe('error');
    expect(judgment.errorMessage).toContain('content_filter');
  });
});
