import { describe, expect, it } from 'vitest';
import { parseInitProgress } from './progress.ts';

describe("parseInitProgress (WebLLM's progress texts)", () => {
  it('reads download bytes and the phases after it', () => {
    const p = parseInitProgress({ progress: 0.25, text: 'Fetching param cache[3/12]: 1150MB fetched. 25% completed, 30 secs elapsed. It can take a while…' });
    expect(p).toMatchObject({ phase: 'fetch', fraction: 0.25, bytesDone: 1150 * 2 ** 20, bytesTotal: 4600 * 2 ** 20 });
    expect(parseInitProgress({ progress: 0.5, text: 'Loading model from cache[6/12]: 2300MB loaded. 50% completed, 3 secs elapsed.' }).phase).toBe('gpu');
    expect(parseInitProgress({ progress: 0.5, text: 'Loading GPU shader modules[5/10]: 50% completed, 1 secs elapsed.' }).phase).toBe('shaders');
    expect(parseInitProgress({ progress: 1, text: 'Finish loading on WebGPU - nvidia' }).phase).toBe('ready');
  });
});
