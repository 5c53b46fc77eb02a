// The streaming judge-output parser: feed it the model's text deltas as they arrive; read a live view at any moment;
// call finish() at the end for the final result, which is exactly `parseJudgeOutput` on the whole text.
//
// Cost: push(chunk) is O(chunk) — think tags are searched only in the new chunk plus ≤7 held-back characters
// (thinkStream.ts), the answer JSON is tokenized incrementally (liveJson.ts), and the reasoning is appended to a
// piece list (strippedText.ts). Nothing already pushed is scanned again. Reading:
// - `phase`, `reasoningLength`, `version`: O(1);
// - `reasoningText()`: O(text added since the last read) (cached, joined lazily);
// - `scores` / `ranking`: O(number of scores / entries), recomputed only when they changed;
// - `state()`: all of the above in one object, the same object while nothing changes (fit for
//   React's useSyncExternalStore).
// finish() joins the chunks and runs the full parser once: O(total length).

import type { ParsedJudgeOutput } from './judgeOutput.ts';
import { LiveJsonScanner } from './liveJson.ts';
import { makeUnmasker, parseJudgeOutput } from './parseJudgeOutput.ts';
import { StrippedText } from './strippedText.ts';
import { ThinkStreamSplitter } from './thinkStream.ts';

export type StreamPhase = 'thinking' | 'answer' | 'done';

export interface StreamSnapshot {
  /** 'thinking' inside `<think>` (and before any output); 'answer' after it (or when output starts without it). */
  phase: StreamPhase;
  /** Reasoning so far, Python-stripped; after finish(), the final reasoning. */
  reasoning: string;
  reasoningLength: number;
  /** Every score already complete, un-masked (real names), numbers only; after finish(), the final scores. */
  scores: Array<[string, number]>;
  /** Every complete ranking entry, un-masked; after finish(), the final ranking. */
  ranking: string[];
  /** Changes whenever anything above changes. */
  version: number;
}

export interface JudgeStreamParser {
  /** Feed the next delta. Ignored after finish(). */
  push(chunk: string): void;
  /** End of stream: the final parse (same as `parseJudgeOutput(all text, maskedToReal, expectedNames)`). Idempotent. */
  finish(): ParsedJudgeOutput;
  readonly phase: StreamPhase;
  readonly reasoningLength: number;
  reasoningText(): string;
  readonly scores: Array<[string, number]>;
  readonly ranking: string[];
  /** Characters pushed so far. */
  readonly length: number;
  readonly version: number;
  state(): StreamSnapshot;
  /** Alias of state(). */
  snapshot(): StreamSnapshot;
}

export function createStreamParser(
  maskedToReal?: ReadonlyArray<readonly [string, string]> | null,
  expectedNames?: readonly string[],
): JudgeStreamParser {
  const unmask = makeUnmasker(maskedToReal);
  const chunks: string[] = [];
  let length = 0;
  const reasoning = new StrippedText();
  const json = new LiveJsonScanner();
  const splitter = new ThinkStreamSplitter({
    answer: (text) => json.push(text),
    reasoning: (text) => reasoning.append(text),
  });
  let final: ParsedJudgeOutput | null = null;

  // Views recomputed only when their source changed.
  let scoresView: Array<[string, number]> = [];
  let rankingView: string[] = [];
  let viewVersion = -1;
  const refreshViews = (): void => {
    if (final || viewVersion === json.version) return;
    viewVersion = json.version;
    // Un-mask into a dict as the reference does (first position, last value), then keep the numbers.
    const real = new Map<string, number | null>();
    for (const [name, score] of json.scores) real.set(unmask(name), score);
    scoresView = [];
    for (const [name, score] of real) if (score !== null) scoresView.push([name, score]);
    rankingView = json.ranking.map(unmask);
  };

  // A change counter derived from everything the snapshot shows.
  let version = 0;
  let versionKey = '';
  const currentVersion = (): number => {
    const key = final ? 'final' : `${parser.phase}|${reasoning.length}|${json.version}`;
    if (key !== versionKey) {
      versionKey = key;
      version++;
    }
    return version;
  };
  let snapshot: StreamSnapshot | null = null;

  const parser: JudgeStreamParser = {
    push(chunk: string): void {
      if (final || typeof chunk !== 'string' || chunk === '') return;
      chunks.push(chunk);
      length += chunk.length;
      splitter.push(chunk);
    },

    finish(): ParsedJudgeOutput {
      if (!final) {
        splitter.flush();
        final = parseJudgeOutput(chunks.join(''), maskedToReal, expectedNames);
        chunks.length = 0;
      }
      return final;
    },

    get phase(): StreamPhase {
      if (final) return 'done';
      if (splitter.inside) return 'thinking';
      return splitter.answerStarted ? 'answer' : 'thinking';
    },

    get reasoningLength(): number {
      return final ? final.reasoning.length : reasoning.length;
    },

    reasoningText(): string {
      return final ? final.reasoning : reasoning.text();
    },

    get scores(): Array<[string, number]> {
      if (final) return final.scores;
      refreshViews();
      return scoresView;
    },

    get ranking(): string[] {
      if (final) return final.ranking;
      refreshViews();
      return rankingView;
    },

    get length(): number {
      return length;
    },

    get version(): number {
      return currentVersion();
    },

    state(): StreamSnapshot {
      const v = currentVersion();
      if (!snapshot || snapshot.version !== v) {
        snapshot = {
          phase: parser.phase,
          reasoning: parser.reasoningText(),
          reasoningLength: parser.reasoningLength,
          scores: parser.scores,
          ranking: parser.ranking,
          version: v,
        };
      }
      return snapshot;
    },

    snapshot(): StreamSnapshot {
      return parser.state();
    },
  };
  return parser;
}
