import { splitMaskedNames } from '../protocol/maskedNames.ts';

/** A stretch of the reasoning, `text.slice(start, end)`; `level` says whether it is sentences or a paragraph. */
export interface Passage {
  start: number;
  end: number;
  level: 'sentence' | 'paragraph';
}

type Range = { start: number; end: number };

/**
 * Where the reasoning discusses both candidates of a pair, so a disagreement can link to it. `pair` holds the
 * user's (real) names. With a masked-name key (`[masked, real]`, as stored on a judgment) the mentions are the
 * masked names exactly as the reasoning panel marks them (whole words, any case: {@link splitMaskedNames}); without
 * one (the model saw the real names) a mention is the real name as a whole word, case-sensitive.
 *
 * The passages are the runs of consecutive sentences that each mention both candidates; when no sentence does, the
 * paragraphs (blank-line separated) that mention both. Empty when no paragraph mentions both.
 */
export function passagesAbout(
  reasoning: string,
  maskedToReal: ReadonlyArray<readonly [string, string]> | null,
  pair: readonly [string, string],
): Passage[] {
  if (!reasoning) return [];
  const [a, b] = pair;
  const mentions = mentionsOf(reasoning, maskedToReal, new Set([a, b]));
  const at = (range: Range, name: string) => mentions.some((m) => m.name === name && m.start >= range.start && m.start < range.end);
  const both = (range: Range) => at(range, a) && at(range, b);

  const sentences = mergeRuns(sentenceRanges(reasoning).filter(both), reasoning);
  if (sentences.length > 0) return sentences.map((r) => ({ ...r, level: 'sentence' }));
  return paragraphRanges(reasoning).filter(both).map((r) => ({ ...r, level: 'paragraph' }));
}

function mentionsOf(text: string, key: ReadonlyArray<readonly [string, string]> | null, names: ReadonlySet<string>): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  if (key && key.length > 0) {
    let at = 0;
    for (const segment of splitMaskedNames(text, key)) {
      if (segment.kind === 'name' && names.has(segment.real)) out.push({ name: segment.real, start: at });
      at += segment.text.length;
    }
    return out;
  }
  for (const name of names) {
    if (!name) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}_-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'gu');
    for (const m of text.matchAll(re)) out.push({ name, start: m.index });
  }
  return out;
}

/** Sentences: split after `.`, `!` or `?` followed by white space, and at every line break; trimmed, never empty. */
export function sentenceRanges(text: string): Range[] {
  return splitTrimmed(text, /(?<=[.!?])[ \t]+|\r?\n/g);
}

/** Paragraphs: split at blank lines; trimmed, never empty. */
export function paragraphRanges(text: string): Range[] {
  return splitTrimmed(text, /\r?\n[ \t]*\r?\n\s*/g);
}

function splitTrimmed(text: string, separator: RegExp): Range[] {
  const out: Range[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Joins ranges separated only by white space (consecutive sentences) into one. */
function mergeRuns(ranges: Range[], text: string): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && text.slice(last.end, r.start).trim() === '' && !text.slice(last.end, r.start).includes('\n')) last.end = r.end;
    else out.push({ ...r });
  }
  return out;
}
