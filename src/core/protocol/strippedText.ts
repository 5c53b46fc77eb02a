// A growing text kept Python-stripped at every moment (`"".join(pieces).strip()`), with O(1) amortized work per
// character appended and O(new text) per read: leading whitespace is skipped as it arrives, and a trailing
// whitespace run is held back until something non-blank follows it. Reading joins only the pieces added since the
// last read onto the cached text.

import { isPySpace } from './pyStrip.ts';

export class StrippedText {
  #cached = '';
  #pending: string[] = [];
  #heldWhitespace = '';
  #started = false;
  #length = 0;

  append(piece: string): void {
    if (piece === '') return;
    let end = piece.length;
    while (end > 0 && isPySpace(piece.charCodeAt(end - 1))) end--;
    if (end === 0) {
      if (this.#started) this.#heldWhitespace += piece;
      return;
    }
    let start = 0;
    if (!this.#started) {
      while (isPySpace(piece.charCodeAt(start))) start++;
      this.#started = true;
    }
    const committed = this.#heldWhitespace + piece.slice(start, end);
    this.#pending.push(committed);
    this.#length += committed.length;
    this.#heldWhitespace = piece.slice(end);
  }

  /** Length of `text()`, without building it. */
  get length(): number {
    return this.#length;
  }

  text(): string {
    if (this.#pending.length > 0) {
      this.#cached += this.#pending.join('');
      this.#pending = [];
    }
    return this.#cached;
  }
}
