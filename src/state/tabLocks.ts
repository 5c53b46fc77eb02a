import { newId } from './newId.ts';
// What a tab is working on, visible to every tab of the browser profile. Web Locks are held while the work goes on and
// released by the browser when the tab closes or crashes, so "held" means "in progress right now" with nothing to
// clean up. A new tab uses them to tell work cut off by a reload from work another tab is still doing.
//  - `tab:<id>`: held by each tab for its whole life, once it has started a judgment. A stored judgment still
//    "running" names its tab; if that tab's lock is gone, the judgment was cut off. One lock per tab, not one per
//    judgment: a lock request is a round trip to the browser process, measurable (≈ 0.3 ms) on every judgment.
//  - `bench-run:<id>`: held by the tab judging a benchmark run; a second tab cannot take it (one runner per run).
//  - `suite-run:<id>`: the same for a principle suite's run.
export type LockKind = 'bench-run' | 'suite-run' | 'tab';

const prefix = (kind: LockKind) => `rewardanything-${kind}:`;

const locks = (): LockManager | null => (typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null);

const TAB_ID = newId();
let tabLockRequested = false;

/** This tab's id; its lock is held from the first call until the tab goes away. */
export function thisTab(): string {
  if (!tabLockRequested) {
    tabLockRequested = true;
    locks()
      ?.request(prefix('tab') + TAB_ID, () => new Promise<never>(() => {}))
      .catch(() => undefined);
  }
  return TAB_ID;
}

/** Whether a stored judgment still "running" is this tab's own (streaming here, shown live). */
export const isThisTab = (tabId: string | undefined): boolean => tabId === TAB_ID;

/** Ids of the `kind` work some tab holds (or is about to hold) now, this tab included. Empty without Web Locks. */
export async function heldIds(kind: LockKind): Promise<Set<string>> {
  const m = locks();
  if (!m) return new Set();
  const p = prefix(kind);
  const { held = [], pending = [] } = await m.query();
  return new Set([...held, ...pending].flatMap((l) => (l.name?.startsWith(p) ? [l.name.slice(p.length)] : [])));
}

/** Runs `work` holding the lock of `kind:id`; `{ ok: false }` at once when another tab holds it. */
export async function withLock<T>(kind: LockKind, id: string, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  const m = locks();
  if (!m) return { ok: true, value: await work() };
  return m.request(prefix(kind) + id, { ifAvailable: true }, async (lock) => (lock ? { ok: true as const, value: await work() } : { ok: false as const }));
}
