import type { BenchItem, ItemFilter, LoadError, RewardBench2Info, RMBenchPairs } from '../bench/index.ts';
import type { ItemScore } from '../metrics/index.ts';
import type { FinishReason, JudgeStats, Sampling } from './sampling.ts';
import type { EngineRef, JudgmentInput } from './judgmentRecord.ts';
import type { ParsedJudgeOutput } from '../protocol/index.ts';

/** How a file's rows are read: the RABench format, RM-Bench data files, RewardBench 2, or pairwise preference pairs. */
export type DatasetKind = 'rabench' | 'rmbench' | 'rewardbench2' | 'pairwise';
export type DatasetFormat = 'json' | 'jsonl' | 'parquet';

/** A dataset as the bench page holds it: the valid items plus what the loader had to say. */
export interface LoadedDataset {
  id: string;
  name: string;
  kind: DatasetKind;
  /** Where it came from, for the run record: file names, a URL, or the shipped spot-check set. */
  origin: string;
  items: BenchItem[];
  errors: LoadError[];
  notes: string[];
  /** RM-Bench and pairwise files have no principle: the one the user picked for every item. */
  principle: string | null;
  loadedAt: number;
}

export type RunStatus = 'running' | 'paused' | 'done' | 'cancelled';

/** Why an item has no usable prediction; counted as a failure in the metrics (METRICS.md). */
export type FailureKind = 'unparseable' | 'context-exceeded' | 'truncated' | 'engine-error' | 'invalid-input';

export interface RunError {
  kind: string;
  message: string;
  advice: string;
}

/** A benchmark run. Small: items and results live in their own IndexedDB stores, keyed [runId, index]. */
export interface RunRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  dataset: { id: string; name: string; kind: DatasetKind; origin: string };
  /** Item ids in run order; index i of the run is itemIds[i]. */
  itemIds: string[];
  /** When set, every item is judged under this principle instead of its own. */
  principleOverride: string | null;
  engine: EngineRef;
  sampling: Sampling;
  mask: boolean;
  /** How the subset was chosen (for the record and for re-drawing the same subset). */
  subset: { filter: ItemFilter; size: number; seed: number; pool: number };
  /** Requests in flight (1 for the browser engine). */
  concurrency: number;
  status: RunStatus;
  /** Set when a reload, crash or closed tab stopped the run (it was still "running" when the page started). */
  interrupted: boolean;
  counts: { done: number; failed: number };
  /** Time spent running, over every session (for time left and speed). */
  activeMs: number;
  /** Why the run paused on its own (an engine error that would fail every item). */
  lastError: RunError | null;
  /** Came from an exported file. */
  imported: boolean;
  /** How the run went (servers): kept with the run, shown as it goes and after. Absent on older runs. */
  figures?: RunFigures;
  /**
   * How every item's answer was held to the protocol and whether log probabilities were asked for (expected scores),
   * as the Playground does for the same engine and settings; decided when the run starts and kept for its resumes.
   * Absent: the run asked for neither (runs made before this was kept).
   */
  constraint?: RunConstraint;
}

/**
 * How a judgment holds its answer to the protocol and asks for log probabilities (the Playground's, Compare's, a
 * suite's and a benchmark run's: state/judge/runJudgment.ts takes it as `JudgeConstraint`); a run keeps the one it
 * started with.
 */
export interface RunConstraint {
  /** Send the answer grammar (core/protocol/answerGrammar.ts). */
  grammar: boolean;
  /** The grammar covers the reasoning too (the engine does not split it off), so `<think>` is part of it. */
  coversReasoning: boolean;
  /**
   * The thinking budget: a cap on the reasoning in tokens; null: none. The first request runs with max_tokens = the
   * budget; when it stops there, the reasoning is closed and the engine continues the reply with the answer (under the
   * answer-only grammar where the engine takes one). Applied with thinking on, when the engine can continue a reply
   * and the grammar covers the reasoning (a server that splits it off cannot be continued inside it).
   */
  thinkingBudget: number | null;
  /**
   * The server closes the reasoning itself at the thinking budget, in the same request (vLLM's thinking_token_budget,
   * SGLang's strict thinking: core/settings serverBudgetField): used where it splits the reasoning off, so the app
   * cannot close it and continue. Absent: the app's two requests, when they apply.
   */
  serverBudget?: boolean;
  /** Top log probabilities per token, for expected scores; 0 or null: none. */
  topLogprobs: number | null;
  /** WebLLM reports probabilities after dividing by the temperature: they are scaled back with it. */
  temperatureScaled: boolean;
  /** The user wants expected scores though none were asked for (the temperature is too low to read them): say why. */
  wantedLogprobs?: boolean;
}

