import { describe, expect, test } from 'vitest';
import { extractAnswer, removeCodeFences, removeThinkBlocks, splitReasoning, partialReasoning } from './thinkSections.ts';

describe('splitReasoning', () => {
  test('between the first <think> and the first </think>, Python-stripped', () => {
    expect(splitReasoning('<think>\n a \u3000</think>{}')).toEqual({ reasoning: 'a', think: 'complete', closeBeforeOpen: false });
    expect(splitReasoning('x<think>a</think><think>b</think>').reasoning).toBe('a');
    expect(splitReasoning('<think>a<think>b</think>').reasoning).toBe('a<think>b');
  });

  test('empty when a tag is missing or the close comes first', () => {
    expect(splitReasoning('<think>never closed')).toEqual({ reasoning: '', think: 'unterminated', closeBeforeOpen: false });
    expect(splitReasoning('no tags')).toEqual({ reasoning: '', think: 'absent', closeBeforeOpen: false });
    expect(splitReasoning('pre-filled reasoning</think>{}')).toEqual({ reasoning: '', think: 'absent', closeBeforeOpen: true });
    expect(splitReasoning('</think><think>a</think>')).toEqual({ reasoning: '', think: 'complete', closeBeforeOpen: true });
    expect(splitReasoning('</think><think>a')).toEqual({ reasoning: '', think: 'unterminated', closeBeforeOpen: true });
  });
});

describe('removeThinkBlocks (re.sub(r"<think>.*?</think>", "", s, flags=re.DOTALL))', () => {
  test('removes every closed block, lazily, across newlines', () => {
    expect(removeThinkBlocks('a<think>x\ny</think>b<think>z</think>c')).toBe('abc');
    expect(removeThinkBlocks('<think>a<think>b</think>c</think>d')).toBe('c</think>d');
    expect(removeThinkBlocks('a</think>b')).toBe('a</think>b');
  });

  test('leaves an unterminated block in place', () => {
    expect(removeThinkBlocks('<think>a</think>b<think>c')).toBe('b<think>c');
    expect(removeThinkBlocks('<think>open')).toBe('<think>open');
  });

  test('is linear on many unclosed <think> (the regex would be quadratic)', () => {
    const s = '<think>'.repeat(200_000);
    expect(removeThinkBlocks(s)).toBe(s);
  });
});

describe('removeCodeFences and extractAnswer', () => {
  test('removes ```json and ``` (only lower-case json)', () => {
    expect(removeCodeFences('```json\n{}\n```')).toBe('\n{}\n');
    expect(removeCodeFences('````json')).toBe('`json');
    expect(removeCodeFences('```JSON{}')).toBe('JSON{}');
  });

  test('answer = text without think blocks and fences, Python-stripped', () => {
    expect(extractAnswer('<think>r</think>\n```json\n{"a": 1}\n```\n\u00a0')).toBe('{"a": 1}');
    expect(extractAnswer('\ufeff{}')).toBe('\ufeff{}');
  });
});

describe('partialReasoning', () => {
  test('the reasoning so far of an output cut short inside <think>', () => {
    expect(partialReasoning('<think>\n The principle asks me to')).toBe('The principle asks me to');
    expect(partialReasoning('pre <think>a <think> b')).toBe('a <think> b');
  });

  test('nothing when the reasoning closed or never opened', () => {
    expect(partialReasoning('<think>a</think>{"scores"')).toBe('');
    expect(partialReasoning('{"scores": {}}')).toBe('');
  });
});
