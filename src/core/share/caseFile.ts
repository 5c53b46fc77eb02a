/** A case: everything needed to re-run a judgment (no API keys, ever). The unit of sharing and export. */
export interface SharedCase {
  kind: 'rewardanything-case';
  version: 1;
  principle: string;
  prompt: string;
  responses: Array<{ name: string; text: string }>;
  mask: boolean;
  /** Optional result of a judgment on this case. */
  result?: {
    modelId: string;
    raw: string;
    reasoning: string;
    scores: Array<[string, number]>;
    ranking: string[];
    createdAt: number;
  };
}

export type CaseReadResult = { ok: true; value: SharedCase } | { ok: false; error: string };

const isStr = (v: unknown): v is string => typeof v === 'string';

/** Validates anything claiming to be a case (from a link, a file or a paste) and says exactly what is wrong. */
export function readCase(data: unknown): CaseReadResult {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: 'Not a case: expected a JSON object.' };
  const o = data as Record<string, unknown>;
  if (o.kind !== 'rewardanything-case') return { ok: false, error: 'Not a case file: "kind" is not "rewardanything-case".' };
  if (o.version !== 1) return { ok: false, error: `Unsupported case version ${String(o.version)} (this app reads version 1).` };
  if (!isStr(o.principle)) return { ok: false, error: 'The case has no principle text.' };
  if (!isStr(o.prompt)) return { ok: false, error: 'The case has no prompt text.' };
  if (!Array.isArray(o.responses)) return { ok: false, error: 'The case has no list of responses.' };
  const responses: Array<{ name: string; text: string }> = [];
  for (const [i, r] of o.responses.entries()) {
    if (!r || typeof r !== 'object' || !isStr((r as Record<string, unknown>).name) || !isStr((r as Record<string, unknown>).text)) {
      return { ok: false, error: `Response ${i + 1} needs a text "name" and "text".` };
    }
    const rr = r as { name: string; text: string };
    responses.push({ name: rr.name, text: rr.text });
  }
  const value: SharedCase = { kind: 'rewardanything-case', version: 1, principle: o.principle, prompt: o.prompt, responses, mask: o.mask !== false };
  const res = o.result as Record<string, unknown> | undefined;
  if (res && typeof res === 'object') {
    const scores = Array.isArray(res.scores) ? (res.scores.filter((p) => Array.isArray(p) && isStr(p[0]) && typeof p[1] === 'number') as Array<[string, number]>) : [];
    value.result = {
      modelId: isStr(res.modelId) ? res.modelId : 'unknown',
      raw: isStr(res.raw) ? res.raw : '',
      reasoning: isStr(res.reasoning) ? res.reasoning : '',
      scores,
      ranking: Array.isArray(res.ranking) ? res.ranking.filter(isStr) : [],
      createdAt: typeof res.createdAt === 'number' ? res.createdAt : 0,
    };
  }
  return { ok: true, value };
}
