/** A piece of the model's text: plain text, or a masked name (`model-2`) with the user's name it stands for. */
export type NameSegment = { kind: 'text'; text: string } | { kind: 'name'; text: string; masked: string; real: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits text at every mention of a masked name, so the reasoning can show "model-2 · A". A name counts only as a
 * whole word: `model-1` inside `model-12` or `supermodel-1` is left alone. Case-insensitive, as models write
 * "Model-2" at the start of a sentence. Concatenating the segments' text gives back the input exactly.
 */
export function splitMaskedNames(text: string, maskedToReal: ReadonlyArray<readonly [string, string]> | null): NameSegment[] {
  if (!text) return [];
  if (!maskedToReal || maskedToReal.length === 0) return [{ kind: 'text', text }];
  const realOf = new Map(maskedToReal.map(([m, r]) => [m.toLowerCase(), { masked: m, real: r }]));
  // Longest first, so that model-12 wins over model-1 where both could start.
  const alternatives = [...realOf.values()].map((x) => x.masked).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  const out: NameSegment[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const hit = realOf.get(m[0].toLowerCase());
    if (!hit) continue;
    if (start > at) out.push({ kind: 'text', text: text.slice(at, start) });
    out.push({ kind: 'name', text: m[0], masked: hit.masked, real: hit.real });
    at = start + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
