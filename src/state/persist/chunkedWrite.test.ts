import { describe, expect, it } from 'vitest';
import { writeInChunks, type ChunkTx } from './chunkedWrite.ts';

/** A fake database: rows a transaction put become stored only when it commits; a put costs `costMs` of the clock. */
function fakeDb(costMs: (index: number) => number, failAtChunk = -1) {
  let clock = 0;
  const stored: number[] = [];
  const chunks: Array<{ first: number; rows: number[]; ms: number }> = [];
  const open = (first: number): ChunkTx => {
    const rows: number[] = [];
    const start = clock;
    const chunk = { first, rows, ms: 0 };
    chunks.push(chunk);
    const n = chunks.length - 1;
    return {
      put(index) {
        clock += costMs(index);
        rows.push(index);
        chunk.ms = clock - start;
      },
      get done() {
        if (n === failAtChunk) return Promise.reject(new Error('the page closed'));
        stored.push(...rows);
        return Promise.resolve();
      },
    };
  };
  return { open, stored, chunks, now: () => clock };
}

describe('writeInChunks', () => {
  it('splits 5,000 rows into transactions of at most the budget, each row once and in order', async () => {
    const db = fakeDb(() => 0.18);
    const chunks = await writeInChunks(5000, db.open, { budgetMs: 16, max: 500, now: db.now });
    expect(db.stored).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(chunks).toBe(db.chunks.length);
    expect(chunks).toBeGreaterThan(50);
    for (const c of db.chunks) expect(c.ms).toBeLessThanOrEqual(16 + 0.18);
  });

  it('caps the rows per transaction, and puts one row even when that row alone takes longer than the budget', async () => {
    const db = fakeDb((i) => (i === 3 ? 40 : 0.001));
    await writeInChunks(1200, db.open, { budgetMs: 16, max: 500, now: db.now });
    expect(db.chunks.map((c) => c.rows.length)).toEqual([4, 500, 500, 196]);
    expect(db.stored).toHaveLength(1200);
  });

  it('a page closed mid-write keeps the chunks committed before it, and nothing after', async () => {
    const db = fakeDb(() => 1, 2);
    await expect(writeInChunks(100, db.open, { budgetMs: 10, max: 500, now: db.now })).rejects.toThrow('the page closed');
    expect(db.stored).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(db.chunks).toHaveLength(3);
  });

  it('writes nothing for no rows but still opens one transaction (the run record goes in it)', async () => {
    const db = fakeDb(() => 1);
    expect(await writeInChunks(0, db.open, { budgetMs: 10, max: 500, now: db.now })).toBe(1);
    expect(db.stored).toEqual([]);
  });
});
