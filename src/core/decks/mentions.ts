import { splitMaskedNames } from '../protocol/maskedNames.ts';

/** A piece of the reasoning: plain text, or a mention of a candidate (`real` is the user's name for it). */
export type Mention = { kind: 'text'; text: string } | { kind: 'name'; text: string; real: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits reasoning at each mention of a candidate, so it can be highlighted: the masked names (`model-2`) when the
 * run was masked, else the candidates' own names as whole words, case as written (so a candidate named "A" is not
 * found in "a"). Joining the pieces' text gives back the input.
 */
export function candidateMentions(text: string, names: readonly string[], maskedToReal: ReadonlyArray<readonly [string, string]> | null): Mention[] {
  if (!text) return [];
  if (maskedToReal && maskedToReal.length > 0) {
    return splitMaskedNames(text, maskedToReal).map((s) => (s.kind === 'name' ? { kind: 'name', text: s.text, real: s.real } : { kind: 'text', text: s.text }));
  }
  const usable = names.filter((n) => n.trim() !== '');
  if (usable.length === 0) return [{ kind: 'text', text }];
  const alternatives = [...usable].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  const out: Mention[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push({ kind: 'text', text: text.slice(at, m.index) });
    out.push({ kind: 'name', text: m[0], real: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
