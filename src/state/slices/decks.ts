import {
  STARTER_DECK,
  appendDeckCase,
  caseFromComparison,
  caseFromInputs,
  caseFromJudgment,
  caseFromSuiteCase,
  mergeDeck,
  moveDeckCase,
  newDeck,
  readDeckFile,
  removeDeckCase,
  restoreDeckCase,
  setDeckRecording,
  shortenAtWord,
  type Deck,
  type DeckCase,
  type DeckProblem,
  type JudgmentRecord,
  type Recording,
} from '../../core/index.ts';
import { listDecks, putDecks } from '../decks/decksDb.ts';
import { newId } from '../newId.ts';
import type { SliceCreator } from './sliceCreator.ts';

export interface DecksState {
  /** The user's own decks (the starter deck is built in, not stored). */
  list: Deck[];
  loaded: boolean;
  /** What could not be read of the stored decks. */
  problems: DeckProblem[];
}

export interface DeckImportReport {
  /** What happened, in a sentence. */
  message: string;
  /** What could not be shown (a newer format, recordings that cannot be read, …). */
  problems: DeckProblem[];
  /** The deck's id in the list, when one was added. */
  id: string | null;
}

/** Where a new case goes: an existing deck, or a new one with this title. */
export type DeckTarget = { deckId: string } | { newTitle: string };

export interface DecksActions {
  loadDecks(): Promise<void>;
  /** Adds a case made of a judgment (its recording kept where it can be replayed) with a contrast principle. */
  addJudgmentToDeck(target: DeckTarget, record: JudgmentRecord, contrast: string): Promise<string>;
  /** Adds the Playground's current case under its principle (or `principle`, a library one) and a contrast principle. */
  addWorkspaceToDeck(target: DeckTarget, contrast: string, principle?: { name: string; text: string }): Promise<string>;
  /**
   * Adds the shown comparison as one case with each of its principles (their judgments as recordings where they can
   * be replayed). Resolves to what was done, in a sentence; rejects with why when it cannot be a case.
   */
  addComparisonToDeck(target: DeckTarget): Promise<string>;
  /** Adds a case of a library principle's test suite under that principle and a contrast principle. */
  addSuiteCaseToDeck(target: DeckTarget, principleId: string, caseId: string, contrast: string): Promise<string>;
  moveDeckCase(deckId: string, index: number, delta: number): Promise<void>;
  /** Removes a case, offering to undo. */
  removeDeckCase(deckId: string, caseId: string): Promise<void>;
  /** Removes a deck, offering to undo. */
  removeDeck(deckId: string): Promise<void>;
  renameDeck(deckId: string, title: string): Promise<void>;
  /** Adds a deck file's deck beside the user's (merge: an existing deck is never overwritten). */
  importDeck(data: unknown): Promise<DeckImportReport>;
  /** Keeps a run as the recording of a case's principle (user decks only). */
  setDeckRecording(deckId: string, caseId: string, principleIndex: number, recording: Recording): Promise<void>;
}

export interface DecksSlice {
  decks: DecksState;
  decksActions: DecksActions;
}

