import { renderReportHtml } from '../report/index.ts';
import { type SharedCase } from '../share/index.ts';
import type { JudgmentRecord } from './judgmentRecord.ts';
import { describeJudgment } from './describeJudgment.ts';
import { describeReasoningBudget } from './reasoningBudget.ts';

export function recordToCase(r: JudgmentRecord, withResult: boolean): SharedCase {
  const c: SharedCase = { kind: 'rewardanything-case', version: 1, principle: r.input.principle, prompt: r.input.prompt, responses: r.input.responses, mask: r.mask };
  if (withResult && r.parsed) {
    c.result = {
      modelId: r.engine.modelId,
      raw: r.raw,
      reasoning: r.parsed.reasoning,
      scores: r.parsed.scores,
      ranking: r.parsed.ranking,
      createdAt: r.createdAt,
      maskedToReal: r.maskedToReal,
      status: r.status === 'running' ? 'interrupted' : r.status,
      sampling: { ...r.sampling },
    };
  }
  return c;
}

/** A judgment export: the whole record. It never holds an API key (records keep the base URL only). */
export function judgmentExport(r: JudgmentRecord): string {
  return JSON.stringify({ kind: 'rewardanything-judgment', version: 1, judgment: r }, null, 2);
}

export function judgmentReportHtml(r: JudgmentRecord): string {
  const scores = new Map(r.parsed?.scores ?? []);
  const rank = new Map<string, number>();
  (r.parsed?.ranking ?? []).forEach((n, i) => {
    if (!rank.has(n)) rank.set(n, i + 1);
  });
  const expected = new Map((r.expected?.distributions ?? []).map((d) => [d.name, d.expected]));
  const s = r.stats;
  const f = (v: number | null | undefined, d: number, u: string) => (typeof v === 'number' && Number.isFinite(v) ? `${v.toFixed(d)}${u}` : '—');
  return renderReportHtml({
    title: `Judgment: ${r.input.prompt.slice(0, 60) || 'untitled'}`,
    generatedAt: new Date(r.createdAt).toISOString(),
    modelId: r.engine.modelId,
    principle: r.input.principle,
    prompt: r.input.prompt,
    candidates: r.input.responses.map((c) => ({ name: c.name, text: c.text, score: scores.get(c.name) ?? null, rank: rank.get(c.name) ?? null, expected: expected.get(c.name) ?? null })),
    reasoning: r.parsed?.reasoning ?? '',
    findings: describeJudgment(r).map((x) => x.text),
    stats: [
      ['Time to first token', f(s?.timeToFirstTokenMs ? s.timeToFirstTokenMs / 1000 : null, 2, ' s')],
      ['Prefill', f(s?.prefillTokensPerSec, 1, ' tok/s')],
      ['Decode', f(s?.decodeTokensPerSec, 1, ' tok/s')],
      ['Total', f(s ? s.endToEndMs / 1000 : null, 2, ' s')],
      ['Finish reason', r.finishReason ?? '—'],
    ],
    raw: r.raw,
    nameKey: r.maskedToReal,
    settings: [
      ['Engine', r.engine.kind],
      ['Context window', String(r.engine.contextWindow)],
      ['Temperature', String(r.sampling.temperature)],
      ['top_p', String(r.sampling.top_p)],
      ['Max tokens', String(r.sampling.max_tokens)],
      ['Thinking', r.sampling.enable_thinking ? 'on' : 'off'],
      ['Thinking budget', describeReasoningBudget(r.reasoningBudget) ?? 'off'],
      ['Masking', r.mask ? 'on' : 'off'],
    ],
  });
}

export function safeFileName(s: string): string {
  return s.replace(/[^\w.-]+/g, '-').replace(/-+/g, '-').slice(0, 60) || 'judgment';
}
