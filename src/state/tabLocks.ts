// What a tab is working on, visible to every tab of the browser profile. Web Locks are held while the work goes on and
// released by the browser when the tab closes or crashes, so "held" means "in progress right now" with nothing to
// clean up. A new tab uses them to tell work cut off by a reload from work another tab is still doing.
export type LockKind = 'bench-run' | 'judgment';

const prefix = (kind: LockKind) => `rewardanything-${kind}:`;

const locks = (): LockManager | null => (typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null);

/** Ids of the `kind` work some tab holds (or is about to hold) now, this tab included. Empty without Web Locks. */
export async function heldIds(kind: LockKind): Promise<Set<string>> {
  const m = locks();
  if (!m) return new Set();
  const p = prefix(kind);
  const { held = [], pending = [] } = await m.query();
  return new Set([...held, ...pending].flatMap((l) => (l.name?.startsWith(p) ? [l.name.slice(p.length)] : [])));
}

/** Holds the lock of `kind:id` until `until` settles, without waiting for it (for work whose id is new: no contention). */
export function holdUntil(kind: LockKind, id: string, until: Promise<unknown>): void {
  locks()
    ?.request(prefix(kind) + id, () => until.catch(() => undefined))
    .catch(() => undefined);
}

/** Runs `work` holding the lock of `kind:id`; `{ ok: false }` at once when another tab holds it. */
export async function withLock<T>(kind: LockKind, id: string, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  const m = locks();
  if (!m) return { ok: true, value: await work() };
  return m.request(prefix(kind) + id, { ifAvailable: true }, async (lock) => (lock ? { ok: true as const, value: await work() } : { ok: false as const }));
}
