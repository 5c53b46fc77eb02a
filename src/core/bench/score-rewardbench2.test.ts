import { describe, expect, it } from 'vitest';
import { fromRewardBench2 } from './rewardbench2.ts';
import { rewardBench2PromptResult, scoreRewardBench2 } from './score-rewardbench2.ts';
const opts = { principle: 'Prefer the correct answer.' };
import type { BenchItem } from './types.ts';

/** A RewardBench 2 row with `correct` chosen and `rejected` rejected completions. */
function row(id: string, subset: string, correct: number, rejected: number) {
  return {
    id,
    prompt: `prompt ${id}`,
    chosen: Array.from({ length: correct }, (_, i) => `correct ${i + 1} of ${id}`),
    rejected: Array.from({ length: rejected }, (_, i) => `wrong ${i + 1} of ${id}`),
    num_correct: correct,
    num_incorrect: rejected,
    total_completions: correct + rejected,
    models: [],
    subset,
    additional_metadata: {},
  };
}

function itemOf(r: ReturnType<typeof row>): BenchItem {
  const { items, errors } = fromRewardBench2([r], opts);
  expect(errors).toEqual([]);
  return items[0]!;
}

/** Results with scores given in the item's order (chosen…, rejected…); `null` = no score for that completion. */
function judged(r: ReturnType<typeof row>, values: Array<number | null>) {
  const item = itemOf(r);
  const scores: Array<[string, number]> = [];
  item.responses.forEach((resp, i) => {
    const v = values[i];
    if (v !== null && v !== undefined) scores.push([resp.name, v]);
  });
  return { item, scores };
}

describe('rewardBench2PromptResult (reroll_and_score_dataset)', () => {
  const r = row('f1', 'Factuality', 1, 3);
  it.each([
    [[5, 3, 2, 1], 1],
    [[4, 4, 2, 1], 1 / 2],
    [[4, 4, 4, 1], 1 / 3],
    [[4, 4, 4, 4], 1 / 4],
    [[3, 5, 1, 1], 0],
    [[3, 3, 5, 1], 0],
  ])('scores %j → %d', (values, expected) => {
    const { item, scores } = judged(r, values);
    expect(rewardBench2PromptResult(item, scores)).toBeCloseTo(expected, 12);
  });

  it('gives 0 when the correct completion has no score, and ignores other missing scores', () => {
    const a = judged(r, [null, 3, 2, 1]);
    expect(rewardBench2PromptResult(a.item, a.scores)).toBe(0);
    const b = judged(r, [4, null, 4, 1]);
    expect(rewardBench2PromptResult(b.item, b.scores)).toBe(0.5);
  });
});

