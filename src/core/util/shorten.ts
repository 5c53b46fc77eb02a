/**
 * A short label from a longer text: whitespace folded, cut at the last word boundary that fits, with an ellipsis.
 * A single word longer than `max` is cut inside it (there is no boundary to keep).
 */
export function shortenAtWord(text: string, max: number): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max);
  const cut = room.lastIndexOf(' ');
  const head = (cut > 0 ? room.slice(0, cut) : room).replace(/[\s,;:.\-–—]+$/u, '');
  return `${head}…`;
}
