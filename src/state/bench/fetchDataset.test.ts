import { afterEach, describe, expect, it, vi } from 'vitest';
import { explainFetchFailure, fetchWithProgress, normalizeDatasetUrl } from './fetchDataset.ts';

afterEach(() => vi.unstubAllGlobals());

describe('normalizeDatasetUrl', () => {
  it('turns Hugging Face page links into download links and names the file', () => {
    const r = normalizeDatasetUrl(' https://huggingface.co/datasets/org/set/blob/main/data/chat_filtered.json ');
    expect(r.url).toBe('https://huggingface.co/datasets/org/set/resolve/main/data/chat_filtered.json');
    expect(r.name).toBe('chat_filtered.json');
    expect(r.note).toContain('/resolve/');
    expect(normalizeDatasetUrl('https://x.org/a%20b.jsonl').name).toBe('a b.jsonl');
    expect(() => normalizeDatasetUrl('not a url')).toThrow(/not a URL/);
    expect(() => normalizeDatasetUrl('ftp://x/y')).toThrow(/http/);
  });
});

describe('explainFetchFailure', () => {
  it('says offline when offline, and explains CORS otherwise', () => {
    expect(explainFetchFailure('https://x/y', new TypeError('Failed to fetch'), false).kind).toBe('offline');
    const cors = explainFetchFailure('https://x/y', new TypeError('Failed to fetch'), true);
    expect(cors.kind).toBe('cors');
    expect(cors.advice).toContain('Access-Control-Allow-Origin');
    expect(cors.advice).toContain('resolve');
    expect(explainFetchFailure('http://example.org/y', new TypeError('x'), true).advice).toContain('https://');
    expect(explainFetchFailure('https://x', new DOMException('stop', 'AbortError'), true).kind).toBe('aborted');
  });
});

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
