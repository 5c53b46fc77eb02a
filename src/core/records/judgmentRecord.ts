import type { ChatMessage, ExpectedScores, JudgeCandidate, ParsedJudgeOutput } from '../protocol/index.ts';
import type { FinishReason, JudgeStats, Sampling } from './sampling.ts';

/** The inputs of one judgment, exactly as judged. */
export interface JudgmentInput {
  principle: string;
  prompt: string;
  responses: JudgeCandidate[];
}

export interface EngineRef {
  kind: 'webllm' | 'openai';
  modelId: string;
  /** OpenAI-compatible base URL (never the key). */
  baseUrl?: string;
  contextWindow: number;
}

export type JudgmentStatus = 'running' | 'done' | 'stopped' | 'error' | 'interrupted';


export interface JudgmentRecord {
  id: string;
  createdAt: number;
  finishedAt: number | null;
  /** Same inputs + settings → same key: repeated runs are labelled as such. */
  inputKey: string;
  input: JudgmentInput;
  mask: boolean;
  maskedToReal: Array<[string, string]> | null;
  /** The messages exactly as sent to the engine (records made before they were kept have none). */
  messages?: ChatMessage[];
  engine: EngineRef;
  sampling: Sampling;
  status: JudgmentStatus;
  raw: string;
  parsed: ParsedJudgeOutput | null;
  stats: JudgeStats | null;
  finishReason: FinishReason | null;
  error: { kind: string; message: string; advice: string } | null;
  /** What was wrong with the server's stream although the answer read (corrupt events skipped, no end marker). */
  warnings?: string[];
  /** Free label, e.g. which comparison or probe produced it. */
  tag?: string;
  /** How the answer was held to the protocol: a grammar sent (and its reasoning cap), or none and why. */
  constraint?: {
    grammar: boolean;
    thinkingBudget: number | null;
    note?: string;
  };
  /**
   * The thinking budget, when one was set (tokens of reasoning): whether it cut the reasoning, after which the app
   * closed the reasoning and the engine wrote the answer; `note` says what limited it (the answer unconstrained, the
   * budget not applied for this model or server).
   */
  reasoningBudget?: { tokens: number; cut: boolean; note?: string };
  /** Each candidate's distribution over 1–5 from the token log probabilities (user's names), when asked for. */
  expected?: ExpectedScores;
  /** When each streamed piece arrived: [ms after the request was sent, its length in characters] (so it can be replayed). */
  timeline?: Array<[number, number]>;
  /** While it runs: the tab running it (see tabLocks.ts), so other tabs do not take it for one cut off by a reload. */
  tabId?: string;
}

export interface PrincipleVersion {
  text: string;
  savedAt: number;
  note?: string;
}

export interface SavedPrinciple {
  id: string;
  name: string;
  tags: string[];
  text: string;
  createdAt: number;
  updatedAt: number;
  /** Oldest first; the last one equals `text`. */
  versions: PrincipleVersion[];
}
