interface Named {
  key: string;
  name: string;
}

/**
 * The candidate list after undoing a Clear: the cleared candidates as they were, in their order, then any added
 * since (nothing typed in between is lost). One added since whose name a restored candidate takes gets a free name.
 */
export function restoreCleared<T extends Named>(cleared: readonly T[], current: readonly T[], freeName: (taken: string[]) => string): T[] {
  const keys = new Set(cleared.map((c) => c.key));
  const out = [...cleared];
  for (const c of current) {
    if (keys.has(c.key)) continue;
    const taken = out.map((x) => x.name);
    out.push(c.name.trim() && taken.includes(c.name) ? { ...c, name: freeName(taken) } : c);
  }
  return out;
}
