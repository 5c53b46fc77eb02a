import { describe, expect, it } from 'vitest';
import { STARTER_DECK, slotKey, type Deck, type Recording } from '../../core/index.ts';
import { createAppStore } from '../store.ts';

const text = '<think>\nmodel-2 is shorter than model-1.\n</think>\n\n{"scores": {"model-1": 3, "model-2": 5}, "best-to-worst": ["model-2", "model-1"]}';
const pieces = text.match(/[\s\S]{1,7}/g)!;
const recording: Recording = {
  modelId: 'Qwen3-8B',
  engine: 'webllm',
  recordedAt: Date.UTC(2026, 10, 5),
  deltas: pieces.map((p, i) => [100 + i * 4, p]),
  maskedToReal: [['model-1', 'A'], ['model-2', 'B']],
  result: { reasoning: 'model-2 is shorter than model-1.', scores: [['A', 3], ['B', 5]], ranking: ['B', 'A'] },
};
const deck: Deck = {
  id: 'd',
  title: 'D',
  createdAt: 1,
  updatedAt: 1,
  cases: [{ id: 'c', title: 'C', prompt: 'Q', candidates: [{ name: 'A', text: 'long answer' }, { name: 'B', text: 'short' }, { name: 'C', text: 'medium one' }], principles: [{ label: 'Brief', text: 'Be brief.', recording }, { label: 'Full', text: 'Be full.' }], mask: true }],
};

describe('presentation mode', () => {
  it('steps through a deck: next and previous case stop at the ends, principles wrap', () => {
    const store = createAppStore();
    const a = store.getState().presentActions;
    a.presentDeck(STARTER_DECK);
    a.previousCase();
    expect(store.getState().present.caseIndex).toBe(0);
    a.nextCase();
    a.nextPrinciple();
    expect(store.getState().present).toMatchObject({ caseIndex: 1, principleIndex: 1 });
    a.nextPrinciple();
    expect(store.getState().present.principleIndex).toBe(0);
    for (let i = 0; i < 20; i++) a.nextCase();
    expect(store.getState().present.caseIndex).toBe(STARTER_DECK.cases.length - 1);
  });

  it('replays a recording piece by piece in the recorded order, with no engine, at 1× and 4×', async () => {
    for (const speed of [1, 4] as const) {
      const store = createAppStore();
      const a = store.getState().presentActions;
      a.presentDeck(deck);
      a.setSpeed(speed);
      const seen: string[] = [];
      const unsub = store.subscribe((s) => {
        const slot = s.present.slots[slotKey('c', 0)];
        if (slot && seen.at(-1) !== slot.raw) seen.push(slot.raw);
      });
      await a.replay();
      unsub();
      const slot = store.getState().present.slots[slotKey('c', 0)]!;
      expect(slot).toMatchObject({ kind: 'replay', done: true, step: pieces.length, label: 'Replay — recorded with Qwen3-8B on 2026-11-05' });
      expect(slot.live.ranking).toEqual(['B', 'A']);
      // Each frame extends the one before with the next recorded pieces.
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.startsWith(seen[i - 1]!)).toBe(true);
      expect(seen.at(-1)).toBe(text);
      expect(store.getState().present.busy).toBeNull();
    }
  });

  it('reveals a recorded result at once, and a principle without one has nothing to reveal', () => {
    const store = createAppStore();
    const a = store.getState().presentActions;
    a.presentDeck(deck);
    a.reveal();
    expect(store.getState().present.slots[slotKey('c', 0)]).toMatchObject({ done: true, live: { scores: [['A', 3], ['B', 5]] } });
    a.nextPrinciple();
    a.reveal();
    expect(store.getState().present.slots[slotKey('c', 1)]).toBeUndefined();
  });

  it('shuffles the candidates into another order and toggles the raw output', () => {
    const store = createAppStore();
    const a = store.getState().presentActions;
    a.presentDeck(deck);
    a.shuffleCandidates();
    const order = store.getState().present.order.c!;
    expect([...order].sort()).toEqual(['A', 'B', 'C']);
    expect(order).not.toEqual(['A', 'B', 'C']);
    a.toggleRaw();
    expect(store.getState().present.raw).toBe(true);
  });
});
