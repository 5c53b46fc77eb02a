/** Principle categories of RABench. */
export const BENCH_CATEGORIES = ['content', 'logic', 'tone', 'style', 'structure'] as const;
export type BenchCategory = (typeof BENCH_CATEGORIES)[number];

/** Domains of RABench and RM-Bench. */
export const BENCH_DOMAINS = ['chat', 'code', 'safety', 'math'] as const;
export type BenchDomain = (typeof BENCH_DOMAINS)[number];

/**
 * A label that is one of the known values, or any other string kept as the file gave it (loaders report unknown
 * labels in their notes). `string & {}` keeps editor completion for the known values.
 */
export type OpenLabel<Known extends string> = Known | (string & {});

/** Styles of RM-Bench responses, in the index order of its `chosen` / `rejected` arrays. */
export const RMBENCH_STYLES = ['concise', 'detailed_plain', 'detailed_markdown'] as const;
export type RMBenchStyle = (typeof RMBENCH_STYLES)[number];

/** Names of an RM-Bench item's responses in style order (index i of RM-Bench's `chosen[i]` / `rejected[i]`). */
export interface RMBenchPairs {
  chosen: readonly [string, string, string];
  rejected: readonly [string, string, string];
}

/** What RewardBench 2's scorer needs of an item besides its scores. */
export interface RewardBench2Info {
  subset: 'Factuality' | 'Precise IF' | 'Math' | 'Safety' | 'Focus' | 'Ties';
  id: string;
  numCorrect: number;
}

export interface BenchResponse {
  name: string;
  text: string;
}

/** One benchmark item: a principle, a prompt, candidate responses in their given order, and the ground truth. */
export interface BenchItem {
  id: string;
  /** Where the item came from: `file:<name>`, `rm-bench`, `spotcheck`, `pairwise`, … */
  source: string;
  principle: string;
  category?: OpenLabel<BenchCategory>;
  domain?: OpenLabel<BenchDomain>;
  prompt: string;
  responses: BenchResponse[];
  /**
   * Ground truth: scores as ordered `[name, score]` pairs (higher is better, ties allowed) and an optional strict
   * best-to-worst ranking (empty when the source has none).
   */
  gt: { scores: Array<[string, number]>; ranking: string[] };
  rationale?: string;
  /** Set for RM-Bench items: which response names are chosen / rejected, per style. */
  rmbench?: RMBenchPairs;
  /** Set for RewardBench 2 items: its subset, its own id (`ref:N` / `tied:N` in Ties), how many responses (listed first) are correct. */
  rewardbench2?: RewardBench2Info;
  meta?: Record<string, string | number | boolean>;
}

/** A problem found while loading, with where it is (`line 12`, `item 3`, `row 7`, `file`; all 1-based). */
export interface LoadError {
  where: string;
  message: string;
}

export interface LoadResult {
  items: BenchItem[];
  errors: LoadError[];
  /** Things that were accepted but worth telling (aliases used, generated ids, unknown labels, …). */
  notes: string[];
}
