// Splitting a judge output into reasoning and answer, as the reference does:
//
//   think_start = text.find("<think>"); think_end = text.find("</think>")
//   reasoning = text[think_start + 7:think_end].strip() if both found else ""
//   answer = re.sub(r'```(?:json)?|```', '', re.sub(r'<think>.*?</think>', '', text, flags=re.DOTALL)).strip()
//
// Both are reproduced without regex backtracking so they stay linear on adversarial text (many `<think>` and no
// `</think>` would make the lazy regex quadratic).

import { pyStrip } from './pyStrip.ts';

export const THINK_OPEN = '<think>';
export const THINK_CLOSE = '</think>';

export type ThinkStatus = 'complete' | 'unterminated' | 'absent';

export interface ThinkSplit {
  /** The reference's reasoning: between the first `<think>` and the first `</think>`, Python-stripped. */
  reasoning: string;
  /** 'absent': no `<think>`; 'complete': a `</think>` follows the first `<think>`; else 'unterminated'. */
  think: ThinkStatus;
  /** A `</think>` occurs before the first `<think>` (the reference then reports empty reasoning). */
  closeBeforeOpen: boolean;
}

export function splitReasoning(text: string): ThinkSplit {
  const start = text.indexOf(THINK_OPEN);
  const end = text.indexOf(THINK_CLOSE);
  // Python slicing yields "" when end < start + 7, like String.prototype.slice does.
  const reasoning = start !== -1 && end !== -1 ? pyStrip(text.slice(start + THINK_OPEN.length, end)) : '';
  let think: ThinkStatus = 'absent';
  if (start !== -1) think = text.indexOf(THINK_CLOSE, start + THINK_OPEN.length) !== -1 ? 'complete' : 'unterminated';
  return { reasoning, think, closeBeforeOpen: end !== -1 && (start === -1 || end < start) };
}

/** `re.sub(r'<think>.*?</think>', '', text, flags=re.DOTALL)`, in linear time. */
export function removeThinkBlocks(text: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const open = text.indexOf(THINK_OPEN, pos);
    if (open === -1) break;
    const close = text.indexOf(THINK_CLOSE, open + THINK_OPEN.length);
    // No `</think>` after this `<think>`: none after any later one either, so nothing more matches.
    if (close === -1) break;
    out += text.slice(pos, open);
    pos = close + THINK_CLOSE.length;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/** `re.sub(r'```(?:json)?|```', '', s)`: removes every "```json" and every other "```". */
export function removeCodeFences(s: string): string {
  return s.replace(/```(?:json)?/g, '');
}

/** The reference's `extract_json_content`: the answer text the JSON is parsed from. */
export function extractAnswer(text: string): string {
  return pyStrip(removeCodeFences(removeThinkBlocks(text)));
}

/**
 * What a cut-short output had reasoned so far: the text after an unterminated `<think>`, Python-stripped; '' when the
 * block is closed or absent. The reference's reasoning is '' then, but a person reading a stopped run wants to see it.
 */
export function partialReasoning(text: string): string {
  const start = text.indexOf(THINK_OPEN);
  if (start === -1 || text.indexOf(THINK_CLOSE, start + THINK_OPEN.length) !== -1) return '';
  return pyStrip(text.slice(start + THINK_OPEN.length));
}
