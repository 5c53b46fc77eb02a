// A forgiving, incremental reader of the judge's answer JSON, for showing scores while they stream in.
// It sees the answer text (outside think blocks) chunk by chunk and keeps, at every moment:
// - every score whose value is complete (a string value at its closing quote, a number at the character after it),
// - every complete ranking entry.
// It starts at the first `{` (like the reference's bracket fallback), stops when that object closes, and tolerates
// what the reference's repair tolerates (single quotes, bare keys, trailing commas) plus stray junk, so what it shows
// matches the final parse for every output the final parse can read. The final result always comes from
// `parseJudgeOutput` (parity); this is only the live view.
//
// Work is O(characters pushed): one pass, a few variables of tokenizer state, no re-scanning. Only the top-level
// object and its "scores" / ranking children are tracked; anything nested deeper is skipped with a depth counter,
// so arbitrarily deep nesting costs no memory.

import { normaliseScore } from './scoreValue.ts';

type Role = 'root' | 'scores' | 'best-to-worst' | 'best-to-worse';

interface Frame {
  role: Role;
  isArray: boolean;
  expect: 'key' | 'colon' | 'value' | 'comma';
  key: string | null;
}

type TokenState = 'seek' | 'between' | 'string' | 'bare' | 'done';

export type RankingKeyName = 'best-to-worst' | 'best-to-worse';

/** Optional notifications, so a consumer can keep derived views up to date in O(1) per change. */
export interface LiveJsonListener {
  /** A score value completed; `isNewName` is false when the name was already in `scores` (a repeated key). */
  score?(name: string, value: number | null, isNewName: boolean): void;
  /** `scores` was emptied (a repeated "scores" key starts over, or "scores" got a value of the wrong type). */
  scoresReset?(): void;
  rankingEntry?(key: RankingKeyName, name: string): void;
  /** The list for `key` starts (empty) or was emptied. */
  rankingReset?(key: RankingKeyName): void;
}

export class LiveJsonScanner {
  #state: TokenState = 'seek';
  #frames: Frame[] = [];
  #opaqueDepth = 0;
  // String / bare token being read.
  #quote = 0;
  #buf = '';
  #escape = 0; // 0: none; 1: after a backslash; 2..5: reading the 4 hex digits of \uXXXX
  #hex = '';

  /** Masked name → score (null: written but not a number), in first-appearance order, last value. */
  readonly scores = new Map<string, number | null>();
  /** The two ranking keys' lists; null until the key appears. */
  rankingWorst: string[] | null = null;
  rankingWorse: string[] | null = null;
  /** Bumped whenever `scores` or a ranking changes. */
  version = 0;
  readonly #listener: LiveJsonListener;

  constructor(listener: LiveJsonListener = {}) {
    this.#listener = listener;
  }

  get done(): boolean {
    return this.#state === 'done';
  }

  /** The ranking the final parse will use: "best-to-worst" if present, else "best-to-worse". */
  get ranking(): readonly string[] {
    return this.rankingWorst ?? this.rankingWorse ?? [];
  }

