import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWithProgress } from './fetchDataset.ts';

afterEach(() => vi.unstubAllGlobals());

describe('fetchWithProgress', () => {
  it('reports progress while reading the body', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([1, 2, 3]));
        c.enqueue(new Uint8Array([4, 5]));
        c.close();
      },
    });
    vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-length': '5' } }));
    const seen: Array<[number, number | null]> = [];
    const buf = await fetchWithProgress('https://x/y.json', (p) => seen.push([p.bytesDone, p.bytesTotal]));
    expect([...new Uint8Array(buf)]).toEqual([1, 2, 3, 4, 5]);
    expect(seen).toEqual([[0, 5], [3, 5], [5, 5]]);
  });
  it('turns HTTP errors and network failures into advice', async () => {
    vi.stubGlobal('fetch', async () => new Response('no', { status: 404, statusText: 'Not Found' }));
    await expect(fetchWithProgress('https://x/y', () => {})).rejects.toMatchObject({ kind: 'http', message: expect.stringContaining('404') });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(fetchWithProgress('https://x/y', () => {})).rejects.toMatchObject({ kind: 'cors' });
  });
});
