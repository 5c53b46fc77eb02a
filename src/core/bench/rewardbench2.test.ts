import { describe, expect, it } from 'vitest';
import { fromRewardBench2, listwiseTokens, RB2_CORRECT_SCORE, RB2_REJECTED_SCORE } from './rewardbench2.ts';

const opts = { principle: 'Prefer the correct answer.' };

const good = {
  id: '42',
  prompt: 'Name the capital of France.',
  chosen: ['Paris.'],
  rejected: ['Lyon.', 'Marseille.', 'Nice.'],
  num_correct: 1,
  num_incorrect: 3,
  total_completions: 4,
  models: ['m1', 'm2', 'm3', 'm4'],
  subset: 'Factuality',
  additional_metadata: { category: 'x' },
};

describe('fromRewardBench2', () => {
  it('makes one listwise item per row with every completion, chosen first', () => {
    const { items, errors } = fromRewardBench2([good], opts);
    expect(errors).toEqual([]);
    const item = items[0]!;
    expect(item.id).toBe('rb2-42');
    expect(item.responses.map((r) => r.text)).toEqual(['Paris.', 'Lyon.', 'Marseille.', 'Nice.']);
    expect(item.responses.map((r) => r.name)).toEqual(['chosen-1', 'rejected-1', 'rejected-2', 'rejected-3']);
    expect(item.gt.scores).toEqual([
      ['chosen-1', RB2_CORRECT_SCORE], ['rejected-1', RB2_REJECTED_SCORE], ['rejected-2', RB2_REJECTED_SCORE], ['rejected-3', RB2_REJECTED_SCORE],
    ]);
    expect(item.rewardbench2).toEqual({ subset: 'Factuality', id: '42', numCorrect: 1 });
    expect(item.domain).toBe('Factuality');
  });

  it('reads Parquet int64 columns (bigint) and the num_rejected spelling; subset names are case-insensitive', () => {
    const row = { ...good, id: 'tied:3', subset: 'ties', chosen: ['a', 'b'], num_correct: 2n, num_incorrect: undefined, num_rejected: 3n, total_completions: 5n };
    const { items, errors } = fromRewardBench2([row], opts);
    expect(errors).toEqual([]);
    expect(items[0]!.rewardbench2).toEqual({ subset: 'Ties', id: 'tied:3', numCorrect: 2 });
  });

  it('lists bad rows with every reason and keeps the good ones', () => {
    const rows = [
      good,
      { ...good, id: '1', prompt: 7, subset: 'Chat' },
      { ...good, id: '2', num_correct: 2 },
      { ...good, id: '3', total_completions: 9 },
      { ...good, id: 'r1', subset: 'Ties' },
      { ...good, id: '4', rejected: [] , num_incorrect: 0, total_completions: 1 },
      'not a row',
      { ...good },
    ];
    const { items, errors } = fromRewardBench2(rows, { ...opts, where: (i) => `row ${i + 1}` });
    expect(items.map((i) => i.id)).toEqual(['rb2-42']);
    expect(errors).toEqual([
      { where: 'row 2', message: '"prompt" must be a string' },
      { where: 'row 3', message: '"num_correct" is 2 but "chosen" holds 1' },
      { where: 'row 4', message: '"total_completions" is 9 but chosen + rejected hold 4' },
      { where: 'row 5', message: 'Ties id "r1" is not "ref:N" or "tied:N" (the official scorer pairs prompts by it)' },
      { where: 'row 6', message: '"rejected" is empty (at least one rejected completion is needed)' },
      { where: 'row 7', message: "expected an object with RewardBench 2's columns, got a string" },
      { where: 'row 8', message: 'duplicate id "42" (first at row 1); row skipped' },
    ]);
    const unknownSubset = fromRewardBench2([{ ...good, subset: 'Chat' }], opts).errors[0]!.message;
    expect(unknownSubset).toBe('unknown subset "Chat" (expected one of Factuality, Precise IF, Math, Safety, Focus, Ties)');
    expect(fromRewardBench2([{ id: '5' }], opts).errors[0]!.message).toContain('missing field "prompt"');
  });

  it('refuses an item too large for one listwise judgment, saying what it costs, instead of truncating it', () => {
    const long = 'word '.repeat(400); // ≈ 540 tokens per completion
    const big = { ...good, id: 'tied:7', subset: 'Ties', chosen: Array(12).fill(long), rejected: Array(12).fill(long), num_correct: 12, num_incorrect: 12, total_completions: 24 };
    const cost = listwiseTokens(big.prompt, [...big.chosen, ...big.rejected]);
    expect(cost.input + cost.output).toBeGreaterThan(8192);
    const refused = fromRewardBench2([big, good], opts);
    expect(refused.items.map((i) => i.id)).toEqual(['rb2-42']);
    expect(refused.errors[0]!.message).toMatch(/^Ties "tied:7" has 24 completions: one listwise judgment of them needs ≈ [\d,]+ tokens .* over the 8,192-token context window; refused rather than truncated/);
    // With a window that holds it, the same row loads whole.
    const fits = fromRewardBench2([big], { ...opts, contextWindow: 32768 });
    expect(fits.errors).toEqual([]);
    expect(fits.items[0]!.responses).toHaveLength(24);
  });
});