  push(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      switch (this.#state) {
        case 'done':
          return;
        case 'seek':
          if (c === 0x7b) {
            this.#frames.push({ role: 'root', isArray: false, expect: 'key', key: null });
            this.#state = 'between';
          }
          break;
        case 'string':
          this.#stringChar(c, text, i);
          break;
        case 'bare':
          if (isDelimiter(c)) {
            this.#state = 'between';
            this.#scalar(this.#buf, false);
            this.#structural(c);
          } else {
            this.#buf += text[i];
          }
          break;
        case 'between':
          this.#structural(c);
          break;
      }
    }
  }

  #stringChar(c: number, text: string, i: number): void {
    if (this.#escape === 1) {
      this.#escape = 0;
      switch (c) {
        case 0x75: // u
          this.#escape = 2;
          this.#hex = '';
          return;
        case 0x6e:
          this.#buf += '\n';
          return;
        case 0x74:
          this.#buf += '\t';
          return;
        case 0x72:
          this.#buf += '\r';
          return;
        case 0x62:
          this.#buf += '\b';
          return;
        case 0x66:
          this.#buf += '\f';
          return;
        default:
          this.#buf += text[i];
          return;
      }
    }
    if (this.#escape >= 2) {
      this.#hex += text[i];
      if (this.#escape === 5) {
        const code = Number.parseInt(this.#hex, 16);
        if (/^[0-9a-fA-F]{4}$/.test(this.#hex)) this.#buf += String.fromCharCode(code);
        this.#escape = 0;
      } else {
        this.#escape++;
      }
      return;
    }
    if (c === 0x5c) {
      this.#escape = 1;
    } else if (c === this.#quote) {
      this.#state = 'between';
      this.#scalar(this.#buf, true);
    } else {
      this.#buf += text[i];
    }
  }

  #structural(c: number): void {
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) return;
    if (c === 0x22 || c === 0x27) {
      this.#state = 'string';
      this.#quote = c;
      this.#buf = '';
      this.#escape = 0;
      return;
    }
    if (c === 0x7b || c === 0x5b) return this.#open(c === 0x5b);
    if (c === 0x7d || c === 0x5d) return this.#close();
    if (this.#opaqueDepth > 0) return;
    const frame = this.#frames[this.#frames.length - 1];
    if (!frame) return;
    if (c === 0x3a) {
      if (frame.expect === 'colon') frame.expect = 'value';
      return;
    }
    if (c === 0x2c) {
      frame.expect = frame.isArray ? 'value' : 'key';
      return;
    }
    this.#state = 'bare';
    this.#buf = String.fromCharCode(c);
  }

  #open(isArray: boolean): void {
    if (this.#opaqueDepth > 0) {
      this.#opaqueDepth++;
      return;
    }
    const frame = this.#frames[this.#frames.length - 1];
    if (frame && frame.role === 'root' && frame.expect === 'value') {
      const key = frame.key;
      if (key === 'scores' && !isArray) {
        this.scores.clear();
        this.#listener.scoresReset?.();
        this.#frames.push({ role: 'scores', isArray: false, expect: 'key', key: null });
        this.version++;
        return;
      }
      if ((key === 'best-to-worst' || key === 'best-to-worse') && isArray) {
        this.#setRanking(key, []);
        this.#frames.push({ role: key, isArray: true, expect: 'value', key: null });
        return;
      }
      this.#wrongType(key);
    } else if (frame && frame.role === 'scores' && frame.expect === 'value' && frame.key !== null) {
      // A container as a score: the final parse drops it (and it replaces an earlier value of the same name).
      this.#setScore(frame.key, null);
    }
    this.#opaqueDepth = 1;
  }

  #close(): void {
    if (this.#opaqueDepth > 0) {
      this.#opaqueDepth--;
      if (this.#opaqueDepth === 0) this.#valueDone();
      return;
    }
    const frame = this.#frames.pop();
    if (!frame || frame.role === 'root') {
      this.#state = 'done';
      return;
    }
    this.#valueDone();
  }

  /** The value at the current frame's position is complete. */
  #valueDone(): void {
    const frame = this.#frames[this.#frames.length - 1];
    if (frame) frame.expect = 'comma';
  }

  #scalar(token: string, quoted: boolean): void {
    if (this.#opaqueDepth > 0) return;
    const frame = this.#frames[this.#frames.length - 1];
    if (!frame) return;
    if (!frame.isArray && frame.expect === 'key') {
      frame.key = token;
      frame.expect = 'colon';
      return;
    }
    if (frame.expect !== 'value') return;
    frame.expect = 'comma';
    if (frame.role === 'root') {
      this.#wrongType(frame.key);
    } else if (frame.role === 'scores') {
      if (frame.key !== null) this.#setScore(frame.key, normaliseScore(quoted ? token : bareValue(token)));
    } else if (quoted) {
      const list = frame.role === 'best-to-worst' ? this.rankingWorst : this.rankingWorse;
      if (list) {
        list.push(token);
        this.#listener.rankingEntry?.(frame.role, token);
        this.version++;
      }
    }
  }

  /** A top-level key we track got a value of the wrong type: the final parse will read nothing from it. */
  #wrongType(key: string | null): void {
    if (key === 'scores') {
      this.scores.clear();
      this.#listener.scoresReset?.();
      this.version++;
    } else if (key === 'best-to-worst' || key === 'best-to-worse') {
      this.#setRanking(key, []);
    }
  }

  #setScore(name: string, value: number | null): void {
    const isNewName = !this.scores.has(name);
    this.scores.set(name, value);
    this.#listener.score?.(name, value, isNewName);
    this.version++;
  }

  #setRanking(key: RankingKeyName, list: string[]): void {
    if (key === 'best-to-worst') this.rankingWorst = list;
    else this.rankingWorse = list;
    this.#listener.rankingReset?.(key);
    this.version++;
  }
}

function isDelimiter(c: number): boolean {
  return (
    c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c || c === 0x3a ||
    c === 0x7b || c === 0x7d || c === 0x5b || c === 0x5d || c === 0x22 || c === 0x27
  );
}

/** A bare token as JSON would read it (numbers, NaN/Infinity, literals); anything else is not a number. */
function bareValue(token: string): number | string | null {
  if (token === 'NaN') return NaN;
  if (token === 'Infinity') return Infinity;
  if (token === '-Infinity') return -Infinity;
  if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(token)) return Number(token);
  return null;
}
