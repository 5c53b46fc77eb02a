import { describe, expect, it } from 'vitest';
import type { BenchItem } from '../bench/index.ts';
import type { ExpectedScores } from '../protocol/index.ts';
import { summarizeResult } from './itemSummary.ts';
import { metricsCsv, runMetrics } from './runMetrics.ts';
import { checkResultExpected, resultExpectedOf } from './resultExpected.ts';
import { describeRunConstraint, expectedScoresNote } from './expectedNote.ts';
import { benchItem, itemResult, runRecord } from './records.testkit.ts';
import type { ItemResult } from './run.ts';

const withExpected = (r: ItemResult, expected: Array<[string, number]>): ItemResult => ({ ...r, expected });

describe('metrics on expected scores beside the integer ones', () => {
  // gt A 3 > B 2 > C 1. The model ties A and B at 4 and lists B first; the expected scores put A above B.
  const item = benchItem('i0', 'q');
  const tied = itemResult(0, [['A', 4], ['B', 4], ['C', 1]], ['B', 'A', 'C']);

  it('scores an item with every expected score on those alone, and keeps the integer figures as they were', () => {
    const s = summarizeResult(item, withExpected(tied, [['C', 1.3], ['A', 4.2], ['B', 3.9]]));
    // Integer: (A,B) follows the ranking, B first: 0; (A,C) and (B,C) right: 2 of 3. τ-b over (3,2,1) vs (4,4,1):
    // 2 concordant, 0 discordant, one tie in the prediction: 2 / √(3·2).
    expect(s.score.pairs).toEqual({ correct: 2, total: 3 });
    expect(s.score.kendallTauB).toBeCloseTo(2 / Math.sqrt(6), 12);
    // Expected, in the order of the integer scores: 4.2 > 3.9 > 1.3 orders all three pairs right, τ-b = 1.
    expect(s.expected?.scores).toEqual([['A', 4.2], ['B', 3.9], ['C', 1.3]]);
    expect(s.expected?.score.pairs).toEqual({ correct: 3, total: 3 });
    expect(s.expected?.score.kendallTauB).toBe(1);
    expect(s.expected?.score.ndcg).toBe(1);
  });

  it('has no expected side for an item missing one scored name, and says why when log probabilities were asked', () => {
    const partial = summarizeResult(item, { ...withExpected(tied, [['A', 4.2], ['B', 3.9]]), expectedNote: 'C: its score token came without top log probabilities' });
    expect(partial.expected).toBeUndefined();
    expect(partial.expectedNote).toBe('C: its score token came without top log probabilities');
    expect(summarizeResult(item, tied).expected).toBeUndefined();
  });

  it('computes both sides over the same items, the ones without expected scores counting on their integers', () => {
    const right = itemResult(1, [['A', 5], ['B', 3], ['C', 1]], ['A', 'B', 'C']);
    const s = [
      summarizeResult(item, withExpected(tied, [['A', 4.2], ['B', 3.9], ['C', 1.3]])),
      summarizeResult(benchItem('i1', 'q'), { ...right, expectedNote: 'The engine returned no log probabilities' }),
    ];
    const m = runMetrics(s, false);
    expect(m.report.overall.pairs).toEqual({ correct: 5, total: 6 });
    expect(m.expected?.report.overall.pairs).toEqual({ correct: 6, total: 6 });
    expect(m.expected?.report.overall.accuracy.value).toBe(100);
    // τ ×100, mean over items: integer (2/√6 + 1) / 2; expected (1 + 1) / 2.
    expect(m.report.overall.kendallTau.value).toBeCloseTo(((2 / Math.sqrt(6) + 1) / 2) * 100, 9);
    expect(m.expected?.report.overall.kendallTau.value).toBe(100);
    expect(m.expected?.coverage).toEqual({ items: 1, of: 2 });
    expect(m.expectedMissing).toEqual({ items: 1, note: 'The engine returned no log probabilities' });
    expect(expectedScoresNote(runRecord('r', [item]), m)).toBe(
      'Expected scores for 1 of 2 items with scores; the other 1 count on their integer scores in the expected column too (The engine returned no log probabilities).',
    );
  });

  it('breaks RewardBench 2’s and RM-Bench’s integer ties, so the 1/k rule no longer applies', () => {
    const rb2: BenchItem = {
      ...benchItem('rb', 'q'),
      responses: ['c', 'r1', 'r2', 'r3'].map((name) => ({ name, text: name })),
      gt: { scores: [['c', 1], ['r1', 0], ['r2', 0], ['r3', 0]], ranking: [] },
      rewardbench2: { subset: 'Math', id: '7', numCorrect: 1 },
    };
    const rm: BenchItem = {
      ...benchItem('rm', 'q'),
      domain: 'chat',
      responses: ['c0', 'c1', 'c2', 'r0', 'r1', 'r2'].map((name) => ({ name, text: name })),
      gt: { scores: [], ranking: [] },
      rmbench: { chosen: ['c0', 'c1', 'c2'], rejected: ['r0', 'r1', 'r2'] },
    };
    const rmScores: Array<[string, number]> = rm.responses.map((r) => [r.name, 4]);
    const s = [
      // The correct completion shares the top integer score with one other: 1/2; its expected score is above: 1.
      summarizeResult(rb2, withExpected(itemResult(0, [['c', 5], ['r1', 5], ['r2', 3], ['r3', 1]], []), [['c', 4.6], ['r1', 4.4], ['r2', 3], ['r3', 1.2]])),
      // Every response at 4: no chosen beats a rejected one (0%); on expected scores, 4.1 > 3.9 everywhere (100%).
      summarizeResult(rm, withExpected(itemResult(1, rmScores, []), rm.responses.map((r) => [r.name, r.name.startsWith('c') ? 4.1 : 3.9]))),
    ];
    const m = runMetrics(s, false);
    expect(m.rewardbench2?.bySubset.Math).toBe(50);
    expect(m.rewardbench2?.sharedTop).toBe(1);
    expect(m.expected?.rewardbench2?.bySubset.Math).toBe(100);
    expect(m.expected?.rewardbench2?.sharedTop).toBe(0);
    expect(m.rmbench?.overall).toBe(0);
    expect(m.expected?.rmbench?.overall).toBe(100);
    const csv = metricsCsv(m, 'r').trim().split('\n');
    expect(csv[0]).toMatch(/,scores$/);
    expect(csv).toContain('r,rewardbench2,Math,1,,,,,50,,,,,,,,,,,,,,,,integer');
    expect(csv).toContain('r,rewardbench2,Math,1,,,,,100,,,,,,,,,,,,,,,,expected (2 of 2 items)');
    expect(csv.filter((l) => l.startsWith('r,overall,overall,'))).toHaveLength(2);
  });

  it('says why a run has integer scores only', () => {
    const m = runMetrics([summarizeResult(item, tied)], false);
    expect(m.expected).toBeNull();
    const server = runRecord('r', [item]);
    expect(expectedScoresNote(server, m)).toMatch(/^Integer scores only: this run did not ask the engine for log probabilities.*Log probabilities per token/);
    const cold = { ...server, engine: { kind: 'webllm' as const, modelId: 'm', contextWindow: 4096 }, constraint: { grammar: true, coversReasoning: true, thinkingBudget: null, topLogprobs: null, temperatureScaled: true, wantedLogprobs: true } };
    expect(expectedScoresNote(cold, m)).toMatch(/temperature 0, too low/);
    const asked = { ...server, constraint: { grammar: false, coversReasoning: false, thinkingBudget: null, topLogprobs: 5, temperatureScaled: false } };
    const none = runMetrics([summarizeResult(item, { ...tied, expectedNote: 'The engine returned no log probabilities.' })], false);
    expect(expectedScoresNote(asked, none)).toBe('Integer scores only: no item has expected scores (The engine returned no log probabilities.).');
  });
});