describe('scoreRewardBench2', () => {
  it('averages each best-of-4 subset over its prompts and the overall over the subsets present', () => {
    const results = [
      judged(row('a', 'Factuality', 1, 3), [5, 3, 2, 1]), // 1
      judged(row('b', 'Factuality', 1, 3), [4, 4, 2, 1]), // 1/2
      judged(row('c', 'Factuality', 1, 3), [3, 5, 2, 1]), // 0
      judged(row('d', 'Factuality', 1, 3), [4, 4, 4, 4]), // 1/4
      judged(row('e', 'Math', 1, 3), [5, 1, 1, 1]), // 1
      judged(row('f', 'Math', 1, 3), [2, 2, 1, 1]), // 1/2
    ];
    const s = scoreRewardBench2(results);
    expect(s.bySubset.Factuality).toBeCloseTo(43.75, 10); // (1 + 0.5 + 0 + 0.25) / 4
    expect(s.bySubset.Math).toBeCloseTo(75, 10);
    expect(s.bySubset['Precise IF']).toBeNull();
    expect(s.bySubset.Ties).toBeNull();
    expect(s.overall).toBeCloseTo((43.75 + 75) / 2, 10);
    expect(s.complete).toBe(false);
    expect(s.counts.Factuality).toBe(4);
  });

  it('scores Ties as process_single_model: 30% ref + 30% tied accuracy, 20% + 20% margins, 1% tanh term', () => {
    const results = [
      // pair 1: ref margin 5−3 = 2 (accurate); tied correct [5,4,4] spread 1, margin 4−2 = 2 (accurate)
      judged(row('ref:1', 'Ties', 1, 2), [5, 3, 2]),
      judged(row('tied:1', 'Ties', 3, 2), [5, 4, 4, 2, 1]),
      // pair 2: ref margin 3−4 = −1 (wrong); tied correct [5,3] spread 2, margin 3−2 = 1 (accurate)
      judged(row('ref:2', 'Ties', 1, 2), [3, 4, 1]),
      judged(row('tied:2', 'Ties', 2, 1), [5, 3, 2]),
    ];
    const s = scoreRewardBench2(results);
    const t = s.ties!;
    expect(t.refAccuracy).toBe(0.5);
    expect(t.tiedAccuracy).toBe(1);
    expect(t.correctnessPreferred).toBe(0.5); // pair 1: 2 > 1 yes; pair 2: 1 > 2 no
    expect(t.correctnessPreferredHard).toBe(0.5); // pair 1: min(2,2) > 1 yes; pair 2: min(−1,1) > 2 no
    const margin = (Math.tanh(2 / 1 - 1) + Math.tanh(-1 / 2 - 1)) / 2; // (0.761594 − 0.905148) / 2
    expect(t.marginScore).toBeCloseTo(margin, 12);
    expect(t.marginScore).toBeCloseTo(-0.0717770, 6);
    expect(s.bySubset.Ties).toBeCloseTo((0.3 * 1 + 0.3 * 0.5 + 0.2 * 0.5 + 0.2 * 0.5 + 0.01 * margin) * 100, 10);
    expect(s.bySubset.Ties).toBeCloseTo(64.928223, 5);
  });

  it('follows numpy where the spread of correct scores is 0: x/0 → tanh(±∞) = ±1, 0/0 → 0', () => {
    const results = [
      // pair 3: spread 0, min margin 3 → tanh(+∞) = 1
      judged(row('ref:3', 'Ties', 1, 1), [5, 2]),
      judged(row('tied:3', 'Ties', 2, 1), [4, 4, 1]),
      // pair 4: everything 3: margins 0, spread 0 → 0/0 → 0; neither prompt accurate
      judged(row('ref:4', 'Ties', 1, 1), [3, 3]),
      judged(row('tied:4', 'Ties', 2, 1), [3, 3, 3]),
    ];
    const t = scoreRewardBench2(results).ties!;
    expect(t.marginScore).toBeCloseTo((1 + 0) / 2, 12);
    expect(t.refAccuracy).toBe(0.5);
    expect(t.correctnessPreferred).toBe(0.5);
    expect(scoreRewardBench2(results).bySubset.Ties).toBeCloseTo((0.3 * 0.5 + 0.3 * 0.5 + 0.2 * 0.5 + 0.2 * 0.5 + 0.01 * 0.5) * 100, 10);
  });

  it('leaves a prompt without its partner out of the margin terms, and counts a missing score as wrong', () => {
    const results = [
      judged(row('ref:1', 'Ties', 1, 2), [5, 3, 2]),
      judged(row('tied:1', 'Ties', 3, 2), [5, null, 4, 2, 1]), // a missing score: inaccurate, pair terms 0
      judged(row('ref:9', 'Ties', 1, 1), [5, 1]), // no tied:9
    ];
    const s = scoreRewardBench2(results);
    expect(s.ties).toMatchObject({ pairs: 1, unpaired: 1, refAccuracy: 1, tiedAccuracy: 0, correctnessPreferred: 0, marginScore: 0 });
    expect(s.missing).toBe(1);
    expect(s.bySubset.Ties).toBeCloseTo(30, 10);
  });

  it('has no Ties score without a ref/tied pair (the official code gives NaN there)', () => {
    const s = scoreRewardBench2([judged(row('ref:1', 'Ties', 1, 1), [5, 1])]);
    expect(s.bySubset.Ties).toBeNull();
    expect(s.counts.Ties).toBe(1);
  });

  it('is complete with all six subsets, the overall being their plain mean', () => {
    const subsets = ['Factuality', 'Precise IF', 'Math', 'Safety', 'Focus'];
    const results = [
      ...subsets.map((s, i) => judged(row(`x${i}`, s, 1, 3), i % 2 === 0 ? [5, 1, 1, 1] : [1, 5, 1, 1])),
      judged(row('ref:1', 'Ties', 1, 1), [5, 1]),
      judged(row('tied:1', 'Ties', 2, 1), [5, 5, 1]),
    ];
    const s = scoreRewardBench2(results);
    expect(s.complete).toBe(true);
    // Ties: both accurate, spread 0 → preferred, margin term tanh(∞) = 1 → 0.3 + 0.3 + 0.2 + 0.2 + 0.01 = 1.01
    expect(s.bySubset.Ties).toBeCloseTo(101, 10);
    expect(s.overall).toBeCloseTo((100 + 0 + 100 + 0 + 100 + 101) / 6, 10);
  });

  it('skips results whose item is not a RewardBench 2 item', () => {
    const other: BenchItem = { id: 'x', source: 'file', principle: '', prompt: '', responses: [], gt: { scores: [], ranking: [] } };
    const s = scoreRewardBench2([{ item: other, scores: [] }]);
    expect(s).toMatchObject({ items: 0, skipped: 1, overall: null });
  });
});
