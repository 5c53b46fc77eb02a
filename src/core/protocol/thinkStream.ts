// Incremental `<think>` / `</think>` splitting for streamed output, with the reference's semantics (thinkSections.ts):
// text inside `<think>…</think>` blocks is thinking, everything else is answer; the first block is the reasoning,
// unless a `</think>` came before any `<think>` (the reference then reports no reasoning).
//
// Per push the work is O(chunk length + 8): tags are searched only in the new chunk plus the few characters held back
// from the previous one (a possible partial tag, at most 7 characters). Nothing already consumed is scanned again.
//
// A block still open when the stream ends is, for the reference, not a block at all (its text stays in the answer):
// this splitter cannot know that in advance and reports it as thinking; the final parse settles it.

import { isPyBlank } from './pyStrip.ts';
import { THINK_CLOSE, THINK_OPEN } from './thinkSections.ts';

export interface ThinkStreamSink {
  /** Text outside think blocks, in order. */
  answer(text: string): void;
  /** Text inside the first think block (the reasoning), in order; not called when the reasoning will be empty. */
  reasoning(text: string): void;
}

/** Length of the longest suffix of text[from..] that is a proper prefix of one of the tags. */
function partialTagLength(text: string, from: number, tags: readonly string[]): number {
  const start = Math.max(from, text.length - 7);
  for (let i = start; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x3c) continue; // '<': every tag starts with it and has no other.
    const suffix = text.slice(i);
    if (tags.some((tag) => tag.length > suffix.length && tag.startsWith(suffix))) return text.length - i;
  }
  return 0;
}

const OUTSIDE_TAGS = [THINK_OPEN, THINK_CLOSE] as const;
const INSIDE_TAGS = [THINK_CLOSE] as const;

export class ThinkStreamSplitter {
  #inside = false;
  #carry = '';
  #seenOpen = false;
  #closeBeforeOpen = false;
  #inFirstBlock = false;
  #answerStarted = false;
  readonly #sink: ThinkStreamSink;

  constructor(sink: ThinkStreamSink) {
    this.#sink = sink;
  }

  /** Inside a think block right now. */
  get inside(): boolean {
    return this.#inside;
  }

  /** A `<think>` has been seen. */
  get seenOpen(): boolean {
    return this.#seenOpen;
  }

  /** Some non-whitespace answer text has been emitted, or a think block has closed. */
  get answerStarted(): boolean {
    return this.#answerStarted;
  }

  push(chunk: string): void {
    if (chunk === '') return;
    const text = this.#carry + chunk;
    this.#carry = '';
    let pos = 0;
    while (pos < text.length) {
      if (this.#inside) {
        const close = text.indexOf(THINK_CLOSE, pos);
        if (close === -1) {
          const hold = partialTagLength(text, pos, INSIDE_TAGS);
          this.#think(text.slice(pos, text.length - hold));
          this.#carry = text.slice(text.length - hold);
          return;
        }
        this.#think(text.slice(pos, close));
        this.#inside = false;
        this.#inFirstBlock = false;
        this.#answerStarted = true;
        pos = close + THINK_CLOSE.length;
      } else {
        const open = text.indexOf(THINK_OPEN, pos);
        if (!this.#seenOpen && !this.#closeBeforeOpen) {
          const close = text.indexOf(THINK_CLOSE, pos);
          if (close !== -1 && (open === -1 || close < open)) this.#closeBeforeOpen = true;
        }
        if (open === -1) {
          const hold = partialTagLength(text, pos, OUTSIDE_TAGS);
          this.#answer(text.slice(pos, text.length - hold));
          this.#carry = text.slice(text.length - hold);
          return;
        }
        this.#answer(text.slice(pos, open));
        this.#inside = true;
        if (!this.#seenOpen) {
          this.#seenOpen = true;
          this.#inFirstBlock = !this.#closeBeforeOpen;
        }
        pos = open + THINK_OPEN.length;
      }
    }
  }

  /** End of stream: release the held-back characters (they can no longer become a tag). */
  flush(): void {
    const rest = this.#carry;
    this.#carry = '';
    if (rest === '') return;
    if (this.#inside) this.#think(rest);
    else this.#answer(rest);
  }

  #think(text: string): void {
    if (text !== '' && this.#inFirstBlock) this.#sink.reasoning(text);
  }

  #answer(text: string): void {
    if (text === '') return;
    if (!this.#answerStarted && !isPyBlank(text)) this.#answerStarted = true;
    this.#sink.answer(text);
  }
}
