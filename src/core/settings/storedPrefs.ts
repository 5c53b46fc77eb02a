import type { Sampling } from '../records/sampling.ts';
import { DEFAULT_RMBENCH_PRINCIPLE } from '../bench/rmbench.ts';
import {
  readAnswerPref,
  readDeviceSpeedsPref,
  readEngineKindPref,
  readIntPref,
  readLoadOptionsPref,
  readNumberPref,
  readSamplingPref,
  readServerPref,
  readUserModelsPref,
  resetFields,
  type AnswerPref,
  type EngineKind,
  type ServerPref,
  type UserModelsPref,
} from './prefs.ts';

/** Version 1 of the stored preferences: one record under one key, read field by field through its schema. */
export const PREFS_VERSION = 1;

export type ThemePref = 'system' | 'light' | 'dark';

export interface Prefs {
  engineKind: EngineKind;
  sampling: Sampling;
  contextWindow: number;
  loadStallTimeoutSec: number;
  server: ServerPref;
  answer: AnswerPref;
  /** Stored only when the user asks (`server.rememberKey`); never exported or shared. */
  serverApiKey: string;
  theme: ThemePref;
  userModels: UserModelsPref;
  deviceSpeeds: ReturnType<typeof readDeviceSpeedsPref>;
  benchLoadOptions: ReturnType<typeof readLoadOptionsPref>;
}

const DEFAULT_CONTEXT_WINDOW = 8192;

const READERS: { [K in keyof Prefs]: (raw: unknown) => Prefs[K] } = {
  engineKind: readEngineKindPref,
  sampling: readSamplingPref,
  contextWindow: (raw) => readIntPref(raw, 512, 131072, DEFAULT_CONTEXT_WINDOW),
  loadStallTimeoutSec: (raw) => readNumberPref(raw, 5, 3600, 120),
  server: readServerPref,
  answer: readAnswerPref,
  serverApiKey: (raw) => (typeof raw === 'string' ? raw : ''),
  theme: (raw) => (raw === 'light' || raw === 'dark' ? raw : 'system'),
  userModels: readUserModelsPref,
  deviceSpeeds: readDeviceSpeedsPref,
  benchLoadOptions: (raw) => readLoadOptionsPref(raw, { principle: DEFAULT_RMBENCH_PRINCIPLE }),
};

/** What a user calls each preference, for the notice that names the ones reset. */
const LABELS: Record<keyof Prefs, string> = {
  engineKind: 'engine choice',
  sampling: 'sampling',
  contextWindow: 'context window',
  loadStallTimeoutSec: 'load stall timeout',
  server: 'server',
  answer: 'answer constraint',
  serverApiKey: 'server API key',
  theme: 'theme',
  userModels: 'models you added',
  deviceSpeeds: 'device speeds',
  benchLoadOptions: 'benchmark load options',
};

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Stored preferences, each field read through its schema: a broken one gets its default (named in `resets`, e.g.
 * "sampling (temperature)"), the valid ones are kept, a missing one is its default.
 */
export function readPrefs(raw: unknown): { prefs: Prefs; resets: string[] } {
  const stored = isRecord(raw) ? raw : {};
  const resets: string[] = [];
  const read = <K extends keyof Prefs>(key: K): Prefs[K] => {
    const value = READERS[key](stored[key] ?? null);
    for (const field of resetFields(stored[key], value)) resets.push(field ? `${LABELS[key]} (${field})` : LABELS[key]);
    return value;
  };
  const prefs: Prefs = {
    engineKind: read('engineKind'),
    sampling: read('sampling'),
    contextWindow: read('contextWindow'),
    loadStallTimeoutSec: read('loadStallTimeoutSec'),
    server: read('server'),
    answer: read('answer'),
    serverApiKey: read('serverApiKey'),
    theme: read('theme'),
    userModels: read('userModels'),
    deviceSpeeds: read('deviceSpeeds'),
    benchLoadOptions: read('benchLoadOptions'),
  };
  if (!prefs.server.rememberKey) prefs.serverApiKey = '';
  return { prefs, resets };
}

/**
 * The localStorage keys of version 0 (each preference under its own `ra:` key, JSON except the theme) and the field
 * of version 1 each became.
 */
export const LEGACY_PREF_KEYS: Record<string, keyof Prefs> = {
  'ra:engine-kind': 'engineKind',
  'ra:sampling': 'sampling',
  'ra:context-window': 'contextWindow',
  'ra:load-stall-timeout': 'loadStallTimeoutSec',
  'ra:openai': 'server',
  'ra:openai-key': 'serverApiKey',
  'ra:theme': 'theme',
  'ra:user-models': 'userModels',
  'ra:device-speeds': 'deviceSpeeds',
  'ra:bench-load-options': 'benchLoadOptions',
};

/** Version 0's stored strings (by key; absent keys left out) as the fields of version 1, still unchecked. */
export function legacyPrefs(stored: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(LEGACY_PREF_KEYS)) {
    const raw = stored[key];
    if (raw === undefined) continue;
    // The theme was stored as a bare word; the others as JSON.
    out[field] = field === 'theme' ? raw : parseOrKeep(raw);
  }
  return out;
}

const parseOrKeep = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
};

/** What of the preferences is stored: all but the API key, which only when the user asked. */
export function prefsToStore(p: Prefs): Prefs {
  return p.server.rememberKey ? p : { ...p, serverApiKey: '' };
}

/** Every preference at its default (what a first visit starts with). */
export const DEFAULT_PREFS: Prefs = readPrefs({}).prefs;
