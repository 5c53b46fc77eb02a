import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RaterRanking, Suite, SuiteCase } from './suite.ts';
import { exportSuiteJsonl, importSuiteJsonl } from './suiteJsonl.ts';

// Names and texts a person may type: integer-like names JavaScript objects would re-order, quotes, line breaks,
// non-ASCII, emoji and control characters.
const word = fc.oneof(
  fc.constantFrom('A', 'B', '10', '2', '0', 'réponse', 'say "hi"', 'back\\slash', 'line\nbreak', '🌉', 'tab\there', '\u0001x'),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const text = fc.string({ maxLength: 40, unit: 'binary' });

/** A ranking of some of `names`: shuffled, cut into tiers, with scores (agreeing with the tiers) or not. */
function rankingOf(names: readonly string[], rater: string): fc.Arbitrary<RaterRanking> {
  return fc.record({
    order: fc.shuffledSubarray([...names], { minLength: 2 }),
    cuts: fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }),
    scored: fc.boolean(),
    top: fc.integer({ min: 1, max: 10 }),
    step: fc.constantFrom(0.5, 1, 2),
    note: fc.option(text, { nil: undefined }),
  }).map(({ order, cuts, scored, top, step, note }) => {
    const tiers: string[][] = [];
    order.forEach((name, i) => (i === 0 || cuts[i] ? tiers.push([name]) : tiers[tiers.length - 1]!.push(name)));
    const ranking: RaterRanking = { rater, tiers };
    // Scores in the candidates' order (as a person fills them in), not the ranking's.
    const scoreOf = new Map(tiers.flatMap((tier, t) => tier.map((name): [string, number] => [name, top - t * step])));
    if (scored) ranking.scores = names.filter((name) => scoreOf.has(name)).map((name) => [name, scoreOf.get(name)!]);
    if (note !== undefined) ranking.note = note;
    return ranking;
  });
}

const caseArb = (id: string): fc.Arbitrary<SuiteCase> =>
  fc.uniqueArray(word.filter((w) => w.trim() !== ''), { minLength: 2, maxLength: 5 }).chain((names) =>
    fc.record({
      prompt: text.filter((p) => p.trim() !== ''),
      texts: fc.uniqueArray(text, { minLength: names.length, maxLength: names.length, selector: (t) => t.trim() }),
      raters: fc.uniqueArray(fc.constantFrom('me', 'ana', 'Bo Li', 'ünï'), { minLength: 1, maxLength: 3 }),
    }).chain(({ prompt, texts, raters }) =>
      fc.tuple(...raters.map((r) => rankingOf(names, r))).map((rankings): SuiteCase => ({
        id,
        prompt,
        candidates: names.map((name, i) => ({ name, text: texts[i]! })),
        rankings,
      })),
    ),
  );

const suiteArb: fc.Arbitrary<Suite> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => caseArb(`case-${i + 1}`))).map((cases) => ({ id: 's', principleId: 'p', cases })),
);

describe('suite JSONL round trip (property)', () => {
  it('export → import gives the suite back and export again gives the same bytes', () => {
    fc.assert(
      fc.property(suiteArb, (suite) => {
        const first = exportSuiteJsonl(suite, { principle: 'Be "right".\nThen brief.' });
        expect(first.skipped).toEqual([]);
        const back = importSuiteJsonl(first.text, { id: 's', principleId: 'p' });
        expect(back.errors).toEqual([]);
        expect(back.suite).toEqual(suite);
        expect(exportSuiteJsonl(back.suite, { principle: back.principles[0]!.text }).text).toBe(first.text);
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});
