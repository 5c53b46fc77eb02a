import { describe, expect, it } from 'vitest';
import { classifyFailure, gtBestOf, predBestOf } from './itemSummary.ts';
import { benchItem } from './records.testkit.ts';
import type { ParsedJudgeOutput } from '../protocol/index.ts';

const parsed = (scores: Array<[string, number]>, ranking: string[] = []): ParsedJudgeOutput => ({ reasoning: '', scores, ranking, diagnostics: {} as never });

describe('classifyFailure', () => {
  it('a prediction with scores or a ranking is usable, even partial or after an error', () => {
    expect(classifyFailure({ raw: 'x', parsed: parsed([['A', 3]]), error: null, finishReason: 'stop' })).toBeNull();
    expect(classifyFailure({ raw: 'x', parsed: parsed([], ['A']), error: { kind: 'stream-cut', message: '', advice: '' }, finishReason: 'incomplete' })).toBeNull();
  });
  it('names why there is no prediction', () => {
    expect(classifyFailure({ raw: '', parsed: null, error: { kind: 'context-exceeded', message: '', advice: '' }, finishReason: 'error' })).toBe('context-exceeded');
    expect(classifyFailure({ raw: '', parsed: null, error: { kind: 'server-error', message: '', advice: '' }, finishReason: 'error' })).toBe('engine-error');
    expect(classifyFailure({ raw: '<think>…', parsed: parsed([]), error: null, finishReason: 'length' })).toBe('truncated');
    expect(classifyFailure({ raw: 'prose', parsed: parsed([]), error: null, finishReason: 'stop' })).toBe('unparseable');
    expect(classifyFailure({ raw: '<think>half', parsed: parsed([]), error: { kind: 'stream-cut', message: '', advice: '' }, finishReason: 'incomplete' })).toBe('engine-error');
    expect(classifyFailure({ raw: '', parsed: null, error: { kind: 'invalid-input', message: '', advice: '' }, finishReason: null })).toBe('invalid-input');
  });
});

describe('best names', () => {
  it('ground truth may tie; the prediction is the ranking head, else a unique top score', () => {
    expect(gtBestOf(benchItem('a', 'q', { gt: { scores: [['A', 5], ['B', 5], ['C', 1]], ranking: [] } }))).toEqual(['A', 'B']);
    expect(predBestOf([['A', 2], ['B', 4]], ['A'])).toBe('A');
    expect(predBestOf([['A', 2], ['B', 4]], [])).toBe('B');
    expect(predBestOf([['A', 4], ['B', 4]], [])).toBeNull();
    expect(predBestOf([], [])).toBeNull();
  });
});
