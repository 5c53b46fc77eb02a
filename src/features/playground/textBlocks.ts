/**
 * Splits a growing text into stable blocks so a stream can be rendered as many small elements: only the last block
 * changes as tokens arrive, so the browser re-lays-out one block per frame instead of the whole reasoning.
 * A block ends after the first newline at least MIN chars into it, or else at the first space after MAX chars.
 * Boundaries depend only on the text before them, so they stay put as the text grows.
 */
const MIN = 512;
const MAX = 4096;

export function nextBoundary(text: string, start: number): number {
  const nl = text.indexOf('\n', start + MIN);
  if (nl >= 0 && nl < start + MAX) return nl + 1;
  if (text.length <= start + MAX) return -1;
  const sp = text.slice(start + MAX).search(/\s/);
  return sp < 0 ? -1 : start + MAX + sp + 1;
}

/** Incremental: reuses the boundaries found for the earlier, shorter text when it is a prefix of this one. */
export function createBlockSplitter(): (text: string) => string[] {
  let prev = '';
  let bounds: number[] = [];
  return (text) => {
    const last = bounds[bounds.length - 1] ?? 0;
    if (text.length < prev.length || text.slice(0, last) !== prev.slice(0, last)) bounds = [];
    let start = bounds[bounds.length - 1] ?? 0;
    for (let b = nextBoundary(text, start); b > 0; b = nextBoundary(text, start)) {
      bounds.push(b);
      start = b;
    }
    prev = text;
    const out: string[] = [];
    let s = 0;
    for (const b of bounds) {
      out.push(text.slice(s, b));
      s = b;
    }
    if (s < text.length || out.length === 0) out.push(text.slice(s));
    return out;
  };
}
