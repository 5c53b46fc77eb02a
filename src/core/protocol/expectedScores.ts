// Expected scores from the token log probabilities of a judgment (issue 14): for each candidate, the probability
// distribution over the scores 1–5 at the token where the model wrote its score, the expected score, and how likely
// the score it wrote was.
//
// Input: the OpenAI chat-completions `logprobs.content` (WebLLM and vLLM/SGLang/llama.cpp servers send it), i.e. one
// entry per generated token: {token, logprob, top_logprobs: [{token, logprob}]}. The score is located in the text the
// tokens spell (the last `"scores": {…}` object), so a prefix the engine wrote without sampling (WebLLM's empty think
// block with thinking off) or reasoning a server stripped does not matter.
//
// A digit is read from a top entry that has the same text before the digit as the chosen token (Qwen3 writes the digit
// as a token of its own; other tokenizers may write " 4" or "4,"); several entries for one digit are added up. The
// distribution is renormalised over the digits 1–5 present: digits not in the top list are reported as missing (their
// probability is below the smallest listed one).

import { pythonJsonString } from './pyJsonDumps.ts';

export interface TopLogprob {
  token: string;
  logprob: number;
}

/** One entry of `choices[0].logprobs.content`. */
export interface TokenLogprob {
  token: string;
  logprob: number;
  top_logprobs?: readonly TopLogprob[] | null;
  /**
   * The engine sent no log probabilities for this text (a chunk without them, an entry without a number): the entry
   * keeps its place so the tokens still spell the output, and carries none.
   */
  missing?: boolean;
}

export interface ExpectedScoreOptions {
  /** The names as the model wrote them (masked model-k, or the user's names), in the prompt's order. */
  names: readonly string[];
  /**
   * The sampling temperature when the engine reports probabilities after dividing the logits by it (WebLLM does;
   * vLLM's default `raw_logprobs` does not): the log probabilities are multiplied by it to recover the model's own
   * distribution over the digits. null/undefined: use them as they are.
   */
  temperature?: number | null;
}

export type Probabilities = [number, number, number, number, number];

export interface ScoreDistribution {
  name: string;
  /** The score the model wrote. */
  chosen: number;
  /** P(score = 1…5), renormalised over the digits present in the top list; 0 for a missing digit. */
  probabilities: Probabilities;
  /** Σ s·P(s). */
  expected: number;
  /** P(chosen score). */
  chosenProbability: number;
  /** Digits 1–5 not among the token's top log probabilities. */
  missing: number[];
  /** Every missing digit had a probability below this (the smallest listed entry); null when none is missing. */
  missingBelow: number | null;
  /** The probability the model gave the digits present, before renormalising (how much the top list covers). */
  digitMass: number;
  /** Index of the score's token in the log-probability list. */
  tokenIndex: number;
}

export interface ExpectedScores {
  distributions: ScoreDistribution[];
  /** Names without a distribution, each with why (shown instead of the bar). */
  unavailable: Array<{ name: string; reason: string }>;
  /** Sentences about the whole judgment (no log probabilities, a temperature too low to recover them, …). */
  problems: string[];
}

const DIGITS = ['1', '2', '3', '4', '5'];

/** Where each token starts in the text the tokens spell. */
function offsets(tokens: readonly TokenLogprob[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const t of tokens) {
    starts.push(text.length);
    text += t.token;
  }
  return { text, starts };
}

function tokenAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The span of the last `"scores": {…}` object in `text` (braces included), or null. */
function scoresObject(text: string): { start: number; end: number } | null {
  const re = /"scores"\s*:\s*\{/g;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) last = m;
  if (!last) return null;
  const start = last.index + last[0].length - 1;
  let inString = false;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '}') return { start, end: i + 1 };
  }
  return { start, end: text.length };
}

/** Offset of the score character written for `name` inside the object (its last key wins, as in Python). */
function scoreOffset(text: string, span: { start: number; end: number }, name: string): number | null {
  const key = pythonJsonString(name);
  let found: number | null = null;
  for (let at = text.indexOf(key, span.start); at !== -1 && at < span.end; at = text.indexOf(key, at + 1)) {
    const m = /^\s*:\s*/.exec(text.slice(at + key.length, at + key.length + 64));
    if (m) found = at + key.length + m[0].length;
  }
  return found;
}

