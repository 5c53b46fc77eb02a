import { parseJudgeOutput, type ParsedJudgeOutput } from '../protocol/index.ts';
import type { JudgmentRecord } from './judgmentRecord.ts';

/** A record's parse; records saved before their final parse (interrupted ones) are parsed from what was kept. */
export function parsedOf(r: Pick<JudgmentRecord, 'parsed' | 'raw' | 'maskedToReal' | 'input'>): ParsedJudgeOutput | null {
  if (r.parsed) return r.parsed;
  return r.raw ? parseJudgeOutput(r.raw, r.maskedToReal, r.input.responses.map((c) => c.name)) : null;
}
