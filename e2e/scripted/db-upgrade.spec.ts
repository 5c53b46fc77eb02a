import { test, expect } from '@playwright/test';
import { loadScriptedModel } from '../support/app.ts';
import { savePrincipleVersions } from '../support/library.ts';

// A user of the first release has a version-1 database (judgments, principles, kv; no suites store). Opening this
// release upgrades it in place: everything it held is still there, and the store the upgrade adds works.
test.setTimeout(120_000);

const DB = 'rewardanything-playground';
const V1_STORES = ['judgments', 'principles', 'kv'] as const;

test('a version-1 database is upgraded in place: its principles and their versions, judgments and stored state are all kept, and suites work', async ({ page }) => {
  await loadScriptedModel(page);
  await page.goto('/#/playground');
  await savePrincipleVersions(page, 'Concise', ['Prefer the most concise answer.', 'Prefer the shortest correct answer.']);
  await page.getByRole('button', { name: /Run judgment/ }).click();
  await expect(page.getByTestId('judgment')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('history-item')).toHaveCount(1);

  // What this release stored, read back as records (keys and values) from the stores version 1 had.
  const stored = await page.evaluate(async ({ name, stores }) => {
    const open = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const out: Record<string, Array<{ key: IDBValidKey; value: unknown }>> = {};
    for (const store of stores) {
      const tx = open.transaction(store);
      const [keys, values] = await Promise.all(
        [tx.objectStore(store).getAllKeys(), tx.objectStore(store).getAll()].map(
          (q) => new Promise<unknown[]>((resolve, reject) => {
            q.onsuccess = () => resolve(q.result as unknown[]);
            q.onerror = () => reject(q.error);
          }),
        ),
      );
      out[store] = keys!.map((key, i) => ({ key: key as IDBValidKey, value: values![i] }));
    }
    open.close();
    // As text, so that the records go back into the database exactly as they came out.
    return JSON.stringify(out);
  }, { name: DB, stores: [...V1_STORES] });
  const records = JSON.parse(stored) as Record<string, unknown[]>;
  expect(records.principles).toHaveLength(1);
  expect(records.judgments).toHaveLength(1);

  // The same records in a database laid out as version 1 made it, opened from a page of the origin that runs no app.
  await page.goto('/favicon.svg');
  const rebuilt = await page.evaluate(async ({ name, text }) => {
    const data = JSON.parse(text) as Record<'judgments' | 'principles' | 'kv', Array<{ key: IDBValidKey; value: unknown }>>;
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase(name);
      del.onsuccess = () => resolve();
      del.onerror = () => reject(del.error);
    });
    const open = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => {
        const d = r.result;
        const j = d.createObjectStore('judgments', { keyPath: 'id' });
        j.createIndex('createdAt', 'createdAt');
        j.createIndex('status', 'status');
        d.createObjectStore('principles', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        d.createObjectStore('kv');
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = open.transaction(['judgments', 'principles', 'kv'], 'readwrite');
    for (const { value } of data.judgments) tx.objectStore('judgments').put(value);
    for (const { value } of data.principles) tx.objectStore('principles').put(value);
    for (const { key, value } of data.kv) tx.objectStore('kv').put(value, key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const layout = { version: open.version, stores: [...open.objectStoreNames] };
    open.close();
    return layout;
  }, { name: DB, text: stored });
  expect(rebuilt).toEqual({ version: 1, stores: ['judgments', 'kv', 'principles'] });

  await page.goto('/#/playground');
  const row = page.getByTestId('history-item');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Prefer the shortest correct answer.');
  await expect(row).toContainText('scored');
  await page.goto('/#/library');
  await expect(page.getByText('Concise', { exact: true })).toBeVisible();
  await expect(page.getByText(/2 versions/)).toBeVisible();

  // The upgrade added the suites store and kept the rest: the database is at this release's version.
  const upgraded = await page.evaluate(async (name) => {
    const d = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const layout = { version: d.version, stores: [...d.objectStoreNames] };
    d.close();
    return layout;
  }, DB);
  expect(upgraded).toEqual({ version: 2, stores: ['judgments', 'kv', 'principles', 'suites'] });
});
