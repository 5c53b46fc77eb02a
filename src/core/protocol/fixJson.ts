// The reference's `fix_json_format`, reproduced regex for regex (Python `re` semantics), so the "repaired" fallback
// accepts and rejects exactly the texts the reference does. It is a blunt text rewrite and also touches string
// contents (an apostrophe becomes a quote, ", word:" inside a string gains quotes): that is the reference's behaviour.
//
//   fixed = s.replace("'", '"')
//   fixed = re.sub(r'([{,])\s*([a-zA-Z0-9_-]+)\s*:', r'\1"\2":', fixed)
//   fixed = re.sub(r',\s*}', '}', fixed)
//   fixed = re.sub(r',\s*]', ']', fixed)
//   fixed = fixed.replace('"best-to-worse"', '"best-to-worst"')
//
// Python's `\s` on str is its Unicode whitespace set (the `str.isspace()` set), not JavaScript's `\s`. Each pattern
// is linear: every match attempt starts at a `{` or `,` and scans only the whitespace/word run that follows it.

import { PY_WHITESPACE_CLASS } from './pyStrip.ts';

const WS = `[${PY_WHITESPACE_CLASS}]*`;
const BARE_KEY = new RegExp(`([{,])${WS}([a-zA-Z0-9_-]+)${WS}:`, 'g');
const TRAILING_COMMA_OBJECT = new RegExp(`,${WS}\\}`, 'g');
const TRAILING_COMMA_ARRAY = new RegExp(`,${WS}\\]`, 'g');

/** `fix_json_format` up to (not including) the best-to-worse key rename. */
export function fixJsonSyntax(s: string): string {
  return s
    .replaceAll("'", '"')
    .replace(BARE_KEY, '$1"$2":')
    .replace(TRAILING_COMMA_OBJECT, '}')
    .replace(TRAILING_COMMA_ARRAY, ']');
}

/** The reference's `fix_json_format` in full. */
export function fixJsonFormat(s: string): string {
  return renameBestToWorse(fixJsonSyntax(s));
}

/** The last step of `fix_json_format`: `"best-to-worse"` (quoted, anywhere) becomes `"best-to-worst"`. */
export function renameBestToWorse(s: string): string {
  return s.replaceAll('"best-to-worse"', '"best-to-worst"');
}
