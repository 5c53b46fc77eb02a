import { describe, expect, it } from 'vitest';
import { explainFetchFailure, normalizeDatasetUrl } from './datasetUrl.ts';


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
