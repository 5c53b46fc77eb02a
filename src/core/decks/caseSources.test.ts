import { describe, expect, it } from 'vitest';
import type { JudgmentRecord } from '../records/judgmentRecord.ts';
import { judgedRecord } from './judgment.testkit.ts';
import { caseFromComparison, caseFromSuiteCase } from './caseSources.ts';

const judged = (principle: string, over: Partial<JudgmentRecord> = {}): JudgmentRecord =>
  judgedRecord({ id: principle, input: { principle, prompt: 'Q', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'bb' }] }, engine: { kind: 'openai', modelId: 'rewardanything-8b', contextWindow: 8192 }, ...over });

describe('caseFromComparison', () => {
  it('makes one case of a principles comparison: each principle once, with its judgment as its recording', () => {
    const r = caseFromComparison([judged('Be brief.'), judged('Be thorough.'), judged('Be brief.')], 'c1');
    if (!r.ok) throw new Error(r.reason);
    expect(r.kase).toMatchObject({ id: 'c1', prompt: 'Q', candidates: [{ name: 'A', text: 'a' }, { name: 'B', text: 'bb' }], mask: false });
    expect(r.kase.principles.map((p) => [p.text, p.recording?.modelId])).toEqual([['Be brief.', 'rewardanything-8b'], ['Be thorough.', 'rewardanything-8b']]);
    expect(r.notes).toEqual([]);
  });

  it('keeps a principle whose judgment cannot be replayed (it runs live) and leaves out another case’s judgments, saying so', () => {
    const other = judged('Be kind.', { input: { principle: 'Be kind.', prompt: 'Another', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'bb' }] } });
    const r = caseFromComparison([judged('Be brief.'), judged('Be thorough.', { status: 'error', parsed: null }), other], 'c1');
    if (!r.ok) throw new Error(r.reason);
    expect(r.kase.principles.map((p) => [p.text, !!p.recording])).toEqual([['Be brief.', true], ['Be thorough.', false]]);
    expect(r.notes).toEqual(['1 judgment(s) of another prompt or other candidates were left out.', '1 of 2 principles have no recording (the judgment did not finish, or its timing was not kept): they run live.']);
  });

  it('refuses a comparison of one principle (models, orders, repeats), saying what to do', () => {
    const shuffled = judged('Be brief.', { input: { principle: 'Be brief.', prompt: 'Q', responses: [{ name: 'B', text: 'bb' }, { name: 'A', text: 'a' }] } });
    expect(caseFromComparison([judged('Be brief.'), shuffled], 'c1')).toMatchObject({ ok: false, reason: expect.stringContaining('one principle') });
    expect(caseFromComparison([], 'c1')).toMatchObject({ ok: false });
  });
});

describe('caseFromSuiteCase', () => {
  it('puts a suite case under its principle and a contrast, with the people’s rankings in the note', () => {
    const c = caseFromSuiteCase(
      { prompt: 'Q', candidates: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }, { name: 'C', text: 'c' }], rankings: [{ rater: 'Ana', tiers: [['B'], ['A', 'C']] }] },
      { name: 'Concise', text: 'Prefer the concise answer.' },
      'Prefer the thorough answer.',
      'c2',
    );
    expect(c.principles).toEqual([{ label: 'Concise', text: 'Prefer the concise answer.' }, { label: 'Prefer the thorough answer.', text: 'Prefer the thorough answer.' }]);
    expect(c.note).toBe('Under “Concise”, Ana ranked B > A = C.');
    expect(c.candidates).toHaveLength(3);
  });
});
