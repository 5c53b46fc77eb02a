// Checks of the fixture server itself that the engine tests do not cover (CORS is enforced only by browsers, so here
// we look at the headers the browser would see).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from '../../../e2e/fixture-server/types.ts';
import { scriptJudgment, tokenizeForStreaming } from '../../../e2e/fixtures/scripted-judge.ts';
import { CANDIDATES, judgeMessages, loadFixtureServer } from './fixture-server.testkit.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await (await loadFixtureServer())();
});
afterAll(() => server.close());

const post = (path: string, body: object) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const preflight = (path: string) =>
  fetch(`${server.url}${path}`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://127.0.0.1:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
  });

describe('fixture server', () => {
  it('answers preflights and responses with permissive CORS headers by default', async () => {
    const pre = await preflight('/v1/chat/completions');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const res = await fetch(`${server.url}/v1/models`);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('fault-nocors: no CORS headers on the response (model) or on anything under the prefix (path)', async () => {
    const res = await post('/v1/chat/completions', { model: 'fault-nocors', messages: judgeMessages('x', CANDIDATES) });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    await res.text();
    const pre = await preflight('/fault-nocors/v1/models');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const list = await fetch(`${server.url}/fault-nocors/v1/models`);
    expect(list.status).toBe(200);
    expect(list.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers non-streaming requests, honouring max_tokens', async () => {
    const messages = judgeMessages('Prefer detail.', CANDIDATES);
    const full = (await (await post('/v1/chat/completions', { model: 'rewardanything-8b', messages })).json()) as {
      choices: Array<{ message: { content: string }; finish_reason: string }>;
      usage: { completion_tokens: number };
    };
    expect(full.choices[0].message.content).toBe(scriptJudgment(messages));
    expect(full.choices[0].finish_reason).toBe('stop');
    expect(full.usage.completion_tokens).toBe(tokenizeForStreaming(scriptJudgment(messages)).length);
    const cut = (await (await post('/v1/chat/completions', { model: 'rewardanything-8b', messages, max_tokens: 5 })).json()) as typeof full;
    expect(cut.choices[0].finish_reason).toBe('length');
    expect(cut.choices[0].message.content).toBe(tokenizeForStreaming(scriptJudgment(messages)).slice(0, 5).join(''));
  });

  it('rejects bad requests with OpenAI-style errors', async () => {
    const res = await post('/v1/chat/completions', { messages: [] });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { message: expect.stringContaining('model') } });
  });

  it('fault-cut holds half the stream until POST /__fixture/cut, then drops the connection', async () => {
    const holding = await (await loadFixtureServer())({ cutHoldMs: 60_000 });
    try {
      const res = await fetch(`${holding.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ model: 'fault-cut', stream: true, messages: judgeMessages('x', CANDIDATES) }),
      });
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let seen = '';
      while (!seen.includes('"delta":{"content"')) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended before the first half');
        seen += decoder.decode(value, { stream: true });
      }
      const released = (await (await fetch(`${holding.url}/__fixture/cut`, { method: 'POST' })).json()) as { released: number };
      expect(released.released).toBe(1);
      const rest = (async () => {
        for (;;) if ((await reader.read()).done) return 'ended';
      })();
      await expect(rest).rejects.toThrow();
      expect(seen).not.toContain('[DONE]');
    } finally {
      await holding.close();
    }
  });

  it('continues a final assistant message only as vLLM does: with add_generation_prompt false, else a 400', async () => {
    const messages = judgeMessages('Prefer thorough answers.', CANDIDATES);
    const prefix = '<think>\nthe budget cut this\n</think>\n\n';
    const withPrefix = [...messages, { role: 'assistant', content: prefix }];
    const refused = await post('/v1/chat/completions', { model: 'rewardanything-8b', messages: withPrefix, continue_final_message: true });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('add_generation_prompt');
    const ok = await post('/v1/chat/completions', { model: 'rewardanything-8b', messages: withPrefix, continue_final_message: true, add_generation_prompt: false });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { choices: Array<{ message: { content: string } }> };
    const script = scriptJudgment(messages);
    expect(body.choices[0]!.message.content).toBe(script.slice(script.indexOf('</think>') + '</think>'.length).trimStart());
  });
});
