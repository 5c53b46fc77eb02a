import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { JudgmentRecord, SavedPrinciple } from '../../core/index.ts';

/** Large records live in IndexedDB (judgments, library, benchmark runs and datasets); preferences in localStorage. */
export interface AppDB extends DBSchema {
  judgments: { key: string; value: JudgmentRecord; indexes: { createdAt: number; status: string } };
  principles: { key: string; value: SavedPrinciple; indexes: { updatedAt: number } };
  kv: { key: string; value: unknown };
}

export const DB_NAME = 'rewardanything-playground';
let dbPromise: Promise<IDBPDatabase<AppDB>> | null = null;

export function db(): Promise<IDBPDatabase<AppDB>> {
  dbPromise ??= openDB<AppDB>(DB_NAME, 1, {
    upgrade(d) {
      const j = d.createObjectStore('judgments', { keyPath: 'id' });
      j.createIndex('createdAt', 'createdAt');
      j.createIndex('status', 'status');
      const p = d.createObjectStore('principles', { keyPath: 'id' });
      p.createIndex('updatedAt', 'updatedAt');
      d.createObjectStore('kv');
    },
  });
  return dbPromise;
}
