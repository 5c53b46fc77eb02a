import { readMyRanking, type Workspace } from '../../core/index.ts';
import { db } from './db.ts';

/**
 * The workspace lives in IndexedDB, one entry per field, so that a tab writing the prompt never rewrites the principle
 * another tab just typed, and large texts fit (localStorage stops at ~5 MB). Older versions kept it in localStorage.
 */
const FIELDS = ['principle', 'prompt', 'candidates', 'mask', 'myRanking', 'blind'] as const;
type Field = (typeof FIELDS)[number];
const entryKey = (f: Field) => `workspace:${f}`;
export const LEGACY_WORKSPACE_KEY = 'ra:workspace';

const isStr = (x: unknown): x is string => typeof x === 'string';

/** The fields of a stored (or legacy) workspace that have the right shape; anything else is left out. */
function validFields(o: Partial<Record<Field, unknown>>): Partial<Workspace> {
  const out: Partial<Workspace> = {};
  if (isStr(o.principle)) out.principle = o.principle;
  if (isStr(o.prompt)) out.prompt = o.prompt;
  if (typeof o.mask === 'boolean') out.mask = o.mask;
  if (typeof o.blind === 'boolean') out.blind = o.blind;
  if (o.myRanking !== undefined) out.myRanking = readMyRanking(o.myRanking);
  if (Array.isArray(o.candidates)) {
    out.candidates = o.candidates.flatMap((c: unknown) => {
      const x = c as { key?: unknown; name?: unknown; text?: unknown } | null;
      return x && isStr(x.key) && isStr(x.name) && isStr(x.text) ? [{ key: x.key, name: x.name, text: x.text }] : [];
    });
  }
  return out;
}

export async function saveWorkspaceFields(patch: Partial<Workspace>): Promise<void> {
  const tx = (await db()).transaction('kv', 'readwrite');
  const writes = FIELDS.filter((f) => patch[f] !== undefined).map((f) => tx.store.put(patch[f], entryKey(f)));
  await Promise.all([...writes, tx.done]);
}

function readLegacy(): Partial<Workspace> | null {
  try {
    const raw = localStorage.getItem(LEGACY_WORKSPACE_KEY);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? validFields(parsed as Partial<Record<Field, unknown>>) : null;
  } catch {
    return null;
  }
}

/**
 * The stored workspace (only the fields ever saved), or null when nothing is stored. On the first load after the move
 * to IndexedDB, the localStorage copy is moved over and removed only once the new copy is written.
 */
export async function loadWorkspace(): Promise<Partial<Workspace> | null> {
  const tx = (await db()).transaction('kv');
  const values = await Promise.all(FIELDS.map((f) => tx.store.get(entryKey(f))));
  const stored: Partial<Record<Field, unknown>> = {};
  FIELDS.forEach((f, i) => {
    if (values[i] !== undefined) stored[f] = values[i];
  });
  if (Object.keys(stored).length > 0) return validFields(stored);
  const legacy = readLegacy();
  if (!legacy) return null;
  await saveWorkspaceFields(legacy);
  try {
    localStorage.removeItem(LEGACY_WORKSPACE_KEY);
  } catch {
    /* the IndexedDB copy wins from now on anyway */
  }
  return legacy;
}
