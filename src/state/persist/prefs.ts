/** Small preferences in localStorage, namespaced; never throws (private modes may block storage). Values read back
 * are unknown until a schema of core/settings has checked them. */
export function readPrefValue<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(`ra:${key}`);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function writePref(key: string, value: unknown): void {
  try {
    localStorage.setItem(`ra:${key}`, JSON.stringify(value));
  } catch {
    /* full or blocked: the value lasts for this visit */
  }
}

export function removePref(key: string): void {
  try {
    localStorage.removeItem(`ra:${key}`);
  } catch {
    /* ignore */
  }
}
