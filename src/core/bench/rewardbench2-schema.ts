import * as v from 'valibot';

/** RewardBench 2's subsets, in the order of its dataset card and leaderboard. */
export const RB2_SUBSETS = ['Factuality', 'Precise IF', 'Math', 'Safety', 'Focus', 'Ties'] as const;
export type RewardBench2Subset = (typeof RB2_SUBSETS)[number];

/** Parquet int64 columns arrive as bigint (hyparquet), JSON numbers as number. */
const count = v.pipe(
  v.union([v.number('must be a whole number'), v.bigint()], 'must be a whole number'),
  v.transform((n) => Number(n)),
  v.check((n) => Number.isInteger(n) && n >= 0, 'must be a whole number ≥ 0'),
);

const texts = v.array(v.string('must hold strings'), 'must be an array of strings');

/**
 * One row of `allenai/reward-bench-2` (its Parquet file, or JSON/JSONL with the same columns). `num_incorrect` is
 * the dataset card's name; `num_rejected` is accepted for it. `models` and `additional_metadata` are kept loosely:
 * they describe where completions came from and are not used for scoring.
 */
export const RewardBench2RowSchema = v.looseObject({
  id: v.union([v.string(), v.number(), v.bigint()], 'must be a string'),
  prompt: v.string('must be a string'),
  chosen: texts,
  rejected: texts,
  num_correct: count,
  num_incorrect: v.optional(count),
  num_rejected: v.optional(count),
  total_completions: v.optional(count),
  subset: v.string('must be a string'),
  models: v.optional(v.nullable(v.array(v.unknown()))),
  additional_metadata: v.optional(v.unknown()),
});

export type RewardBench2Row = v.InferOutput<typeof RewardBench2RowSchema>;

/** Schema problems of a row as short `"field" message` phrases, or the parsed row. */
export function parseRewardBench2Row(row: unknown): { ok: true; row: RewardBench2Row } | { ok: false; reasons: string[] } {
  const result = v.safeParse(RewardBench2RowSchema, row);
  if (result.success) return { ok: true, row: result.output };
  const reasons = result.issues.map((issue) => {
    const key = issue.path?.[0]?.key;
    if (key === undefined) return `expected an object with RewardBench 2's columns, got ${describe(row)}`;
    const value = issue.path?.[0]?.value;
    return value === undefined ? `missing field "${String(key)}"` : `"${String(key)}" ${issue.message}`;
  });
  return { ok: false, reasons: [...new Set(reasons)] };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
