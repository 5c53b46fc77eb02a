import { readJson, type JsonObjectBuilder, type JsonReadFailure } from '../protocol/pyJsonLoads.ts';

/**
 * The app's one JSON reader (core/protocol/pyJsonLoads.ts, Python's `json.loads` rules) building `Map`s, with
 * messages and 1-based positions for people fixing a file. Keys keep the order written, which `JSON.parse` does not
 * do for integer-like keys (`{"10": …, "2": …}` comes back as 2, 10); a repeated key keeps its first position and its
 * last value, and `NaN`, `Infinity`, `-Infinity` are accepted.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = Map<string, JsonValue>;

export interface JsonSyntaxError {
  message: string;
  /** 1-based line and column of the problem. */
  line: number;
  column: number;
  offset: number;
}

export type JsonParseResult = { ok: true; value: JsonValue } | { ok: false; error: JsonSyntaxError };

const MAX_DEPTH = 512;

/** Keys written more than once in an object this reader made (Python keeps the last value; the reader says so). */
const repeatedKeys = new WeakMap<JsonObject, string[]>();

/** The keys repeated in `object` as written, in order of their second appearance; empty for other objects. */
export function repeatedKeysOf(object: unknown): readonly string[] {
  return (object instanceof Map && repeatedKeys.get(object as JsonObject)) || [];
}

const MAPS: JsonObjectBuilder<JsonObject> = {
  create: () => new Map(),
  set(object, key, value) {
    if (object.has(key)) {
      const list = repeatedKeys.get(object);
      if (list) list.push(key);
      else repeatedKeys.set(object, [key]);
    }
    object.set(key, value);
  },
};

/** Parse one JSON text (surrounding whitespace allowed). Never throws. */
export function parseOrderedJson(text: string): JsonParseResult {
  const result = readJson(text, MAPS, MAX_DEPTH);
  if (result.ok) return result;
  const { message, offset } = explain(text, result.failure);
  const { line, column } = lineColumn(text, offset);
  return { ok: false, error: { message, line, column, offset } };
}

/** 1-based line and column of an offset (columns count UTF-16 code units). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describe(text: string, pos: number): string {
  if (pos >= text.length) return 'unexpected end of input';
  return `unexpected character ${JSON.stringify(text[pos])}`;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * Python reads a number as far as it is valid and fails on what follows; a person is better told about the number.
 * Only a lone integer part "0" can be followed by a digit, and only a number's digits by "." or "e" that it could not
 * take.
 */
function badNumber(text: string, at: number): { message: string; offset: number } | null {
  const c = text[at];
  if (!isDigit(text[at - 1])) return null;
  if (isDigit(c) && text[at - 1] === '0') return { message: 'invalid number: leading zero', offset: text[at - 2] === '-' ? at - 2 : at - 1 };
  if (c === '.') return { message: 'invalid number: digits expected after "."', offset: at + 1 };
  if (c === 'e' || c === 'E') {
    const sign = text[at + 1] === '+' || text[at + 1] === '-' ? 1 : 0;
    return { message: 'invalid number: digits expected in exponent', offset: at + 1 + sign };
  }
  return null;
}

function explain(text: string, f: JsonReadFailure): { message: string; offset: number } {
  const at = f.position;
  const here = describe(text, at);
  switch (f.code) {
    case 'value':
      return { message: here, offset: at };
    case 'array-delimiter':
      return badNumber(text, at) ?? { message: `${here}: expected "," or "]"`, offset: at };
    case 'object-delimiter':
      return badNumber(text, at) ?? { message: `${here}: expected "," or "}"`, offset: at };
    case 'key':
      return { message: `${here}: expected a quoted key`, offset: at };
    case 'colon':
      return { message: `${here}: expected ":"`, offset: at };
    case 'extra':
      return badNumber(text, at) ?? { message: 'unexpected content after the JSON value', offset: at };
    case 'unterminated':
      return { message: 'unterminated string', offset: at };
    case 'control':
      return { message: 'control character in string (escape it)', offset: at };
    case 'escape':
      return { message: 'invalid escape', offset: at };
    case 'unicode-escape':
      return { message: 'invalid \\u escape', offset: at };
    case 'depth':
      return { message: 'nesting too deep', offset: at };
    case 'internal':
      return { message: f.error, offset: at };
  }
}
