// Python `json.dumps(value, ensure_ascii=False)` with the default separators (", " and ": ").
//
// What Python would print for a JavaScript value:
// - strings: escaped as CPython's encoder does (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, other U+0000–U+001F as
//   `\u00xx` in lower-case hex); every other code unit is written raw: non-ASCII, emoji, U+007F, U+2028/U+2029 and
//   lone surrogates (Python writes those raw too when `ensure_ascii=False`).
// - numbers: JavaScript has no int/float distinction, so an integer-valued number prints as a Python int ("1", never
//   "1.0"); other numbers print as Python's float repr ("0.5", "1e-05"); NaN, Infinity, -Infinity as Python writes them.
//   bigint prints as an int.
// - booleans and null as `true` / `false` / `null`.
// - arrays (and other iterables are NOT accepted: only real arrays) as JSON lists.
// - objects, in this preference order:
//   * `PyObject` (see pyObject.ts): ordered, the recommended form for anything whose key order matters;
//   * `Map`: ordered by insertion; keys converted as Python converts dict keys (str as is, number/bool/null as
//     json.dumps would print them; anything else is a TypeError, as in Python);
//   * plain objects: in the engine's property order. CAVEAT: JavaScript lists integer-like keys ("2", "10") first and
//     in numeric order, whatever the insertion order, so never use a plain object for user-named keys.
// - anything else (undefined, functions, symbols, class instances other than the above) and circular references
//   throw a TypeError / ValueError-like `TypeError`, as Python raises for unserializable values.

import { PyObject } from './pyObject.ts';

/** A value `pythonJsonDumps` can serialize. */
export type PyJsonInput =
  | null
  | boolean
  | number
  | bigint
  | string
  | readonly PyJsonInput[]
  | PyObject<PyJsonInput>
  | ReadonlyMap<PyJsonKey, PyJsonInput>
  | { readonly [key: string]: PyJsonInput };

/** Dict keys Python's json module converts to strings. */
export type PyJsonKey = string | number | boolean | null;

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x08: '\\b',
  0x0c: '\\f',
};

/** Python `json.dumps(s, ensure_ascii=False)` for one string, quotes included. */
export function pythonJsonString(s: string): string {
  let out = '"';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x20 && code !== 0x22 && code !== 0x5c) continue;
    if (i > last) out += s.slice(last, i);
    out += SHORT_ESCAPES[code] ?? '\\u' + code.toString(16).padStart(4, '0');
    last = i + 1;
  }
  if (last < s.length) out += last === 0 ? s : s.slice(last);
  return out + '"';
}

/**
 * Python `repr(float(x))` for a finite non-integer number, or the int form for an integer-valued one.
 * JavaScript's `String(x)` already yields the shortest round-tripping digits (as Python's repr does); only the layout
 * differs: Python switches to exponent notation when the decimal exponent is < -4 or >= 16, and writes at least two
 * exponent digits ("1e-05", "1.5e+16").
 */
export function pythonNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? String(x === 0 ? 0 : x) : BigInt(x).toString();
  const sign = x < 0 ? '-' : '';
  const [mantissa = '', expPart] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expPart); // value = d.ddd × 10^exp
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${intPart}.${frac === '' ? '0' : frac}`;
}

function keyString(key: unknown): string {
  if (typeof key === 'string') return key;
  if (typeof key === 'number') return pythonNumber(key);
  if (typeof key === 'bigint') return key.toString();
  if (key === true) return 'true';
  if (key === false) return 'false';
  if (key === null) return 'null';
  throw new TypeError(`keys must be str, int, float, bool or None, not ${typeof key}`);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Python `json.dumps(value, ensure_ascii=False)`: see the notes at the top of this file.
 * @throws TypeError for values Python's json module could not serialize, or a circular reference.
 */
export function pythonJsonDumps(value: PyJsonInput): string {
  const active = new Set<object>();
  const parts: string[] = [];

  const writeEntries = (entries: Iterable<readonly [unknown, unknown]>): void => {
    parts.push('{');
    let first = true;
    for (const [key, item] of entries) {
      if (!first) parts.push(', ');
      first = false;
      parts.push(pythonJsonString(keyString(key)), ': ');
      write(item);
    }
    parts.push('}');
  };

  const write = (v: unknown): void => {
    if (v === null) return void parts.push('null');
    switch (typeof v) {
      case 'string':
        return void parts.push(pythonJsonString(v));
      case 'number':
        return void parts.push(pythonNumber(v));
      case 'bigint':
        return void parts.push(v.toString());
      case 'boolean':
        return void parts.push(v ? 'true' : 'false');
      case 'object':
        break;
      default:
        throw new TypeError(`Object of type ${typeof v} is not JSON serializable`);
    }
    if (active.has(v)) throw new TypeError('Circular reference detected');
    active.add(v);
    if (Array.isArray(v)) {
      parts.push('[');
      v.forEach((item: unknown, i) => {
        if (i > 0) parts.push(', ');
        write(item);
      });
      parts.push(']');
    } else if (v instanceof PyObject) {
      writeEntries(v);
    } else if (v instanceof Map) {
      writeEntries(v);
    } else if (isPlainObject(v)) {
      writeEntries(Object.entries(v));
    } else {
      throw new TypeError(`Object of type ${v.constructor?.name ?? 'object'} is not JSON serializable`);
    }
    active.delete(v);
  };

  write(value);
  return parts.join('');
}
