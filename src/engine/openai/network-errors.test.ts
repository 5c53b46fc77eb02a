import { describe, expect, it } from 'vitest';
import { errorFromFetchFailure } from './network-errors.ts';

const ctx = { call: 'judge', url: 'http://127.0.0.1:8000/v1/chat/completions', probeUrl: 'http://127.0.0.1:8000/v1/models' };
const failure = new TypeError('Failed to fetch');

describe('errorFromFetchFailure', () => {
  it('a server that answers a no-cors probe blocked us by CORS: the advice names each server setting', async () => {
    const probed: string[] = [];
    const e = await errorFromFetchFailure(failure, ctx, { probe: async (u) => (probed.push(u), true), origin: 'http://127.0.0.1:5173' });
    expect(probed).toEqual([ctx.probeUrl]);
    expect(e.kind).toBe('cors');
    expect(e.message).toContain('http://127.0.0.1:5173');
    for (const s of [`--allowed-origins '["http://127.0.0.1:5173"]'`, 'OLLAMA_ORIGINS=http://127.0.0.1:5173', 'llama.cpp', 'Enable CORS']) {
      expect(e.advice).toContain(s);
    }
  });

  it('a server that answers nothing is unreachable', async () => {
    const e = await errorFromFetchFailure(failure, ctx, { probe: async () => false, origin: null });
    expect(e.kind).toBe('unreachable');
    expect(e.message).toContain('http://127.0.0.1:8000');
    expect(e.advice).toMatch(/running/);
    expect(e.details.raw).toContain('Failed to fetch');
  });
});
