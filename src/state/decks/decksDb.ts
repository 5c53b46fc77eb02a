import { readDeckFile, type Deck, type DeckProblem } from '../../core/index.ts';
import { db } from '../persist/db.ts';

const KEY = 'decks';

/** The user's decks, each read through the deck schema (what cannot be read is listed, never thrown). */
export async function listDecks(): Promise<{ decks: Deck[]; problems: DeckProblem[] }> {
  const raw = await (await db()).get('kv', KEY);
  const decks: Deck[] = [];
  const problems: DeckProblem[] = [];
  for (const [i, d] of (Array.isArray(raw) ? raw : []).entries()) {
    const r = readDeckFile(d);
    if (r.deck) decks.push(r.deck);
    problems.push(...r.problems.map((p) => ({ where: `stored deck ${i + 1}, ${p.where}`, message: p.message })));
  }
  return { decks, problems };
}

export async function putDecks(decks: Deck[]): Promise<void> {
  await (await db()).put('kv', structuredClone(decks), KEY);
}
