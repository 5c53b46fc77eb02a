// An order-preserving JSON reader with the semantics of CPython's `json.loads(s)` (C scanner, strict=True):
// - objects become `PyObject`s: keys keep the document's order (also integer-like keys), and a repeated key keeps its
//   first position and its last value, as a Python dict does;
// - `NaN`, `Infinity` and `-Infinity` are accepted; numbers with a fraction or exponent are floats, others ints
//   (both become JavaScript numbers; ints beyond 2**53 lose precision, and the digit limit Python 3.11+ applies to
//   huge ints is not reproduced: such a number is read instead of rejected);
// - rejected as Python rejects them: trailing commas, single quotes, bare keys, leading zeros ("01"), "1.", ".5",
//   "+1", raw control characters (U+0000–U+001F) inside strings, unknown escapes, a bad `\uXXXX`, extra data;
// - whitespace is Python's JSON set only (space, \t, \n, \r), before and after the value too; a BOM is rejected.
// It never throws and never recurses: containers live on an explicit stack, nesting deeper than `maxDepth`
// (default 10,000; CPython raises RecursionError far earlier) is reported as a failure. One pass, linear time.
// `readJson` is the reader itself, building objects with the builder it is given and reporting a failure as a code
// beside Python's message; `pythonJsonLoads` is it with `PyObject`s (core/bench/ordered-json.ts builds `Map`s).

import { PyObject } from './pyObject.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | PyObject<JsonValue>;

export type PythonJsonResult =
  | { ok: true; value: JsonValue }
  | { ok: false; error: string; position: number };

export interface PythonJsonOptions {
  /** Deepest nesting of arrays/objects accepted; default 10,000. */
  maxDepth?: number;
}

export const DEFAULT_MAX_JSON_DEPTH = 10_000;

/** A JSON value whose objects are `O`. */
export type JsonOf<O> = null | boolean | number | string | JsonOf<O>[] | O;

/** How objects are made: `set` is called once per member as written, repeated keys included. */
export interface JsonObjectBuilder<O> {
  create(): O;
  set(object: O, key: string, value: JsonOf<O>): void;
}

export type JsonFailureCode =
  | 'value'
  | 'array-delimiter'
  | 'object-delimiter'
  | 'key'
  | 'colon'
  | 'extra'
  | 'unterminated'
  | 'control'
  | 'escape'
  | 'unicode-escape'
  | 'depth'
  | 'internal';

export interface JsonReadFailure {
  code: JsonFailureCode;
  /** Python's message. */
  error: string;
  position: number;
}

export type JsonReadResult<O> = { ok: true; value: JsonOf<O> } | { ok: false; failure: JsonReadFailure };

type Frame<O> = { kind: 'array'; items: JsonOf<O>[] } | { kind: 'object'; object: O; key: string };

