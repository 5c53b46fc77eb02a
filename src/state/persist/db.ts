import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { JudgmentRecord, SavedPrinciple } from '../../core/index.ts';

/** Large records live in IndexedDB (judgments, library, benchmark runs and datasets); preferences in localStorage. */
export interface AppDB extends DBSchema {
  judgments: { key: string; value: JudgmentRecord; indexes: { createdAt: number; status: string } };
  principles: { key: string; value: SavedPrinciple; indexes: { updatedAt: number } };
  kv: { key: string; value: unknown };
  /** Principle test suites, keyed by the principle's id; stored as read (checked through their schema when loaded). */
  suites: { key: string; value: unknown };
}

export const DB_NAME = 'rewardanything-playground';
let dbPromise: Promise<IDBPDatabase<AppDB>> | null = null;

export function db(): Promise<IDBPDatabase<AppDB>> {
  // Each version only adds stores: an existing user's database (at an older version) keeps all it holds.
  dbPromise ??= openDB<AppDB>(DB_NAME, 2, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) {
        const j = d.createObjectStore('judgments', { keyPath: 'id' });
        j.createIndex('createdAt', 'createdAt');
        j.createIndex('status', 'status');
        const p = d.createObjectStore('principles', { keyPath: 'id' });
        p.createIndex('updatedAt', 'updatedAt');
        d.createObjectStore('kv');
      }
      if (oldVersion < 2) d.createObjectStore('suites');
    },
  });
  return dbPromise;
}
