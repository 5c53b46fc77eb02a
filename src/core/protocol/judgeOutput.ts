// The parsed form of one judge output and its diagnostics. Plain, JSON-serializable data (it is stored in IndexedDB
// and exported as JSON): no Maps, no class instances, no NaN/Infinity.

import type { RankingConsistency } from './rankingConsistency.ts';
import type { JsonRecovery } from './answerJson.ts';
import type { ThinkStatus } from './thinkSections.ts';

export type RankingKey = 'best-to-worst' | 'best-to-worse';

export interface JudgeDiagnostics {
  /** 'complete': `<think>…</think>`; 'unterminated': `<think>` never closed; 'absent': no `<think>`. */
  think: ThinkStatus;
  /** Which step of the reference's fallback chain read the JSON (see answerJson.ts). */
  json: JsonRecovery;
  keysPresent: { scores: boolean; ranking: boolean; rankingKey: RankingKey | null };
  /** Known candidates (real names) without a score; empty when no candidate list is known. */
  missingScores: string[];
  /** Scores outside 1–5 (kept in `scores`). */
  outOfRange: Array<[string, number]>;
  /** Score entries that are not numbers, dropped from `scores`; `value` is a short JSON rendering. */
  droppedScores: Array<{ name: string; value: string }>;
  /** null when no pair can be checked; else whether every checkable pair agrees. */
  rankingConsistent: boolean | null;
  consistency: RankingConsistency;
  /** Names given more than once (in the ranking or the scores, after un-masking). */
  duplicateNames: string[];
  /** Names that are not known candidates; empty when no candidate list is known. */
  unknownNames: string[];
  /** Plain-English sentences on everything above that needs the user's attention. */
  problems: string[];
}

export interface ParsedJudgeOutput {
  /** The reasoning between `<think>` and `</think>`, Python-stripped; "" when either tag is missing. */
  reasoning: string;
  /** Real name → score, in the order the model wrote them (a repeated name keeps its first position, last value). */
  scores: Array<[string, number]>;
  /** Real names, best first, as the model wrote them (repeats kept). */
  ranking: string[];
  diagnostics: JudgeDiagnostics;
}