class JsonFailure {
  constructor(
    readonly code: JsonFailureCode,
    readonly error: string,
    readonly position: number,
  ) {}
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function isWs(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function hex4(s: string, at: number): number {
  if (at + 4 > s.length) return -1;
  let v = 0;
  for (let i = at; i < at + 4; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (c >= 0x61 && c <= 0x66) d = c - 0x57;
    else if (c >= 0x41 && c <= 0x46) d = c - 0x37;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

class Reader<O> {
  pos = 0;
  constructor(
    readonly s: string,
    readonly maxDepth: number,
    readonly objects: JsonObjectBuilder<O>,
  ) {}

  fail(code: JsonFailureCode, error: string, position = this.pos): never {
    throw new JsonFailure(code, error, position);
  }

  skipWs(): void {
    const s = this.s;
    while (this.pos < s.length && isWs(s.charCodeAt(this.pos))) this.pos++;
  }

  /** `scanstring` with strict=True; `this.pos` is just after the opening quote. */
  readString(): string {
    const s = this.s;
    const start = this.pos - 1;
    let out = '';
    let chunkStart = this.pos;
    for (;;) {
      if (this.pos >= s.length) this.fail('unterminated', 'Unterminated string starting at', start);
      const c = s.charCodeAt(this.pos);
      if (c === 0x22) {
        out += s.slice(chunkStart, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) this.fail('control', 'Invalid control character at');
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      out += s.slice(chunkStart, this.pos);
      this.pos++;
      if (this.pos >= s.length) this.fail('unterminated', 'Unterminated string starting at', start);
      const e = s[this.pos]!;
      if (e === 'u') {
        const v = hex4(s, this.pos + 1);
        if (v < 0) this.fail('unicode-escape', 'Invalid \\uXXXX escape', this.pos - 1);
        // A surrogate pair written as two escapes joins into one character in Python; in UTF-16 the two code units
        // side by side are that same character, and a lone surrogate stays a lone code unit in both.
        out += String.fromCharCode(v);
        this.pos += 5;
      } else {
        const mapped = ESCAPES[e];
        if (mapped === undefined) this.fail('escape', 'Invalid \\escape', this.pos - 1);
        out += mapped;
        this.pos++;
      }
      chunkStart = this.pos;
    }
  }

  /** `_match_number_unicode`: ASCII digits only, no leading zeros, optional fraction and exponent. */
  readNumber(): number {
    const s = this.s;
    const start = this.pos;
    let i = start;
    if (s.charCodeAt(i) === 0x2d) i++;
    const first = s.charCodeAt(i);
    if (first >= 0x31 && first <= 0x39) {
      i++;
      while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    } else if (first === 0x30) {
      i++;
    } else {
      this.fail('value', 'Expecting value', start);
    }
    if (s.charCodeAt(i) === 0x2e && isDigit(s.charCodeAt(i + 1))) {
      i += 2;
      while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    }
    const e = s.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      let j = i + 1;
      const sign = s.charCodeAt(j);
      if (sign === 0x2b || sign === 0x2d) j++;
      const digitsStart = j;
      while (j < s.length && isDigit(s.charCodeAt(j))) j++;
      if (j > digitsStart) i = j;
    }
    this.pos = i;
    return Number(s.slice(start, i));
  }

  literal(word: string, value: JsonOf<O>): JsonOf<O> {
    if (!this.s.startsWith(word, this.pos)) this.fail('value', 'Expecting value');
    this.pos += word.length;
    return value;
  }

  /** After `{` + whitespace, or after `,` + whitespace in an object: a key, `:`, whitespace. */
  readKey(): string {
    if (this.s.charCodeAt(this.pos) !== 0x22) this.fail('key', 'Expecting property name enclosed in double quotes');
    this.pos++;
    const key = this.readString();
    this.skipWs();
    if (this.s.charCodeAt(this.pos) !== 0x3a) this.fail('colon', "Expecting ':' delimiter");
    this.pos++;
    this.skipWs();
    return key;
  }

  read(): JsonOf<O> {
    const s = this.s;
    const stack: Frame<O>[] = [];
    this.skipWs();
    for (;;) {
      // Read one value at this.pos, or open a container and loop to read its first value.
      let value: JsonOf<O>;
      const c = s.charCodeAt(this.pos);
      if (c === 0x7b || c === 0x5b) {
        if (stack.length >= this.maxDepth) this.fail('depth', `Nesting deeper than ${this.maxDepth} levels`);
        this.pos++;
        this.skipWs();
        if (c === 0x7b) {
          if (s.charCodeAt(this.pos) === 0x7d) {
            this.pos++;
            value = this.objects.create();
          } else {
            stack.push({ kind: 'object', object: this.objects.create(), key: this.readKey() });
            continue;
          }
        } else if (s.charCodeAt(this.pos) === 0x5d) {
          this.pos++;
          value = [];
        } else {
          stack.push({ kind: 'array', items: [] });
          continue;
        }
      } else if (c === 0x22) {
        this.pos++;
        value = this.readString();
      } else if (c === 0x6e) value = this.literal('null', null);
      else if (c === 0x74) value = this.literal('true', true);
      else if (c === 0x66) value = this.literal('false', false);
      else if (c === 0x4e) value = this.literal('NaN', NaN);
      else if (c === 0x49) value = this.literal('Infinity', Infinity);
      else if (c === 0x2d && s.startsWith('-Infinity', this.pos)) value = this.literal('-Infinity', -Infinity);
      else if (c === 0x2d || isDigit(c)) value = this.readNumber();
      else this.fail('value', 'Expecting value');

      // Hand the value to its container; close every container that ends here.
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) {
          this.skipWs();
          if (this.pos !== s.length) this.fail('extra', 'Extra data');
          return value;
        }
        this.skipWs();
        const d = s.charCodeAt(this.pos);
        if (top.kind === 'array') {
          top.items.push(value);
          if (d === 0x2c) {
            this.pos++;
            this.skipWs();
            break;
          }
          if (d !== 0x5d) this.fail('array-delimiter', "Expecting ',' delimiter");
          this.pos++;
          stack.pop();
          value = top.items;
        } else {
          this.objects.set(top.object, top.key, value);
          if (d === 0x2c) {
            this.pos++;
            this.skipWs();
            top.key = this.readKey();
            break;
          }
          if (d !== 0x7d) this.fail('object-delimiter', "Expecting ',' delimiter");
          this.pos++;
          stack.pop();
          value = top.object;
        }
      }
    }
  }
}

/** Reads one JSON text with Python's rules (see the notes at the top of this file), objects made by `objects`. Never throws. */
export function readJson<O>(text: string, objects: JsonObjectBuilder<O>, maxDepth = DEFAULT_MAX_JSON_DEPTH): JsonReadResult<O> {
  const reader = new Reader(text, maxDepth, objects);
  try {
    return { ok: true, value: reader.read() };
  } catch (e) {
    if (e instanceof JsonFailure) return { ok: false, failure: { code: e.code, error: e.error, position: e.position } };
    // Only an engine failure (e.g. out of memory) lands here.
    return { ok: false, failure: { code: 'internal', error: e instanceof Error ? e.message : String(e), position: reader.pos } };
  }
}

const PY_OBJECTS: JsonObjectBuilder<PyObject<JsonValue>> = {
  create: () => new PyObject<JsonValue>(),
  set: (object, key, value) => void object.set(key, value),
};

/** Python `json.loads(text)` as a result union (see the notes at the top of this file). Never throws. */
export function pythonJsonLoads(text: string, options: PythonJsonOptions = {}): PythonJsonResult {
  const result = readJson(text, PY_OBJECTS, options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH);
  return result.ok ? result : { ok: false, error: result.failure.error, position: result.failure.position };
}

/** True for a JSON object as read by `pythonJsonLoads`. */
export function isJsonObject(value: JsonValue | undefined): value is PyObject<JsonValue> {
  return value instanceof PyObject;
}
