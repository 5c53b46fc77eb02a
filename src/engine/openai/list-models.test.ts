import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from '../../../e2e/fixture-server/types.ts';
import { FAULTS } from '../../../e2e/fixture-server/faults.ts';
import { isEngineError } from '../errors.ts';
import { fetchModelEntries, listModels } from './list-models.ts';
import { loadFixtureServer } from './fixture-server.testkit.ts';

let server: FixtureServer;
let keyed: FixtureServer;
beforeAll(async () => {
  const start = await loadFixtureServer();
  server = await start();
  keyed = await start({ apiKey: 'sk-test' });
});
afterAll(async () => {
  await server.close();
  await keyed.close();
});

const kindOf = async (p: Promise<unknown>): Promise<string> => {
  const e: unknown = await p.then(() => 'resolved', (x: unknown) => x);
  return isEngineError(e) ? e.kind : String(e);
};

describe('listModels', () => {
  it('lists the models whatever form the base URL takes, always requesting /v1/models', async () => {
    for (const form of ['', '/', '/v1', '/v1/']) {
      server.requests.length = 0;
      const ids = await listModels({ baseUrl: `${server.url}${form}` });
      expect(ids).toEqual(['rewardanything-8b', ...FAULTS]);
      expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models']);
    }
  });

  it('reports the context window the server announces', async () => {
    const entries = await fetchModelEntries({ baseUrl: server.url });
    expect(entries[0]).toEqual({ id: 'rewardanything-8b', contextWindow: 8192 });
  });

  it('sends the API key and reports a missing one as unauthorized', async () => {
    expect(await kindOf(listModels({ baseUrl: keyed.url }))).toBe('unauthorized');
    expect(await listModels({ baseUrl: keyed.url, apiKey: 'sk-test' })).toContain('rewardanything-8b');
    expect(keyed.requests.at(-1)?.headers.authorization).toBe('Bearer sk-test');
    expect(await kindOf(listModels({ baseUrl: keyed.url, apiKey: 'sk-wrong' }))).toBe('unauthorized');
  });

  it('classifies failures', async () => {
    expect(await kindOf(listModels({ baseUrl: 'localhost:1' }))).toBe('bad-config');
    expect(await kindOf(listModels({ baseUrl: `${server.url}/nothing-here` }))).toBe('not-found');
    expect(await kindOf(listModels({ baseUrl: `${server.url}/fault-500/v1` }))).toBe('server-error');
    expect(await kindOf(listModels({ baseUrl: `${server.url}/fault-hang/v1`, timeoutMs: 200 }))).toBe('timeout');
    const ac = new AbortController();
    const hung = listModels({ baseUrl: `${server.url}/fault-hang/v1`, signal: ac.signal });
    setTimeout(() => ac.abort(), 20);
    expect(await kindOf(hung)).toBe('aborted');
  });
});
