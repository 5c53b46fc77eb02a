// The streaming judge-output parser: feed it the model's text deltas as they arrive; read a live view at any moment;
// call finish() at the end for the final result, which is exactly `parseJudgeOutput` on the whole text.
//
// Cost: push(chunk) is O(chunk) — think tags are searched only in the new chunk plus ≤7 held-back characters
// (thinkStream.ts), the answer JSON is tokenized incrementally (liveJson.ts), and the reasoning is appended to a
// piece list (strippedText.ts). Nothing already pushed is scanned again. Reading:
// - `phase`, `reasoningLength`, `version`: O(1);
// - `reasoningText()`: O(text added since the last read) (cached, joined lazily);
// - `scores` / `ranking`: O(1) when unchanged since the last read, else O(number of scores / entries) to build a
//   fresh array (kept incrementally by real name, so no re-scan or re-un-masking);
// - `state()`: all of the above in one object, the same object while nothing changes (fit for
//   React's useSyncExternalStore).
// finish() joins the chunks and runs the full parser once: O(total length).
//
// The live view is a preview; finish() is the result. They agree at the end of every output the final parse can read,
// with one inherent exception: text after a later `<think>` that never closes is hidden while streaming (it could
// still be a think block) but belongs to the answer for the reference. Arrays handed out are fresh copies when they
// change and are never mutated afterwards; treat them as read-only.

import type { ParsedJudgeOutput } from './judgeOutput.ts';
import type { RankingKeyName } from './liveJson.ts';
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
  // Live views by real name, kept up to date in O(1) per change (see LiveJsonListener). `realScores` is built like
  // the reference's un-masking dict, and `liveScores` holds its numeric entries in order. The common case (a new name)
  // appends; the rare ones (a repeated key, two masked names landing on one real name) rebuild both once, from the
  // scanner's masked map.
  const realScores = new Map<string, number | null>();
  let liveScores: Array<[string, number]> = [];
  let scoresStale = false;
  let scoresChanged = false;
  let scoresView: Array<[string, number]> = [];
  const realRanking: Record<RankingKeyName, string[]> = { 'best-to-worst': [], 'best-to-worse': [] };
  let rankingChanged = false;
  let rankingView: string[] = [];

  const json = new LiveJsonScanner({
    score(name, value, isNewName) {
      scoresChanged = true;
      if (scoresStale) return;
      const real = unmask(name);
      if (!isNewName || realScores.has(real)) {
        scoresStale = true;
        return;
      }
      realScores.set(real, value);
      if (value !== null) liveScores.push([real, value]);
    },
    scoresReset() {
      realScores.clear();
      liveScores = [];
      scoresStale = false;
      scoresChanged = true;
    },
    rankingEntry(key, name) {
      realRanking[key].push(unmask(name));
      rankingChanged = true;
    },
    rankingReset(key) {
      realRanking[key] = [];
      rankingChanged = true;
    },
  });
  const splitter = new ThinkStreamSplitter({
    answer: (text) => json.push(text),
    reasoning: (text) => reasoning.append(text),
  });
  let final: ParsedJudgeOutput | null = null;

  // Reading a view after a change copies it (O(its size), references only), so earlier snapshots never change.
  const readScores = (): Array<[string, number]> => {
    if (scoresStale) {
      realScores.clear();
      for (const [name, score] of json.scores) realScores.set(unmask(name), score);
      liveScores = [];
      for (const [name, score] of realScores) if (score !== null) liveScores.push([name, score]);
      scoresStale = false;
    }
    if (scoresChanged) {
      scoresView = liveScores.slice();
      scoresChanged = false;
    }
    return scoresView;
  };
  const readRanking = (): string[] => {
    if (rankingChanged) {
      rankingView = (json.rankingWorst !== null ? realRanking['best-to-worst'] : realRanking['best-to-worse']).slice();
      rankingChanged = false;
    }
    return rankingView;
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
      return final ? final.scores : readScores();
    },

    get ranking(): string[] {
      return final ? final.ranking : readRanking();
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
