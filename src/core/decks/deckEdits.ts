import type { JudgmentRecord } from '../records/judgmentRecord.ts';
import type { Deck, DeckCase, DeckPrinciple, Recording } from './deck.ts';
import { recordingFromJudgment } from './recording.ts';
import { shortenAtWord } from '../util/shorten.ts';

/** A new, empty deck. */
export function newDeck(id: string, title: string, now = Date.now()): Deck {
  return { id, title: title.trim() || 'Untitled deck', createdAt: now, updatedAt: now, cases: [] };
}

/** The contrast principle offered when a case has only one: the other side of the usual trade-off. */
export const CONTRAST_PRINCIPLE = 'Prefer the most complete and thorough answer, even if it is longer.';

/**
 * A deck case from a judgment: its prompt, candidates and principle (with the judgment as its recording where it
 * can be replayed), and a second principle to contrast it with.
 */
export function caseFromJudgment(r: JudgmentRecord, id: string, contrast: string = CONTRAST_PRINCIPLE): DeckCase {
  const rec = recordingFromJudgment(r);
  const first: DeckPrinciple = { label: shortenAtWord(r.input.principle, 40) || 'Principle 1', text: r.input.principle, ...(rec.ok ? { recording: rec.recording } : {}) };
  return caseFromInputs({ id, prompt: r.input.prompt, candidates: r.input.responses, mask: r.mask }, [first, { label: shortenAtWord(contrast, 40), text: contrast }]);
}

/** A deck case from the Playground's inputs and the principles to contrast. */
export function caseFromInputs(c: Pick<DeckCase, 'id' | 'prompt' | 'candidates' | 'mask'>, principles: DeckPrinciple[]): DeckCase {
  return {
    id: c.id,
    title: shortenAtWord(c.prompt, 60) || 'Untitled case',
    prompt: c.prompt,
    candidates: c.candidates.map((x) => ({ name: x.name, text: x.text })),
    principles: principles.filter((p) => p.text.trim() !== ''),
    mask: c.mask,
  };
}

const touch = (d: Deck, cases: DeckCase[], now: number): Deck => ({ ...d, cases, updatedAt: now });

export const appendDeckCase = (d: Deck, c: DeckCase, now = Date.now()): Deck => touch(d, [...d.cases, c], now);

/** Moves case `index` by `delta` places (clamped at the ends). */
export function moveDeckCase(d: Deck, index: number, delta: number, now = Date.now()): Deck {
  const to = Math.max(0, Math.min(d.cases.length - 1, index + delta));
  if (index < 0 || index >= d.cases.length || to === index) return d;
  const cases = [...d.cases];
  const [c] = cases.splice(index, 1);
  cases.splice(to, 0, c!);
  return touch(d, cases, now);
}

export const removeDeckCase = (d: Deck, caseId: string, now = Date.now()): Deck => touch(d, d.cases.filter((c) => c.id !== caseId), now);

/** Puts a removed case back at `index` (undo). */
export function restoreDeckCase(d: Deck, c: DeckCase, index: number, now = Date.now()): Deck {
  const cases = d.cases.filter((x) => x.id !== c.id);
  cases.splice(Math.max(0, Math.min(index, cases.length)), 0, c);
  return touch(d, cases, now);
}

/** Sets (or replaces) the recording of one principle of one case. */
export function setDeckRecording(d: Deck, caseId: string, principleIndex: number, recording: Recording, now = Date.now()): Deck {
  return touch(
    d,
    d.cases.map((c) => (c.id !== caseId ? c : { ...c, principles: c.principles.map((p, i) => (i === principleIndex ? { ...p, recording } : p)) })),
    now,
  );
}

export interface DeckMerge {
  decks: Deck[];
  /** What happened to the imported deck, in a sentence. */
  message: string;
  /** The id the imported deck has in the list (null when an identical one was already there). */
  id: string | null;
}

const sameDeck = (a: Deck, b: Deck) => JSON.stringify({ ...a, createdAt: 0, updatedAt: 0 }) === JSON.stringify({ ...b, createdAt: 0, updatedAt: 0 });

/**
 * Adds an imported deck to the user's decks without overwriting any: an identical deck is not added twice; one whose
 * id is taken by a different deck is added beside it under a new id and title.
 */
export function mergeDeck(decks: Deck[], imported: Deck, newId: string): DeckMerge {
  const same = decks.find((d) => sameDeck(d, imported));
  if (same) return { decks, message: `“${same.title}” is already among your decks, unchanged: nothing was added.`, id: null };
  if (!decks.some((d) => d.id === imported.id)) return { decks: [...decks, imported], message: `Added the deck “${imported.title}” (${imported.cases.length} cases).`, id: imported.id };
  const copy = { ...imported, id: newId, title: `${imported.title} (imported)` };
  return { decks: [...decks, copy], message: `You already have a different deck “${imported.title}”: it is kept as it is, and the imported one was added as “${copy.title}”.`, id: newId };
}
