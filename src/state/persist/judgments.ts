import type { JudgmentRecord } from '../../core/index.ts';
import { db } from './db.ts';

export async function putJudgment(r: JudgmentRecord): Promise<void> {
  // Copied before the first await: the caller may go on changing the record while the write is queued.
  const copy = structuredClone(r);
  await (await db()).put('judgments', copy);
}

export async function listJudgments(limit = 500): Promise<JudgmentRecord[]> {
  const d = await db();
  const out: JudgmentRecord[] = [];
  let cursor = await d.transaction('judgments').store.index('createdAt').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export async function deleteJudgment(id: string): Promise<void> {
  await (await db()).delete('judgments', id);
}

/**
 * A judgment still "running" when the page starts was cut off by a reload or a crash, unless the tab running it is
 * still there (`liveTabs`): keep the others, marked.
 */
export async function markInterrupted(liveTabs: ReadonlySet<string> = new Set()): Promise<number> {
  const d = await db();
  const tx = d.transaction('judgments', 'readwrite');
  let n = 0;
  let cursor = await tx.store.index('status').openCursor('running');
  while (cursor) {
    const tab = cursor.value.tabId;
    if (tab !== undefined && liveTabs.has(tab)) {
      cursor = await cursor.continue();
      continue;
    }
    const { tabId: _gone, ...rest } = cursor.value;
    await cursor.update({ ...rest, status: 'interrupted', finishedAt: cursor.value.finishedAt ?? Date.now() });
    n++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return n;
}
