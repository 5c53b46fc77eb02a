// The reference parser (`parse_rewardanything_output`) with the playground's improvements:
// - reasoning / answer / JSON fallbacks exactly as the reference (thinkSections.ts, answerJson.ts);
// - keys: "best-to-worst" is the ranking; failing that "best-to-worse" — also when "scores" is missing (the
//   reference accepts "best-to-worse" only when "scores" is present);
// - an answer that is valid JSON but not an object, or a "scores" that is not an object, or a ranking that is not a
//   list, gives an empty result (no scores, no ranking) with a problem sentence (the reference crashes or returns
//   junk there). null counts as the wrong type;
// - names are un-masked through masked → real; unknown names are kept as they are. Un-masking builds the same dict
//   the reference builds (a name that lands twice keeps its first position and its last value);
// - score values: finite numbers and numeric strings ("3" → 3) are kept; anything else is dropped and reported
//   (the reference keeps "3" as a string and keeps "high"/null/true);
// - ranking entries that are not strings are dropped and reported.

import { parseAnswerJson } from './answerJson.ts';
import { rankingConsistency } from './rankingConsistency.ts';
import type { JudgeDiagnostics, ParsedJudgeOutput, RankingKey } from './judgeOutput.ts';
import type { JsonValue } from './pyJsonLoads.ts';
import { isJsonObject } from './pyJsonLoads.ts';
import { describeJsonValue, normaliseScore } from './scoreValue.ts';
import type { ThinkSplit } from './thinkSections.ts';
import { extractAnswer, splitReasoning } from './thinkSections.ts';

/** A masked → real lookup; names it does not know map to themselves. */
export function makeUnmasker(maskedToReal: ReadonlyArray<readonly [string, string]> | null | undefined): (name: string) => string {
  if (!maskedToReal || maskedToReal.length === 0) return (name) => name;
  const map = new Map<string, string>(maskedToReal.map(([masked, real]) => [masked, real]));
  return (name) => map.get(name) ?? name;
}

function kindOf(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isJsonObject(value)) return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  return 'a boolean';
}

