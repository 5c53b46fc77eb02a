/**
 * A small JSON reader that keeps object key order exactly as written, which `JSON.parse` does not do for
 * integer-like keys (`{"10": …, "2": …}` comes back as 2, 10). Objects become `Map`s. Like Python's `json.loads`:
 * a repeated key keeps its first position and its last value, and `NaN`, `Infinity`, `-Infinity` are accepted.
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

class Failure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** Parse one JSON text (surrounding whitespace allowed). Never throws. */
export function parseOrderedJson(text: string): JsonParseResult {
  const parser = new Parser(text);
  try {
    parser.skipWhitespace();
    const value = parser.parseValue(0);
    parser.skipWhitespace();
    if (parser.pos < text.length) throw new Failure('unexpected content after the JSON value', parser.pos);
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    const { line, column } = lineColumn(text, error.offset);
    return { ok: false, error: { message: error.message, line, column, offset: error.offset } };
  }
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

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  skipWhitespace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.pos++;
      else break;
    }
  }

  parseValue(depth: number): JsonValue {
    if (depth > MAX_DEPTH) throw new Failure('nesting too deep', this.pos);
    const { text } = this;
    const c = text.charCodeAt(this.pos);
    switch (c) {
      case 123: // {
        return this.parseObject(depth);
      case 91: // [
        return this.parseArray(depth);
      case 34: // "
        return this.parseString();
      case 116: // t
        return this.literal('true', true);
      case 102: // f
        return this.literal('false', false);
      case 110: // n
        return this.literal('null', null);
      case 78: // N
        return this.literal('NaN', Number.NaN);
      case 73: // I
        return this.literal('Infinity', Number.POSITIVE_INFINITY);
      default:
        if (c === 45 && text.startsWith('-Infinity', this.pos)) return this.literal('-Infinity', Number.NEGATIVE_INFINITY);
        if (c === 45 || (c >= 48 && c <= 57)) return this.parseNumber();
        throw new Failure(describe(text, this.pos), this.pos);
    }
  }

  private literal<T extends JsonValue>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) throw new Failure(describe(this.text, this.pos), this.pos);
    this.pos += word.length;
    return value;
  }

  private parseNumber(): number {
    const { text } = this;
    const start = this.pos;
    if (text.charCodeAt(this.pos) === 45) this.pos++;
    if (text.charCodeAt(this.pos) === 48) {
      this.pos++;
      const next = text.charCodeAt(this.pos);
      if (next >= 48 && next <= 57) throw new Failure('invalid number: leading zero', start);
    } else if (!this.digits()) {
      throw new Failure('invalid number', start);
    }
    if (text.charCodeAt(this.pos) === 46) {
      this.pos++;
      if (!this.digits()) throw new Failure('invalid number: digits expected after "."', this.pos);
    }
    const e = text.charCodeAt(this.pos);
    if (e === 101 || e === 69) {
      this.pos++;
      const sign = text.charCodeAt(this.pos);
      if (sign === 43 || sign === 45) this.pos++;
      if (!this.digits()) throw new Failure('invalid number: digits expected in exponent', this.pos);
    }
    return Number(text.slice(start, this.pos));
  }

  private digits(): boolean {
    const start = this.pos;
    while (this.pos < this.text.length) {
      const c = this.text.charCodeAt(this.pos);
      if (c >= 48 && c <= 57) this.pos++;
      else break;
    }
    return this.pos > start;
  }

  parseString(): string {
    const { text } = this;
    const open = this.pos;
    this.pos++; // opening quote
    let chunkStart = this.pos;
    let out = '';
    for (;;) {
      if (this.pos >= text.length) throw new Failure('unterminated string', open);
      const c = text.charCodeAt(this.pos);
      if (c === 34) {
        out += text.slice(chunkStart, this.pos);
        this.pos++;
        return out;
      }
      if (c === 92) {
        out += text.slice(chunkStart, this.pos);
        out += this.parseEscape();
        chunkStart = this.pos;
        continue;
      }
      if (c < 0x20) throw new Failure('control character in string (escape it)', this.pos);
      this.pos++;
    }
  }

  private parseEscape(): string {
    const { text } = this;
    const at = this.pos;
    const c = text[this.pos + 1];
    this.pos += 2;
    switch (c) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        const hex = text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Failure('invalid \\u escape', at);
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        throw new Failure('invalid escape', at);
    }
  }

  private parseArray(depth: number): JsonValue[] {
    const out: JsonValue[] = [];
    this.pos++; // [
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipWhitespace();
      out.push(this.parseValue(depth + 1));
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c === 93) {
        this.pos++;
        return out;
      }
      throw new Failure(`${describe(this.text, this.pos)}: expected "," or "]"`, this.pos);
    }
  }

  private parseObject(depth: number): JsonObject {
    const out: JsonObject = new Map();
    this.pos++; // {
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 34) {
        throw new Failure(`${describe(this.text, this.pos)}: expected a quoted key`, this.pos);
      }
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 58) {
        throw new Failure(`${describe(this.text, this.pos)}: expected ":"`, this.pos);
      }
      this.pos++;
      this.skipWhitespace();
      if (out.has(key)) {
        const list = repeatedKeys.get(out);
        if (list) list.push(key);
        else repeatedKeys.set(out, [key]);
      }
      out.set(key, this.parseValue(depth + 1));
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c === 125) {
        this.pos++;
        return out;
      }
      throw new Failure(`${describe(this.text, this.pos)}: expected "," or "}"`, this.pos);
    }
  }
}
