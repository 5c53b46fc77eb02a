import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { LEGACY_PREF_KEYS, PREFS_VERSION, legacyPrefs, prefsToStore, readPrefs, type Prefs } from '../../core/index.ts';
import type { AppState } from '../store.ts';

/** Where the preferences are stored (localStorage: small, read before the first render). */
export const PREFS_KEY = 'ra:prefs';

const resets: string[] = [];

/** The stored preferences found broken and reset since the last call: the app tells the user once. */
export function takePrefResets(): string[] {
  return resets.splice(0);
}

/**
 * localStorage for zustand's persist, written only when the preferences changed: the store is set on every frame of
 * a streaming judgment, and a write then would also put back what another tab just changed. Before version 1 each
 * preference had its own key; those are read as version 0 (and `migrate` turns them into version 1) and removed once
 * version 1 is written. Never throws: storage may be blocked or full (the values then last for this visit).
 */
export function prefsStorage(): PersistStorage<Prefs> {
  let last: string | null = null;
  return {
    getItem(name) {
      try {
        const raw = localStorage.getItem(name);
        last = raw;
        // What is read is unchecked until `merge` has read it through the schemas.
        if (raw !== null) return parseStored(raw);
        const legacy: Record<string, string> = {};
        for (const key of Object.keys(LEGACY_PREF_KEYS)) {
          const value = localStorage.getItem(key);
          if (value !== null) legacy[key] = value;
        }
        return Object.keys(legacy).length > 0 ? ({ state: legacy, version: 0 } as unknown as StorageValue<Prefs>) : null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      const text = JSON.stringify(value);
      if (text === last) return;
      try {
        localStorage.setItem(name, text);
        last = text;
        for (const key of Object.keys(LEGACY_PREF_KEYS)) localStorage.removeItem(key);
      } catch {
        /* full or blocked: the values last for this visit */
      }
    },
    removeItem(name) {
      try {
        localStorage.removeItem(name);
      } catch {
        /* blocked */
      }
    },
  };
}

function parseStored(raw: string): StorageValue<Prefs> {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) {
      const version = 'version' in parsed && typeof parsed.version === 'number' ? parsed.version : PREFS_VERSION;
      return { state: parsed.state as Prefs, version };
    }
  } catch {
    /* not JSON: reported below */
  }
  resets.push('all settings (the stored copy was unreadable)');
  return { state: {} as Prefs, version: PREFS_VERSION };
}

/** What of the store is a preference, as stored (the API key only when the user asked). */
export function prefsOf(s: AppState): Prefs {
  const { apiKey, ...server } = s.settings.server;
  return prefsToStore({
    engineKind: s.settings.engineKind,
    sampling: s.settings.sampling,
    contextWindow: s.settings.contextWindow,
    loadStallTimeoutSec: s.settings.loadStallTimeoutSec,
    server,
    answer: s.settings.answer,
    serverApiKey: apiKey,
    theme: s.theme.choice,
    userModels: s.models.userModels,
    deviceSpeeds: s.deviceSpeed.speeds,
    benchLoadOptions: s.bench.loadOptions,
  });
}

/** The store with the stored preferences in their places, each read through its schema (a broken one is reset). */
export function withPrefs(stored: unknown, s: AppState): AppState {
  const { prefs, resets: reset } = readPrefs(stored);
  resets.push(...reset);
  // A key typed but not remembered stays for this visit, even when another tab's preferences arrive.
  const apiKey = prefs.server.rememberKey ? prefs.serverApiKey : s.settings.server.apiKey;
  return {
    ...s,
    settings: {
      engineKind: prefs.engineKind,
      sampling: prefs.sampling,
      contextWindow: prefs.contextWindow,
      loadStallTimeoutSec: prefs.loadStallTimeoutSec,
      server: { ...prefs.server, apiKey },
      answer: prefs.answer,
    },
    theme: { choice: prefs.theme },
    models: { ...s.models, userModels: prefs.userModels },
    deviceSpeed: { speeds: prefs.deviceSpeeds },
    bench: { ...s.bench, loadOptions: prefs.benchLoadOptions },
  };
}

/** zustand persist's options for the preferences (a fresh storage per store). */
export const prefsPersist = (): PersistOptions<AppState, Prefs> => ({
  name: PREFS_KEY,
  version: PREFS_VERSION,
  storage: prefsStorage(),
  partialize: prefsOf,
  // Version 0 kept each preference under its own key (read by `getItem` as a record of those keys).
  migrate: (stored, version) => (version === 0 && typeof stored === 'object' && stored !== null ? (legacyPrefs(stored as Record<string, string>) as unknown as Prefs) : (stored as Prefs)),
  merge: withPrefs,
});
