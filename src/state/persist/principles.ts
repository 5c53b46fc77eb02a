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
