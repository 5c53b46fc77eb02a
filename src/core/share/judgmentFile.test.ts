import { describe, expect, it } from 'vitest';
import { readJudgmentFile } from './judgmentFile.ts';
import { parseJudgeOutput } from '../protocol/parseJudgeOutput.ts';

const raw = '<think>B is better.</think>{"scores": {"A": 2, "B": 5}, "best-to-worst": ["B", "A"]}';
const judgment = {
  id: 'j1',
  createdAt: 1,
  finishedAt: 2,
  inputKey: 'k',
  input: { principle: 'p', prompt: 'q', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }] },
  mask: false,
  maskedToReal: null,
  engine: { kind: 'openai', modelId: 'm', contextWindow: 8192 },
  sampling: { temperature: 0, top_p: 1, max_tokens: 4096, enable_thinking: true },
  status: 'done',
  raw,
  parsed: { ...parseJudgeOutput(raw, null, ['A', 'B']) },
  stats: { timeToFirstTokenMs: 10, prefillTokensPerSec: 1, decodeTokensPerSec: 2, endToEndMs: 30, promptTokens: 5, completionTokens: 6 },
  finishReason: 'stop',
  error: null,
};
const file = (j: unknown) => ({ kind: 'rewardanything-judgment', version: 1, judgment: j });
const { engine: _e, ...noEngine } = judgment;
const { sampling: _s, ...noSampling } = judgment;

describe('readJudgmentFile', () => {
  it('reads an exported judgment', () => {
    expect(readJudgmentFile(file(judgment))).toMatchObject({ ok: true, value: { id: 'j1', engine: { modelId: 'm' } } });
  });
  it.each([
    ['no engine', noEngine, '"judgment.engine" is missing'],
    ['parsed: {}', { ...judgment, parsed: {} }, '"judgment.parsed.reasoning" is missing'],
    ['maskedToReal not an object', { ...judgment, maskedToReal: 'A' }, '"judgment.maskedToReal" is wrong: expected Array, got "A"'],
    ['scores of the wrong shape', { ...judgment, parsed: { ...judgment.parsed, scores: { A: 2 } } }, '"judgment.parsed.scores" is wrong: expected Array'],
    ['input only', { input: judgment.input }, '"judgment.id" is missing'],
    ['stats as strings', { ...judgment, stats: { ...judgment.stats, endToEndMs: '30' } }, '"judgment.stats.endToEndMs" is wrong: expected number, got "30"'],
    ['no sampling', noSampling, '"judgment.sampling" is missing'],
  ])('refuses %s and names the field', (_name, j, message) => {
    const res = readJudgmentFile(file(j));
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error).toContain(message);
      expect(res.error).toContain('Export it again from the app, or fix that field.');
    }
  });
  it('keeps the expected scores and the constraint an export carries, and drops unreadable ones without refusing the judgment', () => {
    const expected = {
      distributions: [{ name: 'B', chosen: 5, probabilities: [0, 0, 0.1, 0.3, 0.6], expected: 4.5, chosenProbability: 0.6, missing: [1, 2], missingBelow: 0.1, digitMass: 1, tokenIndex: 12 }],
      unavailable: [{ name: 'A', reason: 'no score written for this name' }],
      problems: [],
    };
    const constraint = { grammar: true, thinkingBudget: null };
    const kept = readJudgmentFile(file({ ...judgment, expected, constraint }));
    expect(kept.ok && kept.value.expected).toEqual(expected);
    expect(kept.ok && kept.value.constraint).toEqual(constraint);
    const broken = readJudgmentFile(file({ ...judgment, expected: { distributions: 'x' }, constraint: 3 }));
    expect(broken.ok).toBe(true);
    expect(broken.ok && broken.value.expected).toBeUndefined();
    expect(broken.ok && broken.value.constraint).toBeUndefined();
  });

  it('keeps the thinking budget an export carries (the budget cut the reasoning), and drops an unreadable one', () => {
    const reasoningBudget = { tokens: 512, cut: true };
    const kept = readJudgmentFile(file({ ...judgment, reasoningBudget }));
    expect(kept.ok && kept.value.reasoningBudget).toEqual(reasoningBudget);
    const broken = readJudgmentFile(file({ ...judgment, reasoningBudget: { tokens: 0, cut: 'yes' } }));
    expect(broken.ok).toBe(true);
    expect(broken.ok && broken.value.reasoningBudget).toBeUndefined();
  });

  it('recomputes diagnostics it cannot read instead of refusing the judgment', () => {
    const res = readJudgmentFile(file({ ...judgment, parsed: { ...judgment.parsed, diagnostics: 'x' } }));
    expect(res.ok && res.value.parsed?.diagnostics.json).toBe('direct');
  });
  it('tells a file that is not a judgment from one of a newer version', () => {
    expect(readJudgmentFile({ kind: 'rewardanything-judgment', version: 2, judgment })).toEqual({ ok: false, error: expect.stringContaining('Unsupported judgment version 2') });
    expect(readJudgmentFile({ kind: 'x' })).toEqual({ ok: false, error: expect.stringContaining('Not a judgment file') });
  });
});
