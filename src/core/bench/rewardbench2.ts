import { estimateTokens } from '../util/tokens.ts';
import { DEFAULT_RMBENCH_PRINCIPLE } from './rmbench.ts';
import { parseRewardBench2Row, RB2_SUBSETS, type RewardBench2Subset } from './rewardbench2-schema.ts';
import type { BenchItem, LoadError, LoadResult } from './types.ts';

/** Ground-truth scores of RewardBench 2 items: every correct completion above every rejected one. */
export const RB2_CORRECT_SCORE = 2;
export const RB2_REJECTED_SCORE = 1;

/** A listwise judgment writes reasoning about each completion: about this many output tokens per completion… */
export const RB2_OUTPUT_TOKENS_PER_COMPLETION = 80;
/** …plus this many for the verdict and the JSON. */
export const RB2_OUTPUT_TOKENS_BASE = 300;
/** The context window assumed when none is given: WebLLM's default for the Qwen3 judges. */
export const RB2_DEFAULT_CONTEXT_WINDOW = 8192;
/** System prompt, principle and chat template of one judgment (rounded up). */
const FIXED_PROMPT_TOKENS = 700;

export interface RewardBench2Options {
  /** Principle given to every item (RewardBench 2 has none; the user picks it). Default: RM-Bench's, correctness first. */
  principle?: string;
  /** Default `rewardbench2`. */
  source?: string;
  /** Rows whose listwise judgment would not fit are refused (never truncated). Default {@link RB2_DEFAULT_CONTEXT_WINDOW}. */
  contextWindow?: number;
  /** Names rows in messages (`row 3`, `line 7`); default `item N` (1-based). */
  where?: (index: number) => string;
}

/** Estimated tokens of one listwise judgment of a prompt and its completions: what goes in, what comes out. */
export function listwiseTokens(prompt: string, completions: readonly string[]): { input: number; output: number } {
  let input = FIXED_PROMPT_TOKENS + estimateTokens(prompt);
  for (const text of completions) input += estimateTokens(text) + 6;
  return { input, output: RB2_OUTPUT_TOKENS_BASE + RB2_OUTPUT_TOKENS_PER_COMPLETION * completions.length };
}

const SUBSET_BY_LOWER = new Map<string, RewardBench2Subset>(RB2_SUBSETS.map((s) => [s.toLowerCase(), s]));

/**
 * Rows of `allenai/reward-bench-2` to benchmark items, one listwise item per row with all its completions in the
 * order chosen…, rejected… (names `chosen-1…`, `rejected-1…`; the first `num_correct` are correct, as the official
 * scorer reads them). Ground truth: correct {@link RB2_CORRECT_SCORE}, rejected {@link RB2_REJECTED_SCORE}.
 * Never throws: bad rows are listed with every reason found and the good rows are kept; a row whose judgment would
 * not fit the context window is refused with its cost rather than truncated.
 */
export function fromRewardBench2(rows: readonly unknown[], options: RewardBench2Options = {}): LoadResult {
  const where = options.where ?? ((i: number) => `item ${i + 1}`);
  const contextWindow = options.contextWindow ?? RB2_DEFAULT_CONTEXT_WINDOW;
  const principle = options.principle ?? DEFAULT_RMBENCH_PRINCIPLE;
  const source = options.source ?? 'rewardbench2';
  const items: BenchItem[] = [];
  const errors: LoadError[] = [];
  const notes: string[] = [];
  const firstAt = new Map<string, string>();
  let largest = 0;
  rows.forEach((raw, index) => {
    const at = where(index);
    const parsed = parseRewardBench2Row(raw);
    if (!parsed.ok) {
      errors.push({ where: at, message: parsed.reasons.join('; ') });
      return;
    }
    const row = parsed.row;
    const reasons: string[] = [];
    const subset = SUBSET_BY_LOWER.get(row.subset.trim().toLowerCase());
    if (!subset) reasons.push(`unknown subset "${row.subset}" (expected one of ${RB2_SUBSETS.join(', ')})`);
    const completions = [...row.chosen, ...row.rejected];
    if (row.num_correct !== row.chosen.length) {
      reasons.push(`"num_correct" is ${row.num_correct} but "chosen" holds ${row.chosen.length}`);
    }
    const incorrect = row.num_incorrect ?? row.num_rejected;
    if (incorrect !== undefined && incorrect !== row.rejected.length) {
      reasons.push(`"num_incorrect" is ${incorrect} but "rejected" holds ${row.rejected.length}`);
    }
    if (row.total_completions !== undefined && row.total_completions !== completions.length) {
      reasons.push(`"total_completions" is ${row.total_completions} but chosen + rejected hold ${completions.length}`);
    }
    if (row.chosen.length === 0) reasons.push('"chosen" is empty (at least one correct completion is needed)');
    if (row.rejected.length === 0) reasons.push('"rejected" is empty (at least one rejected completion is needed)');
    const id = String(row.id);
    if (subset === 'Ties' && !/^(ref|tied):\d+$/.test(id)) {
      reasons.push(`Ties id "${id}" is not "ref:N" or "tied:N" (the official scorer pairs prompts by it)`);
    }
    if (reasons.length > 0) {
      errors.push({ where: at, message: reasons.join('; ') });
      return;
    }
    const seen = firstAt.get(id);
    if (seen !== undefined) {
      errors.push({ where: at, message: `duplicate id "${id}" (first at ${seen}); row skipped` });
      return;
    }
    const cost = listwiseTokens(row.prompt, completions);
    if (cost.input + cost.output > contextWindow) {
      errors.push({
        where: at,
        message:
          `${subset} "${id}" has ${completions.length} completions: one listwise judgment of them needs ≈ ` +
          `${(cost.input + cost.output).toLocaleString('en-US')} tokens (≈ ${cost.input.toLocaleString('en-US')} in, ` +
          `≈ ${cost.output.toLocaleString('en-US')} out), over the ${contextWindow.toLocaleString('en-US')}-token ` +
          'context window; refused rather than truncated. Serve the judge with a larger context window ' +
          '(vLLM: --max-model-len) and load again.',
      });
      return;
    }
    largest = Math.max(largest, completions.length);
    firstAt.set(id, at);
    const responses = [
      ...row.chosen.map((text, i) => ({ name: `chosen-${i + 1}`, text })),
      ...row.rejected.map((text, i) => ({ name: `rejected-${i + 1}`, text })),
    ];
    const item: BenchItem = {
      id: `rb2-${id}`,
      source,
      principle,
      domain: subset,
      prompt: row.prompt,
      responses,
      gt: {
        scores: responses.map((r, i): [string, number] => [r.name, i < row.num_correct ? RB2_CORRECT_SCORE : RB2_REJECTED_SCORE]),
        ranking: [],
      },
      rewardbench2: { subset: subset!, id, numCorrect: row.num_correct },
      meta: { rb2_id: id, subset: subset! },
    };
    items.push(item);
  });
  if (largest > 4) notes.push(`largest item: ${largest} completions judged in one listwise call`);
  return { items, errors, notes };
}