const finite = (x: number) => Number.isFinite(x);

function distributionAt(entry: TokenLogprob, within: number, scale: number): { probs: Map<number, number>; smallest: number | null } | string {
  const prefix = entry.token.slice(0, within);
  const listed = new Map<string, number>();
  for (const alt of entry.top_logprobs ?? []) if (!listed.has(alt.token)) listed.set(alt.token, alt.logprob);
  if (!listed.has(entry.token)) listed.set(entry.token, entry.logprob);
  const probs = new Map<number, number>();
  let smallest: number | null = null;
  for (const [token, logprob] of listed) {
    if (!finite(logprob)) continue;
    const p = Math.exp(logprob * scale);
    smallest = smallest === null ? p : Math.min(smallest, p);
    if (!token.startsWith(prefix) || token.length <= prefix.length) continue;
    const digit = DIGITS.indexOf(token[prefix.length]!);
    if (digit === -1 || /^[0-9.]/.test(token.slice(prefix.length + 1))) continue;
    probs.set(digit + 1, (probs.get(digit + 1) ?? 0) + p);
  }
  if (probs.size === 0) {
    return prefix === ''
      ? 'no score digit among the log probabilities of its token'
      : `its score shares a token with ${JSON.stringify(prefix)}, and no other score digit with that text is listed`;
  }
  return { probs, smallest };
}

/**
 * Per name, the distribution over 1–5 where its score was written. Never throws; linear in the number of tokens.
 * @param logprobs `choices[0].logprobs.content`, joined over the streamed chunks; null when the engine sent none.
 * @param text the output the app parsed, to check the tokens spell its answer.
 */
export function expectedScores(logprobs: readonly TokenLogprob[] | null | undefined, text: string, options: ExpectedScoreOptions): ExpectedScores {
  const { names } = options;
  const none = (reason: string, problem: string): ExpectedScores => ({ distributions: [], unavailable: names.map((name) => ({ name, reason })), problems: [problem] });
  const t = options.temperature ?? null;
  // Logits divided by a tiny temperature leave every alternative at probability 0: nothing can be recovered (so an
  // engine that reports them so is not even asked).
  if (t !== null && t < 0.05) {
    return none(
      'sampled at temperature ' + t,
      `The engine reports probabilities after the sampling temperature (${t}), which leaves every other score at probability 0; sample at a temperature of at least 0.05 (e.g. 1) to get distributions.`,
    );
  }
  if (!logprobs || logprobs.length === 0) {
    return none('no log probabilities', 'The engine returned no log probabilities, so there is no distribution over the scores (the integer scores are used).');
  }
  const problems: string[] = [];
  const scale = t ?? 1;
  let gaps = 0;
  for (const entry of logprobs) if (entry.missing) gaps++;
  if (gaps > 0) {
    problems.push(
      `The engine sent no log probabilities for part of the output (${gaps} gap${gaps === 1 ? '' : 's'}; the output is kept as it came); a candidate whose score was written in a gap has no distribution.`,
    );
  }
  const spelled = offsets(logprobs);
  const span = scoresObject(spelled.text);
  if (!span) return none('no "scores" object in the tokens', 'The tokens with log probabilities contain no "scores" object (the output may be cut short).');
  if (!text.includes(spelled.text.slice(span.start, span.end))) {
    problems.push('The tokens with log probabilities do not spell the answer that was parsed; the distributions may belong to other text.');
  }

  const distributions: ScoreDistribution[] = [];
  const unavailable: ExpectedScores['unavailable'] = [];
  for (const name of names) {
    const at = scoreOffset(spelled.text, span, name);
    if (at === null || at >= spelled.text.length) {
      unavailable.push({ name, reason: 'no score written for this name' });
      continue;
    }
    const chosenDigit = DIGITS.indexOf(spelled.text[at]!);
    if (chosenDigit === -1) {
      unavailable.push({ name, reason: `its score is not a digit 1–5 (${JSON.stringify(spelled.text.slice(at, at + 8))})` });
      continue;
    }
    const index = tokenAt(spelled.starts, at);
    const entry = logprobs[index]!;
    if (entry.missing) {
      unavailable.push({ name, reason: 'the engine sent no log probabilities for the token of its score' });
      continue;
    }
    const number = /^[0-9.]+/.exec(spelled.text.slice(at, at + 16))![0];
    if (number.length > 1) {
      const tokenEnd = spelled.starts[index]! + entry.token.length;
      const next = logprobs[index + 1]?.token ?? '';
      unavailable.push({
        name,
        reason:
          at + number.length > tokenEnd
            ? `its score ${JSON.stringify(number)} is split across two tokens (${JSON.stringify(entry.token)} and ${JSON.stringify(next)}), so no one token’s probabilities give its distribution`
            : `its score ${JSON.stringify(number)} is not a single digit 1–5`,
      });
      continue;
    }
    if (!entry.top_logprobs || entry.top_logprobs.length === 0) {
      unavailable.push({ name, reason: 'its score token came without top log probabilities' });
      continue;
    }
    const read = distributionAt(entry, at - spelled.starts[index]!, scale);
    if (typeof read === 'string') {
      unavailable.push({ name, reason: read });
      continue;
    }
    const mass = [...read.probs.values()].reduce((a, b) => a + b, 0);
    const probabilities = [1, 2, 3, 4, 5].map((s) => (read.probs.get(s) ?? 0) / mass) as Probabilities;
    const missing = [1, 2, 3, 4, 5].filter((s) => !read.probs.has(s));
    const chosen = chosenDigit + 1;
    distributions.push({
      name,
      chosen,
      probabilities,
      expected: probabilities.reduce((sum, p, i) => sum + p * (i + 1), 0),
      chosenProbability: probabilities[chosen - 1]!,
      missing,
      missingBelow: missing.length > 0 ? read.smallest : null,
      digitMass: Math.min(1, mass),
      tokenIndex: index,
    });
  }
  return { distributions, unavailable, problems };
}