function quote(name: string): string {
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 79)}…` : name);
}

/** Up to `max` items joined by commas, then "and N more". Keeps problem sentences short on adversarial output. */
function listed(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

function uniqueInOrder(names: Iterable<string>): string[] {
  return [...new Set(names)];
}

/** The parser proper, on an output already split: `split = splitReasoning(raw)`, `answer = extractAnswer(raw)`. */
export function interpretJudgeOutput(
  split: ThinkSplit,
  answer: string,
  maskedToReal: ReadonlyArray<readonly [string, string]> | null | undefined,
  expectedNames: readonly string[] | undefined,
): ParsedJudgeOutput {
  const problems: string[] = [];
  if (split.think === 'unterminated') {
    problems.push('The reasoning never reached </think>, so it is left out (as the reference does).');
  }
  if (split.closeBeforeOpen) {
    problems.push('A </think> comes before any <think>, so the reasoning is left out (as the reference does).');
  }

  const { value, json, renamedBestToWorse } = parseAnswerJson(answer);
  const unmask = makeUnmasker(maskedToReal);
  const known = expectedNames ?? (maskedToReal && maskedToReal.length > 0 ? maskedToReal.map(([, real]) => real) : null);

  const diagnostics: JudgeDiagnostics = {
    think: split.think,
    json,
    keysPresent: { scores: false, ranking: false, rankingKey: null },
    missingScores: known ? [...known] : [],
    outOfRange: [],
    droppedScores: [],
    rankingConsistent: null,
    consistency: { agreeing: 0, total: 0 },
    duplicateNames: [],
    unknownNames: [],
    problems,
  };
  const empty = (): ParsedJudgeOutput => ({ reasoning: split.reasoning, scores: [], ranking: [], diagnostics });

  if (value === undefined) {
    problems.push(
      split.think === 'absent' && answer === ''
        ? 'The output is empty.'
        : answer === ''
          ? 'There is no answer after the reasoning.'
          : 'No JSON object could be read from the answer.',
    );
    return empty();
  }
  if (!isJsonObject(value)) {
    problems.push(`The answer is valid JSON but ${kindOf(value)}, not an object, so no scores were read.`);
    return empty();
  }

  if (value.duplicateKeys.length > 0) {
    const keys = listed(value.duplicateKeys.map(quote));
    problems.push(`The answer repeats the key${value.duplicateKeys.length > 1 ? 's' : ''} ${keys}; the last value is used (as Python does).`);
  }
  const rankingKey: RankingKey | null = value.has('best-to-worst')
    ? 'best-to-worst'
    : value.has('best-to-worse')
      ? 'best-to-worse'
      : null;
  diagnostics.keysPresent = {
    scores: value.has('scores'),
    ranking: rankingKey !== null,
    rankingKey: rankingKey === 'best-to-worst' && renamedBestToWorse ? 'best-to-worse' : rankingKey,
  };
  if (!value.has('scores')) problems.push('The answer has no "scores".');
  if (rankingKey === null) problems.push('The answer has no "best-to-worst" ranking.');

  const scoresValue = value.get('scores');
  const rankingValue = rankingKey === null ? undefined : value.get(rankingKey);
  let wrongType = false;
  if (scoresValue !== undefined && !isJsonObject(scoresValue)) {
    problems.push(`"scores" is ${kindOf(scoresValue)}, not an object of name → score, so nothing was read.`);
    wrongType = true;
  }
  if (rankingValue !== undefined && !Array.isArray(rankingValue)) {
    problems.push(`"${rankingKey}" is ${kindOf(rankingValue)}, not a list of names, so nothing was read.`);
    wrongType = true;
  }
  if (wrongType) return empty();

  const duplicates: string[] = [];

  // Scores: un-mask into a dict (first position, last value), then keep the numeric values.
  const rawScores = new Map<string, JsonValue>();
  if (isJsonObject(scoresValue)) {
    for (const key of scoresValue.duplicateKeys) duplicates.push(unmask(key));
    for (const [name, score] of scoresValue) {
      const real = unmask(name);
      if (rawScores.has(real)) duplicates.push(real);
      rawScores.set(real, score);
    }
  }
  const scores: Array<[string, number]> = [];
  for (const [name, raw] of rawScores) {
    const score = normaliseScore(raw);
    if (score === null) {
      diagnostics.droppedScores.push({ name, value: describeJsonValue(raw) });
    } else {
      scores.push([name, score]);
      if (score < 1 || score > 5) diagnostics.outOfRange.push([name, score]);
    }
  }
  if (diagnostics.droppedScores.length > 0) {
    const items = diagnostics.droppedScores.map(({ name, value: shown }) => `${quote(name)} (${shown})`);
    problems.push(`Scores that are not numbers were dropped: ${listed(items)}.`);
  }
  if (diagnostics.outOfRange.length > 0) {
    const items = diagnostics.outOfRange.map(([name, score]) => `${quote(name)} (${score})`);
    problems.push(`Scores outside 1–5: ${listed(items)}.`);
  }

  // Ranking: un-mask; entries that are not names are dropped.
  const ranking: string[] = [];
  const seenInRanking = new Set<string>();
  const notNames: string[] = [];
  if (Array.isArray(rankingValue)) {
    rankingValue.forEach((entry, i) => {
      if (typeof entry !== 'string') {
        notNames.push(`entry ${i + 1} (${describeJsonValue(entry)})`);
        return;
      }
      const real = unmask(entry);
      if (seenInRanking.has(real)) duplicates.push(real);
      seenInRanking.add(real);
      ranking.push(real);
    });
  }
  if (notNames.length > 0) problems.push(`Ranking entries that are not names were dropped: ${listed(notNames)}.`);

  diagnostics.duplicateNames = uniqueInOrder(duplicates);
  if (diagnostics.duplicateNames.length > 0) {
    problems.push(`Named more than once: ${listed(diagnostics.duplicateNames.map(quote))}.`);
  }

  if (known) {
    const knownSet = new Set(known);
    const scored = new Set(scores.map(([name]) => name));
    diagnostics.missingScores = known.filter((name) => !scored.has(name));
    diagnostics.unknownNames = uniqueInOrder([...rawScores.keys(), ...ranking].filter((name) => !knownSet.has(name)));
    if (diagnostics.missingScores.length > 0) {
      problems.push(`No score for ${listed(diagnostics.missingScores.map(quote))}.`);
    }
    if (diagnostics.unknownNames.length > 0) {
      problems.push(`Unknown names (not candidates): ${listed(diagnostics.unknownNames.map(quote))}.`);
    }
  }

  diagnostics.consistency = rankingConsistency(scores, ranking);
  const { agreeing, total } = diagnostics.consistency;
  diagnostics.rankingConsistent = total === 0 ? null : agreeing === total;
  if (total > 0 && agreeing < total) {
    problems.push(`The ranking disagrees with the scores on ${total - agreeing} of ${total} pairs.`);
  }

  return { reasoning: split.reasoning, scores, ranking, diagnostics };
}

/**
 * Parse a complete judge output (reference parser semantics; see the notes at the top of this file).
 * @param maskedToReal the map `buildJudgeMessages` returned (null or omitted: names are used as written).
 * @param expectedNames the candidates' real names, for `missingScores` / `unknownNames`; defaults to the real names
 *   of `maskedToReal` when that is given.
 * Never throws; linear in the length of `raw`.
 */
export function parseJudgeOutput(
  raw: string,
  maskedToReal?: ReadonlyArray<readonly [string, string]> | null,
  expectedNames?: readonly string[],
): ParsedJudgeOutput {
  return interpretJudgeOutput(splitReasoning(raw), extractAnswer(raw), maskedToReal, expectedNames);
}
