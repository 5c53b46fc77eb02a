// Normalising the score values a model writes. The reference keeps whatever JSON value it finds ("3" stays a
// string); the playground keeps numbers only: finite numbers as they are, numeric strings converted, and everything
// else (words, null, booleans, lists, objects, NaN, ±Infinity) dropped and reported.

import { pythonJsonDumps, pythonJsonString } from './pyJsonDumps.ts';
import type { JsonValue } from './pyJsonLoads.ts';
import { PyObject } from './pyObject.ts';
import { pyStrip } from './pyStrip.ts';

/** A plain decimal number as text, like "3", "-2", "4.5", ".5", "1e1" (after stripping Python whitespace). */
const NUMERIC_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The score as a finite number, or null when it is not one. */
export function normaliseScore(value: JsonValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const text = pyStrip(value);
    if (!NUMERIC_TEXT.test(text)) return null;
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

const MAX_DESCRIPTION = 120;

/**
 * A short rendering of a value for diagnostics: scalars as Python's JSON writes them (`"high"`, `null`, `true`,
 * `NaN`), strings cut to 120 characters, containers summarised (`a list of 2 items`, `an object with 3 keys`).
 */
export function describeJsonValue(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value instanceof PyObject) return `an object with ${value.size} key${value.size === 1 ? '' : 's'}`;
  if (typeof value === 'string' && value.length > MAX_DESCRIPTION) return `${pythonJsonString(value.slice(0, MAX_DESCRIPTION))}…`;
  return pythonJsonDumps(value);
}