export const createDecksSlice: SliceCreator<DecksSlice> = (rawSet, rawGet) => {
  const get = () => rawGet().decks;
  const set = (p: Partial<DecksState>) => rawSet((s) => ({ decks: { ...s.decks, ...p } }));
  /** Shows `list` at once and stores it; a failed write says so (the decks stay on screen). */
  const save = async (list: Deck[]) => {
    set({ list });
    try {
      await putDecks(list);
      rawGet().saveStatusActions.reportSave('decks', null);
    } catch (e) {
      rawGet().saveStatusActions.reportSave('decks', e);
    }
  };
  const update = (deckId: string, f: (d: Deck) => Deck) => save(get().list.map((d) => (d.id === deckId ? f(d) : d)));
  const addCase = async (target: DeckTarget, c: DeckCase): Promise<string> => {
    if ('deckId' in target && get().list.some((d) => d.id === target.deckId)) {
      await update(target.deckId, (d) => appendDeckCase(d, c));
      return target.deckId;
    }
    const title = 'newTitle' in target ? target.newTitle : 'New deck';
    const deck = appendDeckCase(newDeck(newId(), title), c);
    await save([...get().list, deck]);
    return deck.id;
  };
  const actions: DecksActions = {
    async loadDecks() {
      try {
        const { decks, problems } = await listDecks();
        set({ list: decks, problems, loaded: true });
      } catch (e) {
        set({ loaded: true });
        rawGet().saveStatusActions.reportSave('decks', e);
      }
    },
    addJudgmentToDeck(target, record, contrast) {
      return addCase(target, caseFromJudgment(record, newId(), contrast));
    },
    addWorkspaceToDeck(target, contrast, principle) {
      const w = rawGet().workspace.current;
      const first = principle ? { label: shortenAtWord(principle.name || principle.text, 40), text: principle.text } : { label: shortenAtWord(w.principle, 40) || 'Principle 1', text: w.principle };
      const c = caseFromInputs({ id: newId(), prompt: w.prompt, candidates: w.candidates.map((x) => ({ name: x.name, text: x.text })), mask: w.mask }, [first, { label: shortenAtWord(contrast, 40), text: contrast }]);
      return addCase(target, c);
    },
    async addComparisonToDeck(target) {
      const records = rawGet().compare.results.flatMap((r) => (r.record ? [r.record] : []));
      const made = caseFromComparison(records, newId());
      if (!made.ok) throw new Error(made.reason);
      const deckId = await addCase(target, made.kase);
      const title = get().list.find((d) => d.id === deckId)?.title ?? 'the deck';
      return [`Added the case with ${made.kase.principles.length} principles to “${title}”.`, ...made.notes].join(' ');
    },
    async addSuiteCaseToDeck(target, principleId, caseId, contrast) {
      const principle = rawGet().library.principles.find((p) => p.id === principleId);
      const c = rawGet().suites.byPrinciple[principleId]?.cases.find((x) => x.id === caseId);
      if (!principle || !c) throw new Error('That case is no longer in the suite.');
      const deckId = await addCase(target, caseFromSuiteCase(c, principle, contrast, newId()));
      return `Added the case to “${get().list.find((d) => d.id === deckId)?.title ?? 'the deck'}”.`;
    },
    async moveDeckCase(deckId, index, delta) {
      await update(deckId, (d) => moveDeckCase(d, index, delta));
    },
    async removeDeckCase(deckId, caseId) {
      const deck = get().list.find((d) => d.id === deckId);
      const index = deck?.cases.findIndex((c) => c.id === caseId) ?? -1;
      if (!deck || index < 0) return;
      const gone = deck.cases[index]!;
      await update(deckId, (d) => removeDeckCase(d, caseId));
      rawGet().toastsActions.offerUndo(`Removed the case “${shortenAtWord(gone.title, 50)}” from “${deck.title}”.`, () => void update(deckId, (d) => restoreDeckCase(d, gone, index)));
    },
    async removeDeck(deckId) {
      const index = get().list.findIndex((d) => d.id === deckId);
      if (index < 0) return;
      const gone = get().list[index]!;
      await save(get().list.filter((d) => d.id !== deckId));
      rawGet().toastsActions.offerUndo(`Deleted the deck “${gone.title}”.`, () => {
        const list = get().list.filter((d) => d.id !== deckId);
        list.splice(Math.min(index, list.length), 0, gone);
        void save(list);
      });
    },
    async renameDeck(deckId, title) {
      if (!title.trim()) return;
      await update(deckId, (d) => ({ ...d, title: title.trim(), updatedAt: Date.now() }));
    },
    async importDeck(data) {
      const read = readDeckFile(data);
      if (!read.deck) return { message: 'Nothing was imported.', problems: read.problems, id: null };
      if (read.deck.id === STARTER_DECK.id) read.deck.id = newId();
      const merged = mergeDeck(get().list, read.deck, newId());
      if (merged.id) await save(merged.decks);
      return { message: merged.message, problems: read.problems, id: merged.id };
    },
    async setDeckRecording(deckId, caseId, principleIndex, recording) {
      if (!get().list.some((d) => d.id === deckId)) return;
      await update(deckId, (d) => setDeckRecording(d, caseId, principleIndex, recording));
    },
  };
  return { decks: { list: [], loaded: false, problems: [] }, decksActions: actions };
};
