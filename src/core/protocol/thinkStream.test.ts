import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ThinkStreamSplitter } from './thinkStream.ts';
import { removeThinkBlocks, splitReasoning } from './thinkSections.ts';

function run(chunks: string[]): { answer: string; reasoning: string; splitter: ThinkStreamSplitter } {
  let answer = '';
  let reasoning = '';
  const splitter = new ThinkStreamSplitter({ answer: (t) => (answer += t), reasoning: (t) => (reasoning += t) });
  for (const c of chunks) splitter.push(c);
  splitter.flush();
  return { answer, reasoning, splitter };
}

/** Split s at the given cut points. */
function cut(s: string, points: number[]): string[] {
  const sorted = [...new Set(points.map((p) => p % (s.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of sorted) {
    out.push(s.slice(last, p));
    last = p;
  }
  out.push(s.slice(last));
  return out;
}

const soup = fc
  .array(fc.constantFrom('<think>', '</think>', '<', '</', '<th', 'ink>', 'nk>', '</thi', 'a', ' ', '\n', '{', '"x"'), { maxLength: 25 })
  .map((p) => p.join(''));

describe('ThinkStreamSplitter', () => {
  test('with every block closed, answer = removeThinkBlocks(text) and reasoning = the first block, under any chunking', () => {
    fc.assert(
      fc.property(soup, fc.array(fc.nat(), { maxLength: 10 }), (text, points) => {
        const { answer, reasoning } = run(cut(text, points));
        const blocksClosed = removeThinkBlocks(text).indexOf('<think>') === -1;
        if (blocksClosed) expect(answer).toBe(removeThinkBlocks(text));
        const split = splitReasoning(text);
        if (split.think === 'complete' && !split.closeBeforeOpen) {
          expect(reasoning.trim()).toBe(split.reasoning.trim());
        }
        if (split.closeBeforeOpen || split.think === 'absent') expect(reasoning).toBe('');
      }),
    );
  });

  test('one character at a time', () => {
    const text = 'pre</thi<think>\nreason <th</think>ans<wer<think>second</think>!';
    const { answer, reasoning } = run([...text]);
    expect(answer).toBe('pre</thians<wer!');
    expect(reasoning).toBe('\nreason <th');
  });

  test('state: inside, answerStarted', () => {
    let answer = '';
    const s = new ThinkStreamSplitter({ answer: (t) => (answer += t), reasoning: () => {} });
    s.push('  <thi');
    expect(s.inside).toBe(false);
    expect(s.answerStarted).toBe(false);
    s.push('nk>abc');
    expect(s.inside).toBe(true);
    expect(s.seenOpen).toBe(true);
    s.push('</think>');
    expect(s.inside).toBe(false);
    expect(s.answerStarted).toBe(true);
    expect(answer).toBe('  ');
  });

  test('holds back at most 7 characters', () => {
    let answer = '';
    const s = new ThinkStreamSplitter({ answer: (t) => (answer += t), reasoning: () => {} });
    s.push('abc</think');
    expect(answer).toBe('abc');
    s.push('x');
    expect(answer).toBe('abc</thinkx');
  });
});