/** A description of the digits a distribution lacks, for the bar's caption ('' when none is missing). */
export function describeMissing(d: Pick<ScoreDistribution, 'missing' | 'missingBelow'>): string {
  if (d.missing.length === 0) return '';
  const below = d.missingBelow === null ? '' : ` (each below ${(d.missingBelow * 100).toPrecision(2)}%)`;
  return `${d.missing.length === 1 ? 'Score' : 'Scores'} ${d.missing.join(', ')} not among the top log probabilities${below}; counted as 0.`;
}

export interface RankEntry {
  name: string;
  /** The integer score written. */
  score: number;
  /** The expected score, when there is a distribution. */
  expected?: number | null;
}

export interface TieBreak {
  /** The integer score the names share. */
  score: number;
  /** The tied names in their new order (best first). */
  names: string[];
  /** false: some of them have no expected score (or all have the same), so the model's order was kept. */
  broken: boolean;
}

export interface ExpectedRanking {
  /** Best first: by integer score, then by expected score where integers tie, then in the model's ranking order. */
  ranking: string[];
  /** Every group of two or more names with the same integer score. */
  ties: TieBreak[];
}

/**
 * Ranks by integer score and breaks ties by expected score. Names with the same integer score keep the model's order
 * (`modelRanking`, then input order) when any of them lacks an expected score, or when their expected scores are equal.
 */
export function rankByExpected(entries: readonly RankEntry[], modelRanking: readonly string[] = []): ExpectedRanking {
  const place = new Map<string, number>();
  modelRanking.forEach((n, i) => place.has(n) || place.set(n, i));
  const order = (e: RankEntry, i: number) => place.get(e.name) ?? modelRanking.length + i;
  const indexed = entries.map((e, i) => ({ e, i, o: order(e, i) }));
  const groups = new Map<number, typeof indexed>();
  for (const x of indexed) groups.set(x.e.score, [...(groups.get(x.e.score) ?? []), x]);
  const ties: TieBreak[] = [];
  const ranking: string[] = [];
  for (const score of [...groups.keys()].sort((a, b) => b - a)) {
    const group = groups.get(score)!;
    const complete = group.every((x) => typeof x.e.expected === 'number' && Number.isFinite(x.e.expected));
    group.sort((a, b) => (complete ? b.e.expected! - a.e.expected! : 0) || a.o - b.o);
    const differ = new Set(group.map((x) => x.e.expected)).size > 1;
    if (group.length > 1) ties.push({ score, names: group.map((x) => x.e.name), broken: complete && differ });
    ranking.push(...group.map((x) => x.e.name));
  }
  return { ranking, ties };
}
