// One tab at a time judges a run. Web Locks are held by the tab for as long as its runner works and are released
// by the browser when the tab closes or crashes, so "held" means "being judged right now" with nothing to clean up.
const PREFIX = 'rewardanything-bench-run:';

const locks = (): LockManager | null => (typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null);

/** Runs whose lock some tab of this browser profile holds now (this tab included). Empty where Web Locks are missing. */
export async function runsBeingJudged(): Promise<Set<string>> {
  const m = locks();
  if (!m) return new Set();
  const { held = [] } = await m.query();
  return new Set(held.flatMap((l) => (l.name?.startsWith(PREFIX) ? [l.name.slice(PREFIX.length)] : [])));
}

/** Runs `judge` holding the run's lock; `{ ok: false }` at once when another tab holds it. */
export async function withRunLock<T>(runId: string, judge: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  const m = locks();
  if (!m) return { ok: true, value: await judge() };
  return m.request(PREFIX + runId, { ifAvailable: true }, async (lock) => (lock ? { ok: true as const, value: await judge() } : { ok: false as const }));
}
