import { describe, expect, it, vi, beforeEach } from 'vitest';
import { STARTER_DECK, deckFile, type Deck, type JudgmentRecord } from '../../core/index.ts';

// The decks live in IndexedDB in the page; here, a value the test can read (and make fail).
let stored: Deck[] = [];
let failWrites = false;
vi.mock('../decks/decksDb.ts', () => ({
  listDecks: async () => ({ decks: structuredClone(stored), problems: [] }),
  putDecks: async (d: Deck[]) => {
    if (failWrites) throw new DOMException('The quota was exceeded', 'QuotaExceededError');
    stored = structuredClone(d);
  },
}));

const { createAppStore } = await import('../store.ts');

const raw = '<think>A is short.</think>{"scores": {"A": 5, "B": 2}, "best-to-worst": ["A", "B"]}';
const judgment = {
  id: 'j1',
  createdAt: 5,
  input: { principle: 'Be brief.', prompt: 'Q', responses: [{ name: 'A', text: 'a' }, { name: 'B', text: 'bb' }] },
  mask: false,
  maskedToReal: null,
  engine: { kind: 'openai', modelId: 'srv', contextWindow: 8192 },
  status: 'done',
  raw,
  parsed: { reasoning: 'A is short.', scores: [['A', 5], ['B', 2]], ranking: ['A', 'B'], diagnostics: {} },
  timeline: [[10, 20], [30, raw.length - 20]],
} as unknown as JudgmentRecord;

beforeEach(() => {
  stored = [];
  failWrites = false;
});

describe('decks', () => {
  it('builds a deck from a judgment (recording kept) and keeps it across a reload', async () => {
    const store = createAppStore();
    const id = await store.getState().decksActions.addJudgmentToDeck({ newTitle: 'Week 1' }, judgment, 'Be thorough.');
    const again = createAppStore();
    await again.getState().decksActions.loadDecks();
    const deck = again.getState().decks.list.find((d) => d.id === id)!;
    expect(deck.title).toBe('Week 1');
    expect(deck.cases[0]!.principles.map((p) => p.text)).toEqual(['Be brief.', 'Be thorough.']);
    expect(deck.cases[0]!.principles[0]!.recording?.deltas.map(([t]) => t)).toEqual([10, 30]);
  });

  it('adds a comparison of principles as one case with both, and refuses one of a single principle', async () => {
    const store = createAppStore();
    const thorough = { ...judgment, id: 'j2', input: { ...judgment.input, principle: 'Be thorough.' } } as JudgmentRecord;
    store.getState().compareActions.compareRecords([judgment, thorough]);
    const message = await store.getState().decksActions.addComparisonToDeck({ newTitle: 'Contrasts' });
    expect(message).toBe('Added the case with 2 principles to “Contrasts”.');
    expect(stored[0]!.cases[0]!.principles.map((p) => [p.text, p.recording?.modelId])).toEqual([['Be brief.', 'srv'], ['Be thorough.', 'srv']]);
    store.getState().compareActions.compareRecords([judgment, judgment]);
    await expect(store.getState().decksActions.addComparisonToDeck({ deckId: stored[0]!.id })).rejects.toThrow('one principle');
    expect(stored[0]!.cases).toHaveLength(1);
  });

  it('adds a suite case under its library principle and a contrast', async () => {
    const store = createAppStore();
    const principle = { id: 'p1', name: 'Concise', tags: [], text: 'Prefer the concise answer.', createdAt: 1, updatedAt: 1, versions: [] };
    const c = { id: 's1', prompt: 'Q', candidates: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }], rankings: [{ rater: 'Ana', tiers: [['A'], ['B']] }] };
    store.setState((s) => ({ library: { ...s.library, principles: [principle] }, suites: { ...s.suites, byPrinciple: { p1: { id: 'x', principleId: 'p1', cases: [c] } } } }));
    await store.getState().decksActions.addSuiteCaseToDeck({ newTitle: 'From the library' }, 'p1', 's1', 'Prefer the thorough answer.');
    expect(stored[0]!.cases[0]).toMatchObject({ prompt: 'Q', note: 'Under “Concise”, Ana ranked A > B.', principles: [{ label: 'Concise' }, { text: 'Prefer the thorough answer.' }] });
  });

  it('removes a case with undo, back in its place', async () => {
    const store = createAppStore();
    const id = await store.getState().decksActions.addJudgmentToDeck({ newTitle: 'D' }, judgment, 'X one');
    await store.getState().decksActions.addJudgmentToDeck({ deckId: id }, judgment, 'X two');
    const [first, second] = store.getState().decks.list[0]!.cases;
    await store.getState().decksActions.removeDeckCase(id, first!.id);
    expect(store.getState().decks.list[0]!.cases.map((c) => c.id)).toEqual([second!.id]);
    const toast = store.getState().toasts.shown.at(-1)!;
    store.getState().toastsActions.runToastAction(toast.id);
    await vi.waitFor(() => expect(stored[0]!.cases.map((c) => c.id)).toEqual([first!.id, second!.id]));
  });

  it('imports a deck file beside yours, never over it, and lists what it could not show', async () => {
    const store = createAppStore();
    const id = await store.getState().decksActions.addJudgmentToDeck({ newTitle: 'Mine' }, judgment, 'Be thorough.');
    const mine = store.getState().decks.list[0]!;
    const changed = { ...mine, cases: [] };
    const report = await store.getState().decksActions.importDeck({ ...deckFile(changed), version: 2 });
    expect(report.problems[0]!.message).toContain('newer version');
    expect(store.getState().decks.list.map((d) => d.title)).toEqual(['Mine', 'Mine (imported)']);
    expect(store.getState().decks.list.find((d) => d.id === id)!.cases).toHaveLength(1);
    expect((await store.getState().decksActions.importDeck(deckFile(STARTER_DECK))).id).not.toBe(STARTER_DECK.id);
  });

  it('says when a deck could not be saved, and keeps it on screen', async () => {
    const store = createAppStore();
    failWrites = true;
    await store.getState().decksActions.addJudgmentToDeck({ newTitle: 'D' }, judgment, 'Be thorough.');
    expect(store.getState().decks.list).toHaveLength(1);
    expect(store.getState().saveStatus.problems.decks).toBeDefined();
  });
});
