import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM module shared with the screenshot script, no type declarations.
import { SCREENSHOT_CASE } from './screenshot-case.mjs';
import { scriptJudgment } from '../e2e/fixtures/scripted-judge.ts';
import { buildJudgeMessages, parseJudgeOutput } from '../src/core/index.ts';

interface CaseCandidate {
  name: string;
  text: string;
  factual: boolean;
}
const screenshotCase = SCREENSHOT_CASE as { principle: string; prompt: string; candidates: CaseCandidate[] };

describe('the README screenshot case', () => {
  it('is judged sensibly by the scripted judge: correct answers first, the factually wrong one last', () => {
    const input = { principle: screenshotCase.principle, prompt: screenshotCase.prompt, responses: screenshotCase.candidates.map(({ name, text }) => ({ name, text })) };
    const built = buildJudgeMessages(input, { mask: true });
    const raw = scriptJudgment(built.messages);
    const parsed = parseJudgeOutput(raw, built.maskedToReal, input.responses.map((r) => r.name));
    const wrong = screenshotCase.candidates.filter((c) => !c.factual).map((c) => c.name);
    expect(wrong.length).toBeGreaterThan(0);
    expect(parsed.ranking).toHaveLength(screenshotCase.candidates.length);
    expect(parsed.ranking.slice(-wrong.length).sort()).toEqual(wrong.sort());
    const score = new Map(parsed.scores);
    for (const c of screenshotCase.candidates.filter((x) => x.factual)) for (const w of wrong) expect(score.get(c.name)).toBeGreaterThan(score.get(w) ?? 0);
  });
});
