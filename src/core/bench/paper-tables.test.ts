import { describe, expect, it } from 'vitest';
import { PAPER_RB2_COLUMNS, PAPER_RB2_LEADERBOARD, PAPER_RMBENCH_TABLE2, PAPER_TABLE3 } from './paper-tables.ts';

describe('paper tables', () => {
  it('exposes Table 3 rows by column with the source', () => {
    expect(PAPER_TABLE3.source).toMatch(/2506\.03637/);
    const ra = PAPER_TABLE3.rows.find((r) => r.model === 'RewardAnything-8B')!;
    expect(ra.values.accuracy).toBe(81.9);
    expect(ra.values.kendall_tau_x100).toBe(65.27);
    expect(ra.values.ndcg_x100).toBe(97.84);
    expect(PAPER_TABLE3.rows).toHaveLength(9);
  });

  it('exposes RM-Bench Table 2 rows', () => {
    const ra = PAPER_RMBENCH_TABLE2.rows.find((r) => r.model === 'RewardAnything-8B')!;
    expect(ra.values).toMatchObject({ chat: 76.7, math: 90.3, code: 75.2, safety: 90.2, hard: 84.4, overall_as_published: 86.4 });
    expect(PAPER_RMBENCH_TABLE2.note).toMatch(/83\.1/);
  });

  it('has RewardBench 2 leaderboard rows whose overall is the mean of the six subsets, with their source', () => {
    expect(PAPER_RB2_LEADERBOARD.source).toMatch(/2506\.01937/);
    expect(PAPER_RB2_LEADERBOARD.rows.length).toBeGreaterThanOrEqual(3);
    for (const { model, values } of PAPER_RB2_LEADERBOARD.rows) {
      const subsets = PAPER_RB2_COLUMNS.filter((c) => c !== 'overall').map((c) => values[c]);
      expect(Math.abs(subsets.reduce((a, b) => a + b, 0) / 6 - values.overall), model).toBeLessThanOrEqual(0.05);
    }
  });
});
