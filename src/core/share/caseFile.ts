import * as v from 'valibot';

const ResponseSchema = v.object({ name: v.string(), text: v.string() });
const ResultSchema = v.object({
  modelId: v.optional(v.string(), 'unknown'),
  raw: v.optional(v.string(), ''),
  reasoning: v.optional(v.string(), ''),
  scores: v.optional(v.array(v.tuple([v.string(), v.pipe(v.number(), v.finite())])), []),
  ranking: v.optional(v.array(v.string()), []),
  createdAt: v.optional(v.pipe(v.number(), v.finite()), 0),
  /** The masking key ([masked, real] pairs) the model saw; links made before it was carried have none. */
  maskedToReal: v.optional(v.nullable(v.array(v.tuple([v.string(), v.string()])))),
  status: v.optional(v.picklist(['done', 'stopped', 'error', 'interrupted'])),
  sampling: v.optional(
    v.object({
      temperature: v.pipe(v.number(), v.finite()),
      top_p: v.pipe(v.number(), v.finite()),
      max_tokens: v.pipe(v.number(), v.finite()),
      enable_thinking: v.boolean(),
      seed: v.optional(v.pipe(v.number(), v.finite())),
    }),
  ),
});

/** A case: everything needed to re-run a judgment (no API keys, ever). The unit of sharing and export. */
export const CaseSchema = v.object({
  kind: v.literal('rewardanything-case'),
  version: v.literal(1),
  principle: v.string(),
  prompt: v.string(),
  responses: v.array(ResponseSchema),
  mask: v.boolean(),
  /** Optional result of a judgment on this case. */
  result: v.optional(ResultSchema),
});
export type SharedCase = v.InferOutput<typeof CaseSchema>;

export type CaseReadResult = { ok: true; value: SharedCase } | { ok: false; error: string };

const isStr = (x: unknown): x is string => typeof x === 'string';

/** Validates anything claiming to be a case (from a link, a file or a paste) and says exactly what is wrong. */
export function readCase(data: unknown): CaseReadResult {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: 'Not a case: expected a JSON object.' };
  const o = data as Record<string, unknown>;
  if (o.kind !== 'rewardanything-case') return { ok: false, error: 'Not a case file: "kind" is not "rewardanything-case".' };
  if (o.version !== 1) return { ok: false, error: `Unsupported case version ${String(o.version)} (this app reads version 1).` };
  if (!isStr(o.principle)) return { ok: false, error: 'The case has no principle text.' };
  if (!isStr(o.prompt)) return { ok: false, error: 'The case has no prompt text.' };
  if (!Array.isArray(o.responses)) return { ok: false, error: 'The case has no list of responses.' };
  const bad = o.responses.findIndex((r) => !v.is(ResponseSchema, r));
  if (bad >= 0) return { ok: false, error: `Response ${bad + 1} needs a text "name" and "text".` };
  const result = o.result && typeof o.result === 'object' ? v.safeParse(ResultSchema, o.result) : null;
  if (result && !result.success) {
    const issue = result.issues[0];
    return { ok: false, error: `The case's result is malformed at "result.${v.getDotPath(issue) ?? ''}": ${issue.message}. Remove "result" to open the case alone.` };
  }
  const value: SharedCase = {
    kind: 'rewardanything-case',
    version: 1,
    principle: o.principle,
    prompt: o.prompt,
    responses: o.responses.map((r: { name: string; text: string }) => ({ name: r.name, text: r.text })),
    mask: o.mask !== false,
  };
  if (result) value.result = result.output;
  return { ok: true, value };
}
