import type { JudgeCandidate } from '../protocol/judgeInput.ts';

/** The final result of a recorded judgment, under the user's names. */
export interface RecordedResult {
  reasoning: string;
  scores: Array<[string, number]>;
  ranking: string[];
}

/**
 * One judgment as it streamed, kept so it can be replayed without a model: each piece of text with the time it
 * arrived (ms after the request was sent), who produced it and when, and what it came to.
 */
export interface Recording {
  modelId: string;
  engine: 'webllm' | 'openai';
  /** Epoch ms. */
  recordedAt: number;
  /** [ms after the request, text] per streamed piece, in the order they arrived. */
  deltas: Array<[number, string]>;
  /** The masking key of the run ([masked, real]); null when the model saw the user's names. */
  maskedToReal: Array<[string, string]> | null;
  result: RecordedResult;
}

/** One principle of a case, with what a model said under it when it was recorded. */
export interface DeckPrinciple {
  label: string;
  text: string;
  recording?: Recording;
}

/** A case of a deck: the same prompt and candidates judged under two or more principles. */
export interface DeckCase {
  id: string;
  title: string;
  /** What the class should notice (for the teacher and the hand-out). */
  note?: string;
  prompt: string;
  candidates: JudgeCandidate[];
  principles: DeckPrinciple[];
  mask: boolean;
}

/** An ordered list of cases for a lesson. */
export interface Deck {
  id: string;
  title: string;
  description?: string;
  createdAt: number;
  updatedAt: number;
  cases: DeckCase[];
}

export const DECK_FILE_KIND = 'rewardanything-deck';
export const DECK_FILE_VERSION = 1;

/** A deck as one file (export and import). */
export interface DeckFile {
  kind: typeof DECK_FILE_KIND;
  version: typeof DECK_FILE_VERSION;
  exportedAt: number;
  deck: Deck;
}

export function deckFile(deck: Deck, now = Date.now()): DeckFile {
  return { kind: DECK_FILE_KIND, version: DECK_FILE_VERSION, exportedAt: now, deck };
}

/** How many of a deck's principles have a recording, of how many. */
export function recordingCount(deck: Deck): { recorded: number; total: number } {
  const all = deck.cases.flatMap((c) => c.principles);
  return { recorded: all.filter((p) => p.recording).length, total: all.length };
}
