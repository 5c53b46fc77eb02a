// Python's notion of whitespace (`str.isspace()`, `str.strip()`, and `\s` in `re` patterns on str).
// It differs from JavaScript's `trim()` / `\s`: it includes U+001C–U+001F and U+0085, and excludes U+FEFF.

/**
 * Every character for which CPython's `str.isspace()` is true (all in the BMP, so testing UTF-16 code units is exact).
 * Usable inside a RegExp character class.
 */
export const PY_WHITESPACE_CLASS =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** True when the UTF-16 code unit is a character Python's `str.isspace()` accepts. */
export function isPySpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Python `s.strip()` with no argument. Linear in the whitespace removed (plus one slice). */
export function pyStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPySpace(s.charCodeAt(start))) start++;
  while (end > start && isPySpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** True when `s` is empty or only Python whitespace (`not s.strip()`). */
export function isPyBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isPySpace(s.charCodeAt(i))) return false;
  return true;
}
