import { describe, expect, it } from 'vitest';
import type { JudgmentRecord } from '../records/judgmentRecord.ts';
import { appendDeckCase, caseFromJudgment, mergeDeck, moveDeckCase, newDeck, removeDeckCase, restoreDeckCase } from './deckEdits.ts';
import { candidateMentions } from './mentions.ts';
import type { DeckCase } from './deck.ts';

const kase = (id: string): DeckCase => ({ id, title: id, prompt: 'Q', candidates: [], principles: [], mask: true });
const deck = () => [kase('a'), kase('b'), kase('c')].reduce((d, c) => appendDeckCase(d, c, 1), newDeck('d1', 'Lesson', 1));

describe('deck edits', () => {
  it('moves a case, clamped at the ends', () => {
    expect(moveDeckCase(deck(), 0, 1, 2).cases.map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(moveDeckCase(deck(), 2, 1, 2).cases.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts a removed case back where it was', () => {
    const d = deck();
    const gone = removeDeckCase(d, 'b', 2);
    expect(gone.cases.map((c) => c.id)).toEqual(['a', 'c']);
    expect(restoreDeckCase(gone, d.cases[1]!, 1, 3).cases.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('merges an imported deck without overwriting one of yours', () => {
    const mine = deck();
    expect(mergeDeck([mine], { ...mine, updatedAt: 99 }, 'x').decks).toHaveLength(1);
    const other = { ...mine, cases: [kase('z')] };
    const m = mergeDeck([mine], other, 'new-id');
    expect(m.decks.map((d) => [d.id, d.title, d.cases.length])).toEqual([['d1', 'Lesson', 3], ['new-id', 'Lesson (imported)', 1]]);
    expect(m.message).toContain('kept as it is');
  });

  it('makes a case of a judgment, with a contrast principle', () => {
    const r = { input: { principle: 'Be brief.', prompt: 'Explain git', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }] }, mask: false, status: 'stopped', parsed: null, raw: '' } as unknown as JudgmentRecord;
    const c = caseFromJudgment(r, 'c9', 'Be thorough.');
    expect(c.principles.map((p) => p.text)).toEqual(['Be brief.', 'Be thorough.']);
    expect(c.principles[0]!.recording).toBeUndefined();
    expect(c.candidates.map((x) => x.name)).toEqual(['A', 'B']);
  });
});

describe('candidateMentions', () => {
  it('marks masked names with the user’s, and real names as whole words in their case', () => {
    expect(candidateMentions('model-2 beats model-1.', ['A', 'B'], [['model-1', 'A'], ['model-2', 'B']]).filter((m) => m.kind === 'name').map((m) => m.kind === 'name' && m.real)).toEqual(['B', 'A']);
    const plain = candidateMentions('A is a bit longer than B; Apple is not a name.', ['A', 'B'], null);
    expect(plain.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(['A', 'B']);
    expect(plain.map((m) => m.text).join('')).toBe('A is a bit longer than B; Apple is not a name.');
  });
});
