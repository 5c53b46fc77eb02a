import type { Page } from '@playwright/test';

/** A dataset of `n` small RA-Bench items with ids `<prefix>-0000`…, made here. */
export function smallDataset(n: number, prefix: string): Buffer {
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `${prefix}-${String(i).padStart(4, '0')}`,
      principle: 'Prefer the more complete answer.',
      prompt: `Invented question number ${i}.`,
      responses: { A: 'Short.', B: 'A longer answer with a reason.' },
      gt: { scores: { A: 1, B: 5 }, 'best-to-worst': ['B', 'A'] },
    }),
  );
  return Buffer.from(lines.join('\n'));
}

export interface StoredRun {
  counts: { done: number; failed: number };
  itemIds: string[];
  results: Array<{ index: number; itemId: string; finishedAt: number }>;
}

/** What the page stored for its newest run: the run's counts and item ids, and each result's index and item id. */
export function storedRun(page: Page): Promise<StoredRun> {
  return page.evaluate(
    () =>
      new Promise<StoredRun>((resolve, reject) => {
        const open = indexedDB.open('rewardanything-bench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['runs', 'results'], 'readonly');
          const runs = tx.objectStore('runs').getAll();
          const results = tx.objectStore('results').getAll();
          tx.oncomplete = () => {
            const run = (runs.result as Array<{ id: string; createdAt: number } & Omit<StoredRun, 'results'>>).sort((a, b) => b.createdAt - a.createdAt)[0]!;
            const own = (results.result as Array<{ runId: string } & StoredRun['results'][number]>).filter((r) => r.runId === run.id);
            db.close();
            resolve({ counts: run.counts, itemIds: run.itemIds, results: own.map(({ index, itemId, finishedAt }) => ({ index, itemId, finishedAt })) });
          };
        };
      }),
  );
}

/** Deletes the stored items of these indices of the newest run: what a page closed while the run was being created leaves. */
export async function dropStoredItems(page: Page, indices: number[]): Promise<void> {
  await page.evaluate(
    (drop) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rewardanything-bench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['runs', 'runItems'], 'readwrite');
          const runs = tx.objectStore('runs').getAll();
          runs.onsuccess = () => {
            const run = (runs.result as Array<{ id: string; createdAt: number }>).sort((a, b) => b.createdAt - a.createdAt)[0]!;
            for (const i of drop) tx.objectStore('runItems').delete([run.id, i]);
          };
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    indices,
  );
}
