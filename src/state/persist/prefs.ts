import { resetFields } from '../../core/index.ts';

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

const resets: string[] = [];

/** A stored preference read through `read` (a schema of core/settings); what the read had to reset is noted. */
export function readCheckedPref<T>(key: string, read: (raw: unknown) => T): T {
  const raw = readPrefValue<unknown>(key, null);
  const value = read(raw);
  for (const field of resetFields(raw, value)) resets.push(field ? `${key} (${field})` : key);
  return value;
}

/** The stored preferences found broken and reset since the last call: the app tells the user once. */
export function takePrefResets(): string[] {
  return resets.splice(0);
}
