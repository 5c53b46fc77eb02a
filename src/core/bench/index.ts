// Benchmark data: the item schema, loaders (RABench files, RM-Bench, pairwise), sampling and reference rows.
export { BENCH_CATEGORIES, BENCH_DOMAINS, RMBENCH_STYLES } from './types.ts';
export type {
  BenchCategory, BenchDomain, BenchItem, BenchResponse, LoadError, LoadResult, OpenLabel, RMBenchPairs, RMBenchStyle,
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
export { fromPairwise } from './pairwise.ts';
export type { PairwiseOptions } from './pairwise.ts';
export { filterItems, sampleStratified } from './sample.ts';
export type { ItemFilter, SampleOptions } from './sample.ts';
export { summarizeBench } from './summarize.ts';
export type { BenchSummary } from './summarize.ts';
export { PAPER_RMBENCH_COLUMNS, PAPER_RMBENCH_TABLE2, PAPER_TABLE3, PAPER_TABLE3_COLUMNS } from './paper-tables.ts';
export type { PaperRMBenchColumn, PaperTable, PaperTable3Column } from './paper-tables.ts';
