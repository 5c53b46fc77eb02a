import type { JudgmentRecord } from '../records/judgmentRecord.ts';

/** What the test judgments streamed (in three pieces: see `timeline`). */
export const JUDGED_RAW = '<think>\nA is short.\n</think>\n\n{"scores": {"A": 5, "B": 3}, "best-to-worst": ["A", "B"]}';

/** A finished judgment with its timing kept (replayable), for tests. */
export const judgedRecord = (over: Partial<JudgmentRecord> = {}): JudgmentRecord => ({
  id: 'j1',
  createdAt: Date.UTC(2026, 10, 5, 9),
  finishedAt: Date.UTC(2026, 10, 5, 9, 1),
  inputKey: 'k',
  input: { principle: 'Be brief.', prompt: 'Q', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'bb' }] },
  mask: false,
  maskedToReal: null,
  engine: { kind: 'webllm', modelId: 'Qwen3-8B', contextWindow: 8192 },
  sampling: { temperature: 0, top_p: 1, max_tokens: 100, enable_thinking: true } as JudgmentRecord['sampling'],
  status: 'done',
  raw: JUDGED_RAW,
  parsed: { reasoning: 'A is short.', scores: [['A', 5], ['B', 3]], ranking: ['A', 'B'], diagnostics: {} as never },
  stats: null,
  finishReason: 'stop',
  error: null,
  timeline: [[120, 8], [180, JUDGED_RAW.length - 20], [260, 12]],
  ...over,
});
