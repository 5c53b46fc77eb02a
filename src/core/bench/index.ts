// Benchmark data: the item schema, loaders (RABench files, RM-Bench, pairwise), sampling and reference rows.
export { BENCH_CATEGORIES, BENCH_DOMAINS, RMBENCH_STYLES } from './types.ts';
export type {
  BenchCategory, BenchDomain, BenchItem, BenchResponse, LoadError, LoadResult, OpenLabel, RewardBench2Info, RMBenchPairs, RMBenchStyle,
} from './types.ts';
export { parseBenchFile, parseBenchFileAsync, MAX_LISTED_ERRORS } from './parse-bench-file.ts';
export type { BenchFileFormat, ParseBenchOptions } from './parse-bench-file.ts';
export { FIELD_ALIASES, RANKING_ALIASES } from './normalize-row.ts';
export {
  CHOSEN_SCORE, DEFAULT_RMBENCH_PRINCIPLE, REJECTED_SCORE, detectRMBenchDomain, fromRMBench, fromRMBenchDetailed,
  rmbenchResponseName,
} from './rmbench.ts';
export type { RMBenchDomain, RMBenchOptions } from './rmbench.ts';
export { scoreRMBench } from './score-rmbench.ts';
export type { RMBenchDomainScore, RMBenchScore } from './score-rmbench.ts';
export { RB2_SUBSETS, RewardBench2RowSchema, parseRewardBench2Row } from './rewardbench2-schema.ts';
export type { RewardBench2Row, RewardBench2Subset } from './rewardbench2-schema.ts';
export {
  RB2_CORRECT_SCORE, RB2_DEFAULT_CONTEXT_WINDOW, RB2_REJECTED_SCORE, fromRewardBench2, listwiseTokens,
} from './rewardbench2.ts';
export type { RewardBench2Options } from './rewardbench2.ts';
export { rewardBench2PromptResult, scoreRewardBench2 } from './score-rewardbench2.ts';
export type { RewardBench2Score, RewardBench2TiesTerms } from './score-rewardbench2.ts';
export { fromPairwise } from './pairwise-dataset.ts';
export type { PairwiseOptions } from './pairwise-dataset.ts';
export { filterItems, sampleStratified } from './sample.ts';
export type { ItemFilter, SampleOptions } from './sample.ts';
export { summarizeBench } from './summarize.ts';
export type { BenchSummary } from './summarize.ts';
export {
  PAPER_RB2_COLUMNS, PAPER_RB2_LEADERBOARD, PAPER_RMBENCH_COLUMNS, PAPER_RMBENCH_TABLE2, PAPER_TABLE3, PAPER_TABLE3_COLUMNS,
} from './paper-tables.ts';
export type { PaperRB2Column, PaperRMBenchColumn, PaperTable, PaperTable3Column } from './paper-tables.ts';
export { detectFormat, parseDatasetFiles, rowKind, sniffKind, type ParseFile, type ParseOptions, type ParseRequest, type ParsedFile, type ParseResponse } from './datasetFiles.ts';
export { DatasetFetchError, explainFetchFailure, normalizeDatasetUrl, type DatasetUrl, type FetchErrorKind } from './datasetUrl.ts';
export { kindLabel, loadedDataset } from './loadedDataset.ts';