describe('a run’s constraint in its header', () => {
  it('says whether a grammar and log probabilities were asked', () => {
    expect(describeRunConstraint(undefined)).toBe('no answer grammar · no log probabilities');
    expect(describeRunConstraint({ grammar: true, coversReasoning: true, thinkingBudget: null, topLogprobs: 5, temperatureScaled: true })).toBe('answer grammar · 5 log probabilities per token');
    expect(describeRunConstraint({ grammar: false, coversReasoning: false, thinkingBudget: null, topLogprobs: null, temperatureScaled: true, wantedLogprobs: true })).toBe('no answer grammar · no log probabilities (temperature too low)');
    expect(describeRunConstraint({ grammar: true, coversReasoning: true, thinkingBudget: 512, topLogprobs: null, temperatureScaled: false })).toBe('answer grammar · thinking budget 512 tokens · no log probabilities');
  });
});

describe('an item result’s expected scores', () => {
  const old = itemResult(0, [['A', 4]], ['A']);

  it('reads a result stored before expected scores were kept as it is', () => {
    expect(checkResultExpected(old)).toBe(old);
    expect(summarizeResult(benchItem('i0', 'q'), checkResultExpected(old)).expected).toBeUndefined();
  });

  it('drops damaged expected scores and keeps the rest of the result', () => {
    const damaged = { ...old, expected: [['A', 9]] as Array<[string, number]>, expectedNote: 3 as unknown as string };
    const checked = checkResultExpected(damaged);
    expect(checked.expected).toBeUndefined();
    expect(checked.expectedNote).toBeUndefined();
    expect(checked.parsed).toEqual(old.parsed);
    const good = { ...old, expected: [['A', 4.25]] as Array<[string, number]> };
    expect(checkResultExpected(good).expected).toEqual([['A', 4.25]]);
  });

  it('keeps a thinking budget of its shape and drops one that is not, leaving the damaged result untouched', () => {
    const budget = { tokens: 256, cut: true };
    expect(checkResultExpected({ ...old, reasoningBudget: budget }).reasoningBudget).toEqual(budget);
    const damaged = { ...old, reasoningBudget: { tokens: 0, cut: 'yes' } as unknown as typeof budget };
    const checked = checkResultExpected(damaged);
    expect(checked.reasoningBudget).toBeUndefined();
    expect(checked.parsed).toEqual(old.parsed);
    expect(damaged.reasoningBudget).toEqual({ tokens: 0, cut: 'yes' });
  });

  it('keeps each distribution’s expected score and the first reason some are missing', () => {
    const e: ExpectedScores = {
      distributions: [{ name: 'A', chosen: 4, probabilities: [0, 0, 0.1, 0.6, 0.3], expected: 4.2, chosenProbability: 0.6, missing: [], missingBelow: null, digitMass: 1, tokenIndex: 3 }],
      unavailable: [{ name: 'B', reason: 'its score token came without top log probabilities' }],
      problems: [],
    };
    expect(resultExpectedOf(e)).toEqual({ expected: [['A', 4.2]], expectedNote: 'B: its score token came without top log probabilities' });
    expect(resultExpectedOf({ distributions: [], unavailable: [{ name: 'A', reason: 'x' }], problems: ['No log probabilities.'] })).toEqual({ expectedNote: 'No log probabilities.' });
    expect(resultExpectedOf(undefined)).toEqual({});
  });
});
