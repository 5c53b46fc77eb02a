// String literals for generated code. A snippet embeds the principle and the system prompt as source literals; what
// the literal evaluates to must be the exact string the playground sends, code unit for code unit.
//
// Besides what the languages require, both helpers escape characters that survive evaluation but not handling by
// people and tools: C1 controls and DEL (invisible), U+2028/U+2029 (line breaks to many editors and to pre-ES2019
// JavaScript), the bidirectional controls (they reorder how source is displayed: "Trojan Source") and U+FEFF (a
// stray byte-order mark). Lone surrogates are escaped because a file is saved as UTF-8, which cannot hold them.
// Every other non-ASCII character, emoji included, is written raw so the principle stays readable.

/** Characters written as escapes in both languages although they would be legal raw (see the notes above). */
function needsVisibleEscape(code: number): boolean {
  return (
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

const hex = (code: number, width: number): string => code.toString(16).padStart(width, '0');

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const PYTHON_SHORT_ESCAPES: Record<number, string> = {
  0x5c: '\\\\',
  0x22: '\\"',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
};

/**
 * A double-quoted Python 3 string literal that evaluates to `s` exactly: `\\`, `\"`, `\n`, `\r`, `\t`; other control
 * characters as `\xNN`; lone surrogates, U+2028/U+2029, bidi controls and U+FEFF as `\uNNNN`; everything else raw
 * (valid in a UTF-8 source file, Python's default encoding).
 */
export function pythonStringLiteral(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const short = PYTHON_SHORT_ESCAPES[code];
    if (short !== undefined) {
      out += short;
    } else if (code < 0x20 || (code >= 0x7f && code <= 0xff && needsVisibleEscape(code))) {
      out += `\\x${hex(code, 2)}`;
    } else if (needsVisibleEscape(code)) {
      out += `\\u${hex(code, 4)}`;
    } else if (isHighSurrogate(code) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      out += s.slice(i, i + 2);
      i++;
    } else if (isHighSurrogate(code) || isLowSurrogate(code)) {
      out += `\\u${hex(code, 4)}`;
    } else {
      out += s[i];
    }
  }
  return `${out}"`;
}

/**
 * A TypeScript (and JavaScript) string literal that evaluates to `s` exactly: `JSON.stringify` (which already
 * escapes quotes, backslashes, control characters and lone surrogates), plus `\uNNNN` escapes for DEL, C1 controls,
 * U+2028/U+2029, bidi controls and U+FEFF.
 */
export function typescriptStringLiteral(s: string): string {
  let out = '';
  const json = JSON.stringify(s);
  let last = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (!needsVisibleEscape(code)) continue;
    out += json.slice(last, i) + `\\u${hex(code, 4)}`;
    last = i + 1;
  }
  return last === 0 ? json : out + json.slice(last);
}

/** `s` cut after every "\n" (the pieces concatenate back to `s`; an empty string gives one empty piece). */
export function splitAfterNewlines(s: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) {
    pieces.push(s.slice(start, i + 1));
    start = i + 1;
  }
  if (start < s.length || pieces.length === 0) pieces.push(s.slice(start));
  return pieces;
}

/**
 * A Python expression for `s` that is readable for multi-line text: one literal per line, implicitly concatenated
 * inside parentheses (`indent` is the indentation of the line the expression starts on). A single line stays one
 * literal.
 */
export function pythonTextExpression(s: string, indent = ''): string {
  const pieces = splitAfterNewlines(s);
  if (pieces.length === 1) return pythonStringLiteral(s);
  return `(\n${pieces.map((p) => `${indent}    ${pythonStringLiteral(p)}`).join('\n')}\n${indent})`;
}

/** The TypeScript counterpart of `pythonTextExpression`: one literal per line joined with `+`, in parentheses. */
export function typescriptTextExpression(s: string, indent = ''): string {
  const pieces = splitAfterNewlines(s);
  if (pieces.length === 1) return typescriptStringLiteral(s);
  return `(\n${pieces.map((p) => `${indent}  ${typescriptStringLiteral(p)}`).join(' +\n')}\n${indent})`;
}

/** A Python float literal: integers keep a ".0" (0 → "0.0"), others use the shortest repr. */
export function pythonFloat(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const text = String(x === 0 ? 0 : x); // "1e-7" and "1e+21" are valid Python float literals too
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A Python int literal for a non-negative integer setting. */
export function pythonInt(x: number): string {
  if (!Number.isSafeInteger(x)) throw new RangeError(`not an integer: ${x}`);
  return String(x);
}
