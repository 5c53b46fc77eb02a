import { describe, expect, it } from 'vitest';
import { deckFile } from './deck.ts';
import { readDeckFile } from './readDeckFile.ts';
import { STARTER_DECK } from './starterDeck.ts';

const recording = { modelId: 'Qwen3-8B', engine: 'openai', recordedAt: 5, deltas: [[0, '<think>x</think>{}']], maskedToReal: null, result: { reasoning: 'x', scores: [['A', 4]], ranking: ['A'] } };
const kase = (over: Record<string, unknown> = {}) => ({
  id: 'c1',
  title: 'T',
  prompt: 'Q',
  candidates: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }],
  principles: [{ label: 'One', text: 'Be brief.', recording }, { label: 'Two', text: 'Be thorough.' }],
  mask: true,
  ...over,
});

describe('readDeckFile', () => {
  it('reads back what it exported, recordings included', () => {
    const deck = { ...STARTER_DECK, cases: [kase() as never] };
    const r = readDeckFile(JSON.parse(JSON.stringify(deckFile(deck, 9))));
    expect(r.problems).toEqual([]);
    expect(r.deck).toEqual(deck);
  });

  it('opens a file from a newer version with what it can show, and says so', () => {
    const r = readDeckFile({ kind: 'rewardanything-deck', version: 3, deck: { title: 'Future', cases: [kase({ hologram: true })], stickers: [] } });
    expect(r.newerVersion).toBe(3);
    expect(r.deck?.cases).toHaveLength(1);
    expect(r.problems[0]!.message).toContain('newer version');
  });

  it('keeps a newer file’s recordings that this version can read, and says which principles lost theirs', () => {
    const r = readDeckFile({
      kind: 'rewardanything-deck',
      version: 2,
      deck: { title: 'D', cases: [kase({ principles: [{ text: 'Be brief.', recording: { ...recording, voice: 'alto' } }, { text: 'Be kind.', recording: { ...recording, result: undefined } }] })] },
    });
    expect(r.deck?.cases[0]!.principles[0]!.recording?.modelId).toBe('Qwen3-8B');
    expect(r.deck?.cases[0]!.principles[1]!.recording).toBeUndefined();
    expect(r.problems.map((p) => p.where)).toEqual(['file', 'case 1, principle 2']);
    expect(r.problems[1]!.message).toMatch(/^its recording cannot be read \("result" .*\): it runs live, with a model\.$/);
  });

  it('drops a broken recording (the principle runs live) and a broken case, listing each', () => {
    const r = readDeckFile({
      kind: 'rewardanything-deck',
      version: 1,
      deck: { title: 'D', cases: [kase({ principles: [{ text: 'Be brief.', recording: { modelId: 'm', deltas: 'nope' } }, { text: 'Be kind.' }] }), kase({ candidates: [{ name: 'A', text: 'a' }] })] },
    });
    expect(r.deck?.cases).toHaveLength(1);
    expect(r.deck?.cases[0]!.principles[0]!.recording).toBeUndefined();
    expect(r.problems.map((p) => p.where)).toEqual(['case 1, principle 1', 'case 2']);
    expect(r.problems[0]!.message).toContain('runs live');
    expect(r.problems[1]!.message).toContain('at least two candidates');
  });

  it('tells what another kind of file is, and refuses what is no deck at all', () => {
    expect(readDeckFile({ kind: 'rewardanything-library', principles: [] }).problems[0]!.message).toContain('"rewardanything-library" file');
    expect(readDeckFile([1, 2]).deck).toBeNull();
    expect(readDeckFile({ kind: 'rewardanything-deck', deck: { cases: 'x' } }).problems[0]!.message).toContain('"cases" is not a list');
  });
});

describe('the starter deck', () => {
  it('has at least eight cases, each with two or more principles and at least two candidates, and no recordings', () => {
    expect(STARTER_DECK.cases.length).toBeGreaterThanOrEqual(8);
    for (const c of STARTER_DECK.cases) {
      expect(c.principles.length).toBeGreaterThanOrEqual(2);
      expect(c.candidates.length).toBeGreaterThanOrEqual(2);
      expect(new Set(c.principles.map((p) => p.text)).size).toBe(c.principles.length);
      expect(c.principles.some((p) => p.recording)).toBe(false);
    }
    expect(new Set(STARTER_DECK.cases.map((c) => c.id)).size).toBe(STARTER_DECK.cases.length);
    expect(readDeckFile(deckFile(STARTER_DECK)).problems).toEqual([]);
  });
});
