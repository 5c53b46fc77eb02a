// Public API of the protocol core: prompt building (byte-exact with the reference package), Python-compatible JSON,
// masking, and judge-output parsing (final and streaming).

export type { ChatMessage, ChatRole, JudgePromptMessage } from './chatMessage.ts';
export { SYSTEM_PROMPT } from './systemPrompt.ts';

export { PyObject, pyObject } from './pyObject.ts';
export type { PyJsonInput, PyJsonKey } from './pyJsonDumps.ts';
export { pythonJsonDumps, pythonJsonString, pythonNumber } from './pyJsonDumps.ts';
export type { JsonValue, PythonJsonOptions, PythonJsonResult } from './pyJsonLoads.ts';
export { DEFAULT_MAX_JSON_DEPTH, isJsonObject, pythonJsonLoads } from './pyJsonLoads.ts';
export { PY_WHITESPACE_CLASS, isPyBlank, isPySpace, pyStrip } from './pyStrip.ts';

export { MersenneTwister, PyRandom, bitLength } from './mt19937.ts';
export { MASKING_SEED, maskedName, maskingOrder } from './masking.ts';

export type {
  JudgeCandidate,
  JudgeInput,
  JudgeInputError,
  JudgeInputValidation,
  JudgeInputWarning,
} from './judgeInput.ts';
export { JudgeInputInvalid, validateJudgeInput } from './judgeInput.ts';
export type { BuildJudgeOptions, JudgeMessages, TryBuildJudgeMessagesResult } from './buildJudgeMessages.ts';
export { buildJudgeMessages, tryBuildJudgeMessages } from './buildJudgeMessages.ts';

export type { ThinkSplit, ThinkStatus } from './thinkSections.ts';
export { THINK_CLOSE, THINK_OPEN, extractAnswer, removeCodeFences, removeThinkBlocks, splitReasoning, partialReasoning } from './thinkSections.ts';
export { fixJsonFormat } from './fixJson.ts';
export type { AnswerJson, JsonRecovery } from './answerJson.ts';
export { parseAnswerJson } from './answerJson.ts';
export { normaliseScore } from './scoreValue.ts';
export type { RankingConsistency } from './rankingConsistency.ts';
export { rankingConsistency } from './rankingConsistency.ts';
export type { JudgeDiagnostics, ParsedJudgeOutput, RankingKey } from './judgeOutput.ts';
export { makeUnmasker, parseJudgeOutput } from './parseJudgeOutput.ts';
export type { JudgeStreamParser, StreamPhase, StreamSnapshot } from './streamParser.ts';
export { createStreamParser } from './streamParser.ts';
export type { NameSegment } from './maskedNames.ts';
export { splitMaskedNames } from './maskedNames.ts';
export type { AnswerGrammar, AnswerGrammarOptions } from './answerGrammar.ts';
export { EXACT_RANKING_MAX, answerGrammar, reasoningHitBudget } from './answerGrammar.ts';
export type { ExpectedRanking, ExpectedScoreOptions, ExpectedScores, Probabilities, RankEntry, ScoreDistribution, TieBreak, TokenLogprob, TopLogprob } from './expectedScores.ts';
export { describeMissing, expectedScores, rankByExpected } from './expectedScores.ts';
export type { BudgetContinuation } from './thinkingBudget.ts';
export { closeReasoning, knowsChatTemplate, qwen3ChatPrompt } from './thinkingBudget.ts';