export interface RunFigures {
  /** Requests sent again after a 429 / 5xx. */
  retries: number;
  /** Errors by kind: retried ones and the items that failed (rate-limited, server-error, stream-cut, unparseable, …). */
  errors: Record<string, number>;
  /** Output tokens received (the server's count, else characters / 4). */
  tokens: number;
  /** Most requests open at once (the server answered, or the answer streams), as the page saw them. */
  peakInFlight: number;
  /** The server's protocol as the browser reports it (Resource Timing nextHopProtocol: http/1.1, h2, h3), when known. */
  protocol: string | null;
}

/** Everything kept for one judged item (IndexedDB only; the store keeps an {@link ItemSummary}). */
export interface ItemResult {
  runId: string;
  index: number;
  itemId: string;
  /** The inputs exactly as judged (principle after any override). */
  input: JudgmentInput;
  mask: boolean;
  maskedToReal: Array<[string, string]> | null;
  engine: EngineRef;
  raw: string;
  parsed: ParsedJudgeOutput | null;
  stats: JudgeStats | null;
  finishReason: FinishReason | null;
  error: RunError | null;
  failed: boolean;
  failure: FailureKind | null;
  startedAt: number;
  finishedAt: number;
  /** Wall time of the judgment, retries included. */
  ms: number;
  /** Requests made for this item (more than 1 after 429/5xx back-off). */
  attempts: number;
  /**
   * Each candidate's expected score (Σ s·P(s) from the token log probabilities, real names, in the judgment's order),
   * for those that have one. Absent when none was asked for or none could be read (and on older runs).
   */
  expected?: Array<[string, number]>;
  /** Log probabilities were asked for but some or every candidate has no expected score: why (the first reason). */
  expectedNote?: string;
  /**
   * The thinking budget cut this item's reasoning (the answer then written after it), as the judgment recorded it.
   * Absent when it did not (and on older runs).
   */
  reasoningBudget?: { tokens: number; cut: boolean; note?: string };
}

/** What the store keeps per finished item: enough for progress, metrics, charts, compare and the item list. */
export interface ItemSummary {
  index: number;
  itemId: string;
  domain?: string;
  category?: string;
  source: string;
  failed: boolean;
  failure: FailureKind | null;
  score: ItemScore;
  /** Predicted scores and ranking (real names). */
  scores: Array<[string, number]>;
  ranking: string[];
  /** Ground-truth best names (ties: several) and the predicted best. */
  gtBest: string[];
  predBest: string | null;
  ms: number;
  decodeTokensPerSec: number | null;
  completionTokens: number | null;
  rmbench?: RMBenchPairs;
  /** RewardBench 2 items: what its scorer needs, with the response names in the item's order (chosen…, rejected…). */
  rewardbench2?: RewardBench2Info & { names: string[] };
  attempts: number;
  /**
   * When every scored candidate has an expected score: those scores (in `scores` order) and the item's metrics on
   * them (ranked by expected score alone; see docs/metrics.md). Absent otherwise.
   */
  expected?: { scores: Array<[string, number]>; score: ItemScore };
  /** Log probabilities were asked for but this item has no complete set of expected scores: why. */
  expectedNote?: string;
  /** The thinking budget cut this item's reasoning. */
  budgetCut?: true;
}

/** An item being judged right now. */
export interface LiveItem {
  index: number;
  itemId: string;
  phase: 'thinking' | 'answer' | 'done';
  /** The last part of the reasoning (the whole of it can be long). */
  reasoningTail: string;
  chars: number;
  startedAt: number;
}
