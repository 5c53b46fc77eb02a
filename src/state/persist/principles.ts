import type { SavedPrinciple } from '../../core/index.ts';
import { db } from './db.ts';

export async function listPrinciples(): Promise<SavedPrinciple[]> {
  const all = await (await db()).getAll('principles');
  return all.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function putPrinciple(p: SavedPrinciple): Promise<void> {
  await (await db()).put('principles', structuredClone(p));
}

export async function deletePrinciple(id: string): Promise<void> {
  await (await db()).delete('principles', id);
}

/**
 * Reads the stored principle and writes what `next` makes of it, in one transaction: what another tab stored since
 * this tab read its list (a version, a rename) is built on, never overwritten. `next` returning null writes nothing.
 */
export async function updatePrinciple(id: string, next: (stored: SavedPrinciple | undefined) => SavedPrinciple | null): Promise<SavedPrinciple | null> {
  const tx = (await db()).transaction('principles', 'readwrite');
  const p = next(await tx.store.get(id));
  if (p) await tx.store.put(structuredClone(p));
  await tx.done;
  return p;
}
