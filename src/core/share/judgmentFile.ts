import * as v from 'valibot';
import { parseJudgeOutput } from '../protocol/parseJudgeOutput.ts';
import type { JudgeDiagnostics } from '../protocol/judgeOutput.ts';
import { ReasoningBudgetSchema } from '../records/reasoningBudget.ts';

/** An exported judgment (`{"kind": "rewardanything-judgment", "version": 1, "judgment": {…}}`), read back. */
const num = v.pipe(v.number(), v.finite());
const named = v.array(v.tuple([v.string(), num]));
const pairOfNames = v.array(v.tuple([v.string(), v.string()]));

const InputSchema = v.object({
  principle: v.string(),
  prompt: v.string(),
  responses: v.pipe(v.array(v.object({ name: v.string(), text: v.string() })), v.minLength(1, 'the judgment has no candidates')),
});

const DiagnosticsSchema = v.object({
  think: v.picklist(['complete', 'unterminated', 'absent']),
  json: v.picklist(['direct', 'repaired', 'bracket', 'failed']),
  keysPresent: v.object({ scores: v.boolean(), ranking: v.boolean(), rankingKey: v.nullable(v.picklist(['best-to-worst', 'best-to-worse'])) }),
  missingScores: v.array(v.string()),
  outOfRange: named,
  droppedScores: v.array(v.object({ name: v.string(), value: v.string() })),
  rankingConsistent: v.nullable(v.boolean()),
  consistency: v.object({ agreeing: num, total: num }),
  duplicateNames: v.array(v.string()),
  unknownNames: v.array(v.string()),
  problems: v.array(v.string()),
});

const ParsedSchema = v.object({
  reasoning: v.string(),
  scores: v.pipe(named, v.description('a list of [name, score] pairs')),
  ranking: v.array(v.string()),
  diagnostics: v.optional(v.unknown()),
});

const nullableNum = v.nullable(num);
const StatsSchema = v.object({
  timeToFirstTokenMs: nullableNum,
  prefillTokensPerSec: nullableNum,
  decodeTokensPerSec: nullableNum,
  endToEndMs: num,
  promptTokens: v.optional(nullableNum, null),
  completionTokens: v.optional(nullableNum, null),
});

const SamplingSchema = v.object({
  temperature: num,
  top_p: num,
  max_tokens: num,
  enable_thinking: v.boolean(),
  seed: v.optional(num),
});

const prob = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const digit = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));
/** Expected scores as the record keeps them (core/protocol/expectedScores.ts). */
const ExpectedSchema = v.object({
  distributions: v.array(
    v.object({
      name: v.string(),
      chosen: digit,
      probabilities: v.tuple([prob, prob, prob, prob, prob]),
      expected: v.pipe(v.number(), v.minValue(1), v.maxValue(5)),
      chosenProbability: prob,
      missing: v.array(digit),
      missingBelow: v.nullable(prob),
      digitMass: v.pipe(v.number(), v.minValue(0)),
      tokenIndex: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
  unavailable: v.array(v.object({ name: v.string(), reason: v.string() })),
  problems: v.array(v.string()),
});
const ConstraintSchema = v.object({ grammar: v.boolean(), thinkingBudget: v.nullable(num), note: v.optional(v.string()) });

export const JudgmentRecordSchema = v.object({
  id: v.string(),
  createdAt: num,
  finishedAt: v.optional(nullableNum, null),
  inputKey: v.optional(v.string(), 'imported'),
  input: InputSchema,
  mask: v.boolean(),
  maskedToReal: v.nullable(pairOfNames),
  messages: v.optional(v.array(v.object({ role: v.picklist(['system', 'user', 'assistant']), content: v.string() }))),
  engine: v.object({ kind: v.picklist(['webllm', 'openai']), modelId: v.string(), baseUrl: v.optional(v.string()), contextWindow: num }),
  sampling: SamplingSchema,
  status: v.picklist(['running', 'done', 'stopped', 'error', 'interrupted']),
  raw: v.string(),
  parsed: v.nullable(ParsedSchema),
  stats: v.nullable(StatsSchema),
  finishReason: v.nullable(v.picklist(['stop', 'length', 'abort', 'error', 'incomplete'])),
  error: v.optional(v.nullable(v.object({ kind: v.string(), message: v.string(), advice: v.string() })), null),
  warnings: v.optional(v.array(v.string())),
  tag: v.optional(v.string()),
  // What the app adds about the answer: kept when readable, dropped (the judgment still read) when not.
  expected: v.fallback(v.optional(ExpectedSchema), undefined),
  constraint: v.fallback(v.optional(ConstraintSchema), undefined),
  reasoningBudget: v.fallback(v.optional(ReasoningBudgetSchema), undefined),
});

type RawRecord = v.InferOutput<typeof JudgmentRecordSchema>;
/** The record as read: diagnostics always present (recomputed from the raw output when the file's are unusable). */
export type JudgmentFileRecord = Omit<RawRecord, 'parsed'> & {
  parsed: (Omit<NonNullable<RawRecord['parsed']>, 'diagnostics'> & { diagnostics: JudgeDiagnostics }) | null;
};

const FileSchema = v.object({ kind: v.literal('rewardanything-judgment'), version: v.literal(1), judgment: v.unknown() });

export type JudgmentFileResult = { ok: true; value: JudgmentFileRecord } | { ok: false; error: string };

/** True when the data says it is an exported judgment (then {@link readJudgmentFile} tells what is wrong with it). */
export function isJudgmentFile(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as { kind?: unknown }).kind === 'rewardanything-judgment';
}

/** Validates an exported judgment field by field; the message names the first wrong field by its path in the file. */
export function readJudgmentFile(data: unknown): JudgmentFileResult {
  const file = v.safeParse(FileSchema, data);
  if (!file.success) {
    const issue = file.issues[0];
    const where = v.getDotPath(issue);
    if (where === 'version') return { ok: false, error: `Unsupported judgment version ${String((data as { version?: unknown }).version)} (this app reads version 1).` };
    return { ok: false, error: 'Not a judgment file: expected {"kind": "rewardanything-judgment", "version": 1, "judgment": {…}}.' };
  }
  const rec = v.safeParse(JudgmentRecordSchema, file.output.judgment);
  if (!rec.success) {
    const issue = rec.issues[0];
    const path = v.getDotPath(issue);
    const field = path ? `judgment.${path}` : 'judgment';
    const what = issue.received === 'undefined' ? `"${field}" is missing` : `"${field}" is wrong: expected ${issue.expected ?? 'another value'}, got ${issue.received}`;
    return { ok: false, error: `The judgment is malformed: ${what}. Export it again from the app, or fix that field.` };
  }
  const r = rec.output;
  let parsed: JudgmentFileRecord['parsed'] = null;
  if (r.parsed) {
    const ok = v.safeParse(DiagnosticsSchema, r.parsed.diagnostics);
    const diagnostics = ok.success ? ok.output : parseJudgeOutput(r.raw, r.maskedToReal, r.input.responses.map((c) => c.name)).diagnostics;
    parsed = { reasoning: r.parsed.reasoning, scores: r.parsed.scores, ranking: r.parsed.ranking, diagnostics };
  }
  return { ok: true, value: { ...r, parsed } };
}
